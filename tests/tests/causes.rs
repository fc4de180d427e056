//! A variant's cause (`#[source]`, `#[from]`): returned by `source()`, and never in the message,
//! the body or the catalogue; read back from the wire, such a variant has no value.

use std::error::Error as _;
use std::io;

use blb_errors::{ApiError, BceError, ErrorBody, ResponseError, parse_error_response};

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(
        code = "Store.Unavailable",
        status = 503,
        message = "The store is unavailable.",
        retryable
    )]
    Io(#[from] io::Error),
    #[api(
        code = "Store.Locked",
        status = 409,
        message = "The record {id} is locked."
    )]
    Locked {
        id: String,
        #[source]
        cause: io::Error,
    },
    #[api(code = "Store.Full", status = 507, message = "The store is full.")]
    Full,
    #[api(transparent)]
    Global(BceError),
}

fn read_record() -> Result<(), StoreError> {
    Err(io::Error::other("disk on fire"))?
}

#[test]
fn the_cause_is_the_source_and_never_in_the_message_or_the_body() {
    let error = read_record().unwrap_err();
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("disk on fire")
    );
    assert_eq!(error.code(), "Store.Unavailable");
    assert_eq!(error.message(), "The store is unavailable.");
    let body = ErrorBody::new(&error, "r-1").to_vec();
    assert!(!String::from_utf8_lossy(&body).contains("fire"));

    let locked = StoreError::Locked {
        id: "r-7".into(),
        cause: io::Error::other("held by another writer"),
    };
    assert_eq!(locked.to_string(), "The record r-7 is locked.");
    assert_eq!(
        locked.source().map(ToString::to_string).as_deref(),
        Some("held by another writer")
    );
    let row = StoreError::lookup("Store.Locked").unwrap();
    assert_eq!(row.template(), "The record {id} is locked.");

    assert!(StoreError::Full.source().is_none());
    assert!(StoreError::from(BceError::AccessDenied).source().is_none());
}

#[test]
fn read_back_a_variant_with_a_cause_has_no_value_but_keeps_its_code() {
    let sent = StoreError::Locked {
        id: "r-7".into(),
        cause: io::Error::other("held"),
    };
    let body = ErrorBody::new(&sent, "r-1").to_vec();
    let ResponseError::Service(read) = parse_error_response::<StoreError>(409, None, &body) else {
        panic!("an error body");
    };
    assert!(read.error().is_none());
    assert_eq!(read.code(), "Store.Locked");
    assert_eq!(read.message(), "The record r-7 is locked.");
    assert!(StoreError::from_wire("Store.Full", "The store is full.", 507).is_some());
}
