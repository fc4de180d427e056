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

/// A catalogue past the `match` limit, so that it gets the perfect hash table: 72 codes and one
/// variant with a field.
macro_rules! large {
    ($($variant:ident $code:literal)*) => {
        #[derive(Debug, ApiError)]
        pub enum Large {
            $(
                /// A unit.
                #[api(code = $code, status = 400, message = "m")]
                $variant,
            )*
            /// A field.
            #[api(code = "Field", status = 400, message = "field {0}")]
            Field(String),
        }
    };
}

large! {
    A0 "A0"
    A1 "A1"
    A2 "A2"
    A3 "A3"
    A4 "A4"
    A5 "A5"
    A6 "A6"
    A7 "A7"
    A8 "A8"
    A9 "A9"
    B0 "B0"
    B1 "B1"
    B2 "B2"
    B3 "B3"
    B4 "B4"
    B5 "B5"
    B6 "B6"
    B7 "B7"
    B8 "B8"
    B9 "B9"
    C0 "C0"
    C1 "C1"
    C2 "C2"
    C3 "C3"
    C4 "C4"
    C5 "C5"
    C6 "C6"
    C7 "C7"
    C8 "C8"
    C9 "C9"
    D0 "D0"
    D1 "D1"
    D2 "D2"
    D3 "D3"
    D4 "D4"
    D5 "D5"
    D6 "D6"
    D7 "D7"
    D8 "D8"
    D9 "D9"
    E0 "E0"
    E1 "E1"
    E2 "E2"
    E3 "E3"
    E4 "E4"
    E5 "E5"
    E6 "E6"
    E7 "E7"
    E8 "E8"
    E9 "E9"
    F0 "F0"
    F1 "F1"
    F2 "F2"
    F3 "F3"
    F4 "F4"
    F5 "F5"
    F6 "F6"
    F7 "F7"
    F8 "F8"
    F9 "F9"
    G0 "G0"
    G1 "G1"
    G2 "G2"
    G3 "G3"
    G4 "G4"
    G5 "G5"
    G6 "G6"
    G7 "G7"
    G8 "G8"
    G9 "G9"
    H0 "H0"
    H1 "H1"
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
    assert_eq!(Large::catalogue().len(), 73);
    assert_eq!(
        Large::from_code("H1").as_ref().map(ApiError::code),
        Some("H1")
    );
    assert_eq!(
        Large::from_wire("Field", "field x", 400).map(|large| large.to_string()),
        Some("field x".to_owned())
    );
}
