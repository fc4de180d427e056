//! `#[api(transparent)]` variants convert from the catalogue they include, so that `?` and
//! `.into()` lift an included error.

use blb_errors::{ApiError, BceError, BlbError, UnknownCode};

#[derive(Debug, PartialEq, ApiError)]
enum VpcError {
    #[api(
        code = "Vpc.NotFound",
        status = 404,
        message = "The VPC does not exist."
    )]
    NotFound,
    #[api(transparent)]
    Blb(BlbError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[derive(Debug, PartialEq, ApiError)]
enum Generic<T: std::fmt::Display> {
    #[api(code = "Named", status = 400, message = "{0}")]
    Named(T),
    #[api(transparent)]
    Global(BceError),
}

fn check_access(allowed: bool) -> Result<(), BlbError> {
    if allowed {
        Ok(())
    } else {
        Err(BceError::AccessDenied)?
    }
}

fn find_vpc(allowed: bool) -> Result<(), VpcError> {
    check_access(allowed)?;
    Err(VpcError::NotFound)
}

#[test]
fn question_mark_lifts_an_included_error_into_its_variant() {
    assert_eq!(
        check_access(false),
        Err(BlbError::Global(BceError::AccessDenied))
    );
    assert_eq!(
        find_vpc(false),
        Err(VpcError::Blb(BlbError::Global(BceError::AccessDenied)))
    );
    assert_eq!(find_vpc(true), Err(VpcError::NotFound));
}

#[test]
fn a_generic_enum_converts_too() {
    let error: Generic<u16> = BceError::InternalError.into();
    assert_eq!(error, Generic::Global(BceError::InternalError));
    assert_eq!(error.code(), "InternalError");
    assert_eq!(Generic::Named(7_u16).message(), "7");
}
