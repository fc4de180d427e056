//! The `#[derive(ApiError)]` macro of [blb-errors](https://docs.rs/blb-errors). Use it through
//! `blb_errors::ApiError`, which re-exports it beside the trait of the same name.

mod ast;
mod attr;
mod check;
mod ctxt;
mod debug;
mod dispatch;
mod expand;
mod fallback;
mod scan;
mod source;
mod symbol;
mod template;

use proc_macro::TokenStream;

/// Derives `blb_errors::ApiError`, `Display` and `std::error::Error` for an enum whose variants
/// carry `#[api(code = "...", status = N, message = "...")]`. See the blb-errors crate docs.
#[proc_macro_derive(ApiError, attributes(api))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let tokens = proc_macro2::TokenStream::from(input);
    // The quick reader takes the usual input; anything else, and any input with a mistake, goes
    // through syn, which reports each mistake at its token.
    if let Some(expansion) = scan::read(tokens.clone()).and_then(expand::derive_scanned) {
        return expansion.into();
    }
    match syn::parse2::<syn::DeriveInput>(tokens) {
        Ok(input) => expand::derive(&input).into(),
        Err(error) => error.to_compile_error().into(),
    }
}
