//! Generated code is clean under the strictest lints a user may set.
#![deny(warnings, clippy::pedantic)]

use blb_errors::{ApiError, BceError, UnknownCode};

/// A catalogue using every feature of the derive.
#[derive(Debug, ApiError)]
pub enum Linted<T: std::fmt::Debug> {
    /// Unit.
    #[api(code = "Unit", status = 400, message = "Unit.", retryable)]
    Unit,
    /// Tuple, one field unused in the message.
    #[api(code = "Tuple", status = 404, message = "Tuple {0}.")]
    Tuple(String, u8),
    /// Struct.
    #[api(code = "Struct", status = 409, message = "Struct {name} {value}.")]
    Struct { name: String, value: T },
    /// Included catalogue.
    #[api(transparent)]
    Global(BceError),
    /// Unknown codes.
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[derive(Debug, ApiError)]
enum Private {
    #[api(code = "Private", status = 500, message = "Private.")]
    Private,
}

#[test]
fn linted_catalogue_is_usable() {
    let value: Linted<u8> = Linted::Struct {
        name: "n".into(),
        value: 1,
    };
    assert_eq!(value.to_string(), "Struct n 1.");
    assert_eq!(Linted::<u8>::catalogue().len(), 3 + 14);
    assert_eq!(Private::Private.code(), "Private");
}
