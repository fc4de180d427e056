//! `BLB_ERRORS_DEBUG=TypeName` prints the expansion for that type to standard error while it builds.

use proc_macro2::TokenStream;
use syn::Ident;

pub fn print_if_asked(type_name: &Ident, expansion: &TokenStream) {
    let Ok(wanted) = std::env::var("BLB_ERRORS_DEBUG") else {
        return;
    };
    if wanted.split(',').any(|name| type_name == name.trim()) {
        eprintln!("blb-errors: expansion of #[derive(ApiError)] for {type_name}:\n{expansion}");
    }
}
