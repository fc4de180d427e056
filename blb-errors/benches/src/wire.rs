//! The inputs of writing and reading error bodies, on `BlbError` and its usual-way mirror
//! `Usual31`, and the usual way to write and read a body: an owned struct through serde_json,
//! strum for the code.

use std::str::FromStr as _;

use blb_errors::{ApiError as _, BceError, BlbError};

use crate::catalogues::usual::{ErrorBody, Usual31};

/// A request id of the official shape (UUID v4).
pub const REQUEST_ID: &str = "ae2225f7-1c2e-427a-a1ad-5413b762957d";

/// One value of every variant of `BlbError` that has a code (templated ones with a field value),
/// with its usual-way mirror, in a fixed shuffled order.
#[must_use]
pub fn errors_31() -> Vec<(BlbError, Usual31)> {
    crate::shuffled(&crate::catalogues::CODES_31)
        .into_iter()
        .map(|code| {
            let ours = BlbError::from_code(code).unwrap_or_else(|| match code {
                "MissingParameter" => BlbError::MissingParameter {
                    name: "vpcId".to_owned(),
                },
                "InvalidParameter" => BlbError::InvalidParameter {
                    name: "listenerPort".to_owned(),
                },
                "RequestExpired" => BlbError::Global(BceError::RequestExpired {
                    timestamp: "2026-01-01T00:00:00Z".to_owned(),
                }),
                _ => unreachable!("{code} has fields"),
            });
            let usual = match &ours {
                BlbError::MissingParameter { name } => {
                    Usual31::MissingParameter { name: name.clone() }
                }
                BlbError::InvalidParameter { name } => {
                    Usual31::InvalidParameter { name: name.clone() }
                }
                BlbError::Global(BceError::RequestExpired { timestamp }) => {
                    Usual31::RequestExpired {
                        timestamp: timestamp.clone(),
                    }
                }
                _ => Usual31::from_str(code).expect("the mirror has every code"),
            };
            (ours, usual)
        })
        .collect()
}

/// The body of every error of [`errors_31`], as a server writes it: known codes.
#[must_use]
pub fn known_bodies() -> Vec<Vec<u8>> {
    errors_31()
        .iter()
        .map(|(ours, _)| blb_errors::ErrorBody::new(ours, REQUEST_ID).to_vec())
        .collect()
}

/// Bodies whose codes neither catalogue has, as a newer server sends them.
#[must_use]
pub fn unknown_bodies() -> Vec<Vec<u8>> {
    [
        (
            "Blb.ListenerPortConflict",
            "The listener port 8080 is in use.",
        ),
        ("ThrottlingException", "Rate exceeded."),
        (
            "InstanceLocked",
            "The instance is locked by another operation.",
        ),
        (
            "Vpc.SubnetIpExhausted",
            "The subnet has no free IP address.",
        ),
    ]
    .into_iter()
    .map(|(code, message)| body(code, message))
    .collect()
}

/// A body of a known code whose message is 2 KiB of server text, with a few escapes.
#[must_use]
pub fn long_message_body() -> Vec<u8> {
    let line = "backend 10.0.3.17:8080 did not answer the \"health check\" in time;\n";
    let message: String = line.chars().cycle().take(2_048).collect();
    let json = message.replace('"', "\\\"").replace('\n', "\\n");
    body("InternalError", &json)
}

fn body(code: &str, message_json: &str) -> Vec<u8> {
    format!(r#"{{"requestId":"{REQUEST_ID}","code":"{code}","message":"{message_json}"}}"#)
        .into_bytes()
}

/// The usual way to write an error body: an owned struct through serde_json.
#[must_use]
pub fn usual_body(error: &Usual31, request_id: &str) -> Vec<u8> {
    let body = ErrorBody {
        request_id: request_id.to_owned(),
        code: error.code().to_owned(),
        message: error.to_string(),
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The usual way to read an error body: an owned struct through serde_json, then strum for the
/// code, `None` for a code the catalogue lacks. The body is kept, as a client reports it.
#[must_use]
pub fn usual_parse(body: &[u8]) -> Option<(Option<Usual31>, ErrorBody)> {
    let body: ErrorBody = serde_json::from_slice(body).ok()?;
    let error = Usual31::from_str(&body.code).ok();
    Some((error, body))
}

#[cfg(test)]
mod tests {
    //! Both ways write the same bytes and read the same errors, so the benchmarks compare like
    //! with like.

    use blb_errors::{ApiError as _, BlbError, ResponseError, parse_error_response};

    use super::*;

    fn ours_parse(body: &[u8]) -> blb_errors::ServiceError<BlbError> {
        match parse_error_response::<BlbError>(400, None, body) {
            ResponseError::Service(read) => read,
            ResponseError::Malformed(malformed) => panic!("{malformed}"),
        }
    }

    #[test]
    fn both_ways_write_the_same_bodies_and_read_them_back() {
        for ((ours, usual), body) in errors_31().iter().zip(known_bodies()) {
            assert_eq!(usual_body(usual, REQUEST_ID), body);
            let (parsed, owned) = usual_parse(&body).expect("a well-formed body");
            assert_eq!(parsed.map(|error| error.code()), Some(ours.code()));
            assert_eq!(owned.request_id, REQUEST_ID);
            assert_eq!(ours_parse(&body).error(), Some(ours));
        }
    }

    #[test]
    fn unknown_codes_are_read_as_unknown_both_ways_with_their_text() {
        for body in unknown_bodies() {
            let (parsed, owned) = usual_parse(&body).expect("a well-formed body");
            assert!(parsed.is_none());
            let read = ours_parse(&body);
            assert!(matches!(read.error(), Some(BlbError::Unknown(_))));
            assert_eq!(
                (read.code(), read.message()),
                (&*owned.code, &*owned.message)
            );
        }
    }

    #[test]
    fn the_long_message_is_2_kib_and_read_alike() {
        let body = long_message_body();
        let (parsed, owned) = usual_parse(&body).expect("a well-formed body");
        assert!(matches!(parsed, Some(Usual31::InternalError)));
        assert_eq!(owned.message.len(), 2_048);
        let read = ours_parse(&body);
        assert_eq!(read.code(), "InternalError");
        assert_eq!(read.message(), owned.message);
    }
}
