//! Reading an error response on the client: status, request id header and body, to a typed error.

use super::headers::ResponseHeaders;
use super::json::read_body;
use super::malformed::{BodyField, MalformedReason};
use crate::{ApiError, MalformedResponse, ResponseError, ServiceError};

const BYTE_ORDER_MARK: &[u8] = b"\xef\xbb\xbf";

/// Reads an error response: its HTTP `status`, its `x-bce-request-id` header
/// ([`REQUEST_ID_HEADER`](crate::REQUEST_ID_HEADER)) and its `body`, typed by the catalogue `E`.
///
/// Never panics, and allocates little beyond the strings it keeps. A body that is not
/// `{"requestId", "code", "message"}` gives [`ResponseError::Malformed`] with a typed reason.
/// The rules for odd bodies:
///
/// - the body's `requestId` wins over the header; either may be missing, and the body's may be
///   `null` or empty, which counts as missing;
/// - a missing or `null` `message` is read as an empty message;
/// - a missing, `null` or empty `code` is [`MalformedReason::MissingCode`];
/// - any of the three keys holding a number, a boolean, an array or an object is
///   [`MalformedReason::NotAString`];
/// - other keys are ignored, whatever they hold; for a key given twice the last one wins, as with
///   serde_json's `Value`;
/// - a UTF-8 byte order mark at the start is skipped.
///
/// ```
/// use blb_errors::{parse_error_response, BlbError, ResponseError};
///
/// let body = br#"{"requestId":"ae2225f7-1c2e-427a-a1ad-5413b762957d","code":"MissingParameter","message":"A required parameter 'vpcId' is not supplied."}"#;
/// let ResponseError::Service(error) = parse_error_response::<BlbError>(400, None, body) else {
///     panic!("a well-formed body");
/// };
/// assert_eq!(error.error(), Some(&BlbError::MissingParameter { name: "vpcId".into() }));
/// assert_eq!(error.request_id(), Some("ae2225f7-1c2e-427a-a1ad-5413b762957d"));
/// ```
pub fn parse_error_response<E: ApiError>(
    status: u16,
    request_id_header: Option<&str>,
    body: &[u8],
) -> ResponseError<E> {
    read(status, request_id_header, ResponseHeaders::new(), body)
}

/// Reads an error response as [`parse_error_response`] does, with all its headers: the request id
/// comes from them, and they are kept for the debug id, `Retry-After`, a gateway's error code and
/// message, and what the library does not model ([`ServiceError::headers`]).
///
/// ```
/// use blb_errors::{BlbError, ResponseError, ResponseHeaders, Retry, parse_error_response_with_headers};
///
/// let headers: ResponseHeaders = [("x-bce-request-id", "r-1"), ("x-bce-debug-id", "d-1"), ("retry-after", "2")]
///     .into_iter()
///     .collect();
/// let error: ResponseError<BlbError> =
///     parse_error_response_with_headers(429, headers, br#"{"code":"RequestLimitExceeded","message":"Slow down."}"#);
/// assert_eq!((error.request_id(), error.debug_id()), (Some("r-1"), Some("d-1")));
/// assert_eq!(error.retry(), Retry::Throttled { after: Some(std::time::Duration::from_secs(2)) });
/// ```
pub fn parse_error_response_with_headers<E: ApiError>(
    status: u16,
    headers: ResponseHeaders,
    body: &[u8],
) -> ResponseError<E> {
    let request_id = headers.request_id().map(str::to_owned);
    read(status, request_id.as_deref(), headers, body)
}

fn read<E: ApiError>(
    status: u16,
    request_id_header: Option<&str>,
    headers: ResponseHeaders,
    body: &[u8],
) -> ResponseError<E> {
    let malformed = |reason, headers| {
        ResponseError::Malformed(MalformedResponse::new(
            status,
            request_id_header,
            reason,
            body,
            headers,
        ))
    };
    let (skipped, json) = match body.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => (BYTE_ORDER_MARK.len(), rest),
        None => (0, body),
    };
    let fields = match read_body(json) {
        Ok(fields) => fields,
        // A body that is not UTF-8 is told so first, wherever its first bad byte stands: the
        // reader checks UTF-8 only as far as it reads.
        Err(reason) => {
            let reason = match std::str::from_utf8(json) {
                Ok(_) => shift(reason, skipped),
                Err(error) => MalformedReason::InvalidUtf8 {
                    valid_up_to: skipped + error.valid_up_to(),
                },
            };
            return malformed(reason, headers);
        }
    };
    let read = (|| {
        let request_id = fields.request_id.text(BodyField::RequestId)?;
        let code = fields.code.text(BodyField::Code)?;
        let message = fields.message.text(BodyField::Message)?;
        match code {
            Some(code) if !code.is_empty() => Ok((request_id, code, message)),
            _ => Err(MalformedReason::MissingCode),
        }
    })();
    match read {
        Ok((request_id, code, message)) => ResponseError::Service(
            ServiceError::new(
                code,
                message.unwrap_or(""),
                status,
                request_id.filter(|id| !id.is_empty()).or(request_id_header),
            )
            .with_headers(headers),
        ),
        Err(reason) => malformed(reason, headers),
    }
}

/// The reason with its offset counted from the start of the body, byte order mark included.
fn shift(reason: MalformedReason, skipped: usize) -> MalformedReason {
    match reason {
        MalformedReason::Syntax { offset } => MalformedReason::Syntax {
            offset: offset + skipped,
        },
        MalformedReason::TrailingCharacters { offset } => MalformedReason::TrailingCharacters {
            offset: offset + skipped,
        },
        other => other,
    }
}
