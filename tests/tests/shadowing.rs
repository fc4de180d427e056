//! Generated code uses only `::`-rooted paths: modules named like the crates it needs, declared
//! next to the derive, change nothing.
#![allow(dead_code, non_snake_case)]

mod core {}
mod std {}
mod serde {}
mod blb_errors {}
mod alloc {}

mod Option {}
mod Some {}
mod None {}
mod Result {}
mod Ok {}
mod String {}
mod Cow {}

use ::blb_errors::{ApiError, BceError, UnknownCode};

#[derive(Debug, ApiError)]
enum Shadowed {
    #[api(code = "A", status = 400, message = "A {0}.")]
    A(::std::string::String),
    #[api(code = "B", status = 500, message = "B.", retryable)]
    B,
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn the_derive_ignores_local_modules_named_like_crates() {
    assert_eq!(Shadowed::B.code(), "B");
    assert_eq!(Shadowed::A("x".into()).to_string(), "A x.");
    assert!(Shadowed::from_wire("A", "A y.", 400).is_some());
    assert_eq!(Shadowed::catalogue().len(), 16);
}
