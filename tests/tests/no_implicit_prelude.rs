//! Generated code needs no prelude: it names every item by its full path and calls every trait
//! method through its trait.
#![no_implicit_prelude]

use ::blb_errors::{ApiError, BceError, UnknownCode};
use ::std::assert_eq;
use ::std::option::Option::{None, Some};
use ::std::string::{String, ToString};

#[derive(Debug, PartialEq, ApiError)]
enum Preludeless {
    #[api(
        code = "Named",
        status = 400,
        message = "Name {name} on port {port}: {open}."
    )]
    Named { name: String, port: u16, open: bool },
    #[api(code = "Tuple", status = 404, message = "{0} and again {0}")]
    Tuple(String),
    #[api(code = "Unit", status = 503, message = "Unit {{braced}}.", retryable)]
    Unit,
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn a_catalogue_with_recoverable_fields_compiles_and_works_without_the_prelude() {
    let named = Preludeless::Named {
        name: "lb-1".to_string(),
        port: 80,
        open: true,
    };
    let message = named.to_string();
    assert_eq!(message, "Name lb-1 on port 80: true.");
    assert_eq!(Preludeless::from_wire("Named", &message, 400), Some(named));
    assert_eq!(
        Preludeless::from_wire("Tuple", "x and again x", 404),
        Some(Preludeless::Tuple("x".to_string()))
    );
    assert_eq!(Preludeless::from_code("Unit"), Some(Preludeless::Unit));
    assert_eq!(Preludeless::Unit.message(), "Unit {braced}.");
    assert_eq!(
        Preludeless::from_code("AccessDenied"),
        Some(Preludeless::Global(BceError::AccessDenied))
    );
    assert_eq!(Preludeless::lookup("Nowhere"), None);
    let unknown = Preludeless::from_wire("Other", "other", 502);
    assert_eq!(unknown.as_ref().map(ApiError::is_retryable), Some(true));
}
