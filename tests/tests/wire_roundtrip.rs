//! Property: every code of `BlbError`, with any field text, written as a body and read back gives
//! the same variant, fields and request id.

use blb_errors::{
    ApiError, BceError, BlbError, ErrorBody, ResponseError, UnknownCode, parse_error_response,
};
use proptest::prelude::*;

/// Text with the characters that need escaping, and others that do not.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("'".to_owned()),
        Just("/".to_owned()),
        Just("\\u0041".to_owned()),
        (0_u8..0x20).prop_map(|byte| char::from(byte).to_string()),
        any::<char>().prop_map(String::from),
        "[a-zA-Z0-9 .]{0,6}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

/// Every variant of the catalogue, the global codes included, and unknown codes.
fn any_error() -> impl Strategy<Value = BlbError> {
    let known = (0..BlbError::catalogue().len(), text()).prop_map(|(index, field)| {
        let code = BlbError::catalogue()[index].code();
        BlbError::from_code(code).unwrap_or_else(|| match code {
            "MissingParameter" => BlbError::MissingParameter { name: field },
            "InvalidParameter" => BlbError::InvalidParameter { name: field },
            "RequestExpired" => BlbError::Global(BceError::RequestExpired { timestamp: field }),
            other => panic!("a code with fields this test does not know: {other}"),
        })
    });
    let unknown = (text(), text(), 400_u16..600)
        .prop_filter("an unknown, non-empty code", |(code, _, _)| {
            !code.is_empty() && BlbError::lookup(code).is_none()
        })
        .prop_map(|(code, message, status)| {
            BlbError::Unknown(UnknownCode::new(code, message, status))
        });
    prop_oneof![4 => known, 1 => unknown]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_written_body_reads_back_as_the_same_error(error in any_error(), request_id in text()) {
        let body = ErrorBody::new(&error, &request_id);
        let bytes = body.to_vec();
        prop_assert_eq!(&bytes, &serde_json::to_vec(&body).expect("serializes"));

        let ResponseError::Service(read) = parse_error_response::<BlbError>(error.status(), None, &bytes) else {
            panic!("a body we wrote is malformed: {}", String::from_utf8_lossy(&bytes));
        };
        prop_assert_eq!(read.error(), Some(&error));
        prop_assert_eq!(read.code(), error.code());
        prop_assert_eq!(read.message(), &*error.message());
        // An empty request id in a body counts as none.
        let expected_id = Some(request_id.as_str()).filter(|id| !id.is_empty());
        prop_assert_eq!(read.request_id(), expected_id);
        prop_assert_eq!(read.status(), error.status());
    }
}
