//! The derive escapes static messages at compile time; the runtime escapes the rest. Both must
//! write what serde_json writes.

use blb_errors::{ApiError, ErrorBody};

#[derive(Debug, ApiError)]
enum Tricky {
    #[api(
        code = "Quote\"Back\\slash",
        status = 400,
        message = "say \"hi\" \\ then\ttab, new\nline, \u{1}\u{1f}\u{7f}, a / slash, é ✓ 🦀 {{braces}}"
    )]
    Static,
    #[api(code = "Field\"Code", status = 400, message = "\"{value}\"\t\\ é")]
    WithField { value: String },
}

fn serde_body(request_id: &str, code: &str, message: &str) -> String {
    let string = |text: &str| serde_json::to_string(text).expect("a str serializes");
    format!(
        r#"{{"requestId":{},"code":{},"message":{}}}"#,
        string(request_id),
        string(code),
        string(message)
    )
}

#[test]
fn a_static_message_escaped_at_compile_time_matches_serde_json() {
    let entry = Tricky::Static.entry().expect("known");
    assert!(
        !entry.has_placeholders(),
        "the static path is the one under test"
    );
    let direct = ErrorBody::new(&Tricky::Static, "id\t\"1\"").to_vec();
    let expected = serde_body("id\t\"1\"", entry.code(), &Tricky::Static.message());
    assert_eq!(String::from_utf8(direct).expect("UTF-8"), expected);
    assert!(expected.contains("{braces}"), "{expected}");
}

#[test]
fn a_message_with_fields_escaped_at_run_time_matches_serde_json() {
    let error = Tricky::WithField {
        value: "\u{0}\"\\\u{2028}".into(),
    };
    let direct = ErrorBody::new(&error, "r").to_vec();
    let expected = serde_body("r", "Field\"Code", &error.message());
    assert_eq!(String::from_utf8(direct).expect("UTF-8"), expected);
}
