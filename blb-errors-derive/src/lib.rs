//! The `#[derive(ApiError)]` macro of [blb-errors](https://docs.rs/blb-errors). Use it through
//! `blb_errors::ApiError`, which re-exports it beside the trait of the same name.
//!
//! `internals` reads and checks the input; each other module generates one piece of the expansion.

mod api_error;
mod bounds;
mod catalogue;
mod debug;
mod display;
mod error;
mod expand;
mod fallback;
mod from;
mod from_wire;
mod internals;
mod lookup;
mod ordinal;

use proc_macro::TokenStream;

/// Derives `blb_errors::ApiError`, `Display` and `std::error::Error` for an enum whose variants
/// carry `#[api(code = "...", status = N, message = "...")]`. See the blb-errors crate docs.
#[proc_macro_derive(ApiError, attributes(api, source, from))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
