//! Feeds arbitrary bytes to `parse_error_response` and checks it against serde_json: it must never
//! panic, and whenever serde_json reads the body as an object whose three keys are strings (or
//! null), the parser must read the same values.
#![no_main]

use blb_errors::{BlbError, MalformedReason, ResponseError, parse_error_response};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|body: &[u8]| {
    let parsed = parse_error_response::<BlbError>(503, Some("header-id"), body);
    if let ResponseError::Malformed(malformed) = &parsed {
        // The limit is in bytes, whatever the body holds, and the snippet is the start of the
        // body's lossy text.
        assert!(malformed.body_snippet().len() <= blb_errors::BODY_SNIPPET_LIMIT);
        assert!(String::from_utf8_lossy(body).starts_with(malformed.body_snippet()));
        assert_eq!(malformed.body_len(), body.len());
    }
    let json = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(json) else {
        // serde_json refuses it, or it is not an object: the parser must refuse it too, except for
        // numbers out of f64 range, which it does not read and so accepts.
        if let ResponseError::Service(_) = &parsed {
            assert!(serde_json::from_slice::<serde::de::IgnoredAny>(json).is_ok() || has_huge_number(json));
        }
        if let (Ok(_), ResponseError::Malformed(malformed)) = (serde_json::from_slice::<Value>(json), &parsed) {
            assert_eq!(*malformed.reason(), MalformedReason::NotAnObject);
        }
        return;
    };
    let text = |key: &str| match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(()),
    };
    match (text("requestId"), text("code"), text("message")) {
        (Ok(request_id), Ok(Some(code)), Ok(message)) if !code.is_empty() => {
            let ResponseError::Service(service) = &parsed else {
                panic!("serde_json reads a body the parser refuses: {parsed:?}");
            };
            assert_eq!(service.code(), code);
            assert_eq!(service.message(), message.as_deref().unwrap_or(""));
            assert_eq!(service.request_id(), Some(request_id.as_deref().unwrap_or("header-id")));
        }
        _ => assert!(matches!(parsed, ResponseError::Malformed(_)), "{parsed:?}"),
    }
});

/// Whether the body may hold a number serde_json refuses as out of range (an exponent).
fn has_huge_number(json: &[u8]) -> bool {
    json.iter().any(|byte| matches!(byte, b'e' | b'E'))
}
