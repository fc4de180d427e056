//! Reading well-formed error bodies: typed where the catalogue knows the code, and nothing the
//! server said is lost.

use std::error::Error as _;

use blb_errors::{
    ApiError, BceError, BlbError, ResponseError, ServiceError, UnknownCode, parse_error_response,
};

fn service(status: u16, header: Option<&str>, body: &str) -> ServiceError<BlbError> {
    match parse_error_response::<BlbError>(status, header, body.as_bytes()) {
        ResponseError::Service(service) => service,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn the_specs_example_is_an_unknown_code_kept_whole() {
    let body = r#"{
 "requestId" : "ae2225f7-1c2e-427a-a1ad-5413b762957d",
 "code" : "NoSuchKey",
 "message" : "The resource you requested does not exist"
}"#;
    let error = service(404, Some("header-id"), body);
    assert_eq!(
        error.error(),
        Some(&BlbError::Unknown(UnknownCode::new(
            "NoSuchKey",
            "The resource you requested does not exist",
            404
        )))
    );
    assert_eq!(error.code(), "NoSuchKey");
    assert_eq!(error.error().map(ApiError::code), Some("NoSuchKey"));
    assert_eq!(error.message(), "The resource you requested does not exist");
    assert_eq!(error.status(), 404);
    assert_eq!(error.catalogue_status(), None);
    assert_eq!(error.entry(), None);
    assert_eq!(
        error.request_id(),
        Some("ae2225f7-1c2e-427a-a1ad-5413b762957d"),
        "the body wins over the header"
    );
}

#[test]
fn a_known_code_gives_its_variant_and_entry() {
    let error = service(
        409,
        None,
        r#"{"code":"LastOperationNotFinished","message":"Last operation has not finished."}"#,
    );
    assert_eq!(error.error(), Some(&BlbError::LastOperationNotFinished));
    assert_eq!(error.entry(), BlbError::lookup("LastOperationNotFinished"));
    assert!(error.is_retryable());
}

#[test]
fn fields_are_recovered_from_the_servers_message() {
    let error = service(
        400,
        None,
        r#"{"code":"MissingParameter","message":"A required parameter 'vpcId' is not supplied."}"#,
    );
    assert_eq!(
        error.error(),
        Some(&BlbError::MissingParameter {
            name: "vpcId".into()
        })
    );
    let error = service(
        400,
        None,
        r#"{"code":"RequestExpired","message":"Request has expired. Timestamp date is 2025-10-16T08:00:00Z."}"#,
    );
    assert_eq!(
        error.error(),
        Some(&BlbError::Global(BceError::RequestExpired {
            timestamp: "2025-10-16T08:00:00Z".into()
        }))
    );
}

#[test]
fn a_message_of_another_wording_is_kept_even_without_a_typed_value() {
    let error = service(
        400,
        None,
        r#"{"code":"MissingParameter","message":"vpcId is required"}"#,
    );
    assert_eq!(error.error(), None, "the fields cannot be recovered");
    assert_eq!(error.code(), "MissingParameter");
    assert_eq!(error.message(), "vpcId is required");
    assert_eq!(error.catalogue_status(), Some(400));

    let error = service(
        403,
        None,
        r#"{"code":"AccessDenied","message":"You may not touch lb-1."}"#,
    );
    assert_eq!(
        error.error(),
        Some(&BlbError::Global(BceError::AccessDenied))
    );
    assert_eq!(
        error.message(),
        "You may not touch lb-1.",
        "the server's text, not the catalogue's"
    );
}

#[test]
fn the_servers_status_is_kept_and_the_catalogues_is_exposed() {
    let error = service(
        500,
        None,
        r#"{"code":"AccessDenied","message":"Access denied."}"#,
    );
    assert_eq!(error.status(), 500);
    assert_eq!(error.catalogue_status(), Some(403));
    assert!(
        !error.is_retryable(),
        "the catalogue does not mark AccessDenied retryable"
    );
}

#[test]
fn the_header_is_used_when_the_body_has_no_request_id() {
    let error = service(
        404,
        Some("from-header"),
        r#"{"code":"InstanceNotFound","message":"m"}"#,
    );
    assert_eq!(error.request_id(), Some("from-header"));
}

#[test]
fn an_unknown_code_is_retryable_only_on_server_statuses() {
    assert!(service(503, None, r#"{"code":"SlowDown","message":"m"}"#).is_retryable());
    assert!(!service(400, None, r#"{"code":"SlowDown","message":"m"}"#).is_retryable());
}

#[test]
fn display_is_one_line_with_code_message_status_and_request_id() {
    let error = service(
        400,
        None,
        r#"{"requestId":"r-9","code":"InvalidParameter","message":"The parameter 'port' is invalid."}"#,
    );
    let shown = error.to_string();
    assert_eq!(
        shown,
        "InvalidParameter: The parameter 'port' is invalid. (status 400, request id r-9)"
    );
    let response = ResponseError::Service(error);
    assert_eq!(response.to_string(), shown);
}

#[test]
fn the_source_is_the_typed_error() {
    let response = parse_error_response::<BlbError>(
        404,
        Some("r"),
        br#"{"code":"CertificateNotFound","message":"m"}"#,
    );
    assert_eq!(response.status(), 404);
    assert_eq!(response.request_id(), Some("r"));
    let source = response.source().expect("a typed error");
    assert_eq!(
        source.to_string(),
        "The specified certificate does not exist."
    );
    let malformed = parse_error_response::<BlbError>(502, Some("r"), b"<html>");
    assert!(malformed.source().is_none());
    assert_eq!(malformed.status(), 502);
    assert_eq!(malformed.request_id(), Some("r"));
}

#[test]
fn a_catalogue_without_an_unknown_variant_still_keeps_the_code() {
    #[derive(Debug, PartialEq, Eq, ApiError)]
    enum Tiny {
        #[api(code = "Known", status = 400, message = "Known.")]
        Known,
    }
    let ResponseError::Service(error) =
        parse_error_response::<Tiny>(418, None, br#"{"code":"Other","message":"m"}"#)
    else {
        panic!("well formed");
    };
    assert_eq!(error.error(), None);
    assert_eq!(
        (error.code(), error.message(), error.status()),
        ("Other", "m", 418)
    );
}

#[test]
fn code_and_message_are_reachable_on_any_response_without_a_match() {
    let known = parse_error_response::<BlbError>(
        404,
        None,
        br#"{"code":"CertificateNotFound","message":"Not here."}"#,
    );
    assert_eq!(known.code(), Some("CertificateNotFound"));
    assert_eq!(known.message(), Some("Not here."), "the server's wording");
    let unknown =
        parse_error_response::<BlbError>(409, None, br#"{"code":"Blb.New","message":"New."}"#);
    assert_eq!(
        (unknown.code(), unknown.message()),
        (Some("Blb.New"), Some("New."))
    );
    let empty_message = parse_error_response::<BlbError>(409, None, br#"{"code":"Blb.New"}"#);
    assert_eq!(empty_message.message(), Some(""));
    let malformed = parse_error_response::<BlbError>(502, Some("r"), b"<html>");
    assert_eq!((malformed.code(), malformed.message()), (None, None));
}
