//! Bodies that are not error bodies: each gives a typed `Malformed` result that keeps the status,
//! the request id header and the start of the body.

use blb_errors::{
    BODY_SNIPPET_LIMIT, BceError, BlbError, BodyField, MalformedReason, MalformedResponse,
    ResponseError, ServiceError, parse_error_response,
};

const HEADER_ID: &str = "11111111-2222-4333-8444-555555555555";

fn malformed(status: u16, body: &[u8]) -> MalformedResponse {
    match parse_error_response::<BlbError>(status, Some(HEADER_ID), body) {
        ResponseError::Malformed(malformed) => {
            assert_eq!(malformed.status(), status);
            assert_eq!(malformed.request_id(), Some(HEADER_ID));
            assert_eq!(malformed.body_len(), body.len());
            malformed
        }
        other => panic!("expected a malformed body, got {other:?}"),
    }
}

fn reason(body: &[u8]) -> MalformedReason {
    *malformed(400, body).reason()
}

fn service(body: &[u8]) -> ServiceError<BlbError> {
    match parse_error_response::<BlbError>(400, Some(HEADER_ID), body) {
        ResponseError::Service(service) => service,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn an_empty_or_blank_body_is_empty() {
    let empty = malformed(502, b"");
    assert_eq!(*empty.reason(), MalformedReason::Empty);
    assert_eq!(empty.body_snippet(), "");
    assert!(empty.is_retryable(), "502 from a gateway");
    assert_eq!(reason(b" \r\n\t "), MalformedReason::Empty);
}

#[test]
fn a_gateway_html_page_is_not_json_and_is_kept() {
    let page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let response = malformed(502, page);
    assert_eq!(*response.reason(), MalformedReason::NotJson);
    assert_eq!(response.body_snippet().as_bytes(), page);
    assert!(response.to_string().contains("502"), "{response}");
    assert!(response.to_string().contains(HEADER_ID), "{response}");
}

#[test]
fn every_cut_of_a_valid_body_is_truncated() {
    let body = br#" { "requestId" : "r-1", "extra": [1, -2.5e+3, 0.25E-1, true, false, null, {"a": "\u00e9\ud83e\udd80\n"}, []], "code": "AccessDenied", "message": "Access denied." } "#;
    assert!(matches!(
        parse_error_response::<BlbError>(403, None, body),
        ResponseError::Service(_)
    ));
    // Every cut that loses the closing brace (the trailing space may go: the object is whole).
    for cut in 1..body.len() - 1 {
        let prefix = &body[..cut];
        let expected = if prefix.iter().all(u8::is_ascii_whitespace) {
            MalformedReason::Empty
        } else {
            MalformedReason::Truncated
        };
        assert_eq!(
            reason(prefix),
            expected,
            "cut at {cut}: {}",
            String::from_utf8_lossy(prefix)
        );
    }
}

#[test]
fn json_that_is_not_an_object() {
    for body in [
        "[]",
        "[{\"code\":\"AccessDenied\"}]",
        "\"AccessDenied\"",
        "42",
        "-0.5e3",
        "null",
        "true",
        "false",
    ] {
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::NotAnObject,
            "{body}"
        );
    }
}

#[test]
fn a_missing_null_or_empty_code_is_missing() {
    for body in [
        r#"{}"#,
        r#"{"message":"m"}"#,
        r#"{"code":null,"message":"m"}"#,
        r#"{"code":"","message":"m"}"#,
    ] {
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::MissingCode,
            "{body}"
        );
    }
}

#[test]
fn a_missing_or_null_message_is_empty() {
    for body in [
        r#"{"code":"AccessDenied"}"#,
        r#"{"code":"AccessDenied","message":null}"#,
    ] {
        let error = service(body.as_bytes());
        assert_eq!(error.message(), "", "{body}");
        assert_eq!(
            error.error(),
            Some(&BlbError::Global(BceError::AccessDenied))
        );
    }
}

#[test]
fn a_missing_null_or_empty_request_id_falls_back_to_the_header() {
    for body in [
        r#"{"code":"QuotaExceeded","message":"m"}"#,
        r#"{"requestId":null,"code":"QuotaExceeded","message":"m"}"#,
        r#"{"requestId":"","code":"QuotaExceeded","message":"m"}"#,
        r#"{"code":"QuotaExceeded","message":"m","requestId":""}"#,
    ] {
        assert_eq!(
            service(body.as_bytes()).request_id(),
            Some(HEADER_ID),
            "{body}"
        );
    }
    let ResponseError::Service(error) =
        parse_error_response::<BlbError>(413, None, br#"{"code":"QuotaExceeded"}"#)
    else {
        panic!("well formed");
    };
    assert_eq!(error.request_id(), None);
    let ResponseError::Service(error) =
        parse_error_response::<BlbError>(413, None, br#"{"requestId":"","code":"QuotaExceeded"}"#)
    else {
        panic!("well formed");
    };
    assert_eq!(error.request_id(), None, "an empty id is no id");
}

#[test]
fn a_key_of_the_wrong_type_is_refused() {
    let cases = [
        (r#"{"code":42,"message":"m"}"#, BodyField::Code),
        (
            r#"{"code":["AccessDenied"],"message":"m"}"#,
            BodyField::Code,
        ),
        (
            r#"{"code":"AccessDenied","message":{"text":"m"}}"#,
            BodyField::Message,
        ),
        (
            r#"{"code":"AccessDenied","message":false}"#,
            BodyField::Message,
        ),
        (
            r#"{"requestId":7,"code":"AccessDenied","message":"m"}"#,
            BodyField::RequestId,
        ),
    ];
    for (body, field) in cases {
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::NotAString { field },
            "{body}"
        );
    }
}

#[test]
fn extra_and_nested_keys_are_ignored() {
    let body = br#"{"requestId":"r","status":404,"detail":{"code":"Nested","message":["x",{"y":null}]},"code":"ListenerNotFound","message":"The specified listener does not exist.","tags":[[],[{}]]}"#;
    let error = service(body);
    assert_eq!(error.error(), Some(&BlbError::ListenerNotFound));
    assert_eq!(error.code(), "ListenerNotFound");
}

#[test]
fn for_a_key_given_twice_the_last_wins() {
    let error = service(br#"{"code":"AccessDenied","requestId":"a","code":"ListenerNotFound","requestId":"b","message":"m"}"#);
    assert_eq!(error.code(), "ListenerNotFound");
    assert_eq!(error.request_id(), Some("b"));
    // A well-typed value given last makes up for a wrong one given first, as serde_json's `Value`.
    assert_eq!(
        service(br#"{"code":1,"code":"AccessDenied"}"#).code(),
        "AccessDenied"
    );
    assert_eq!(
        reason(br#"{"code":"AccessDenied","code":1}"#),
        MalformedReason::NotAString {
            field: BodyField::Code
        }
    );
}

#[test]
fn invalid_utf8_is_refused_and_shown_lossily() {
    let body = b"{\"code\":\"AccessDenied\",\"message\":\"caf\xe9\"}";
    let response = malformed(403, body);
    assert_eq!(
        *response.reason(),
        MalformedReason::InvalidUtf8 { valid_up_to: 37 }
    );
    assert!(
        response.body_snippet().ends_with("caf\u{fffd}\"}"),
        "{}",
        response.body_snippet()
    );
}

#[test]
fn a_body_in_the_usual_order_with_other_spacing_or_values_is_read_by_the_grammar() {
    let error = service(br#"{"requestId":"r","code":"AccessDenied","message": "} x"}"#);
    assert_eq!((error.request_id(), error.message()), (Some("r"), "} x"));
    let error = service(br#"{"requestId": "r","code":"AccessDenied","message":"m"}"#);
    assert_eq!((error.request_id(), error.message()), (Some("r"), "m"));
    for (body, offset) in [
        (
            &br#"{"requestId":"r","code":"AccessDenied","message":x"}"#[..],
            49,
        ),
        (
            br#"{"requestId":1","code":"AccessDenied","message":"m"}"#,
            14,
        ),
        (br#"{"requestId":"r","code":A","message":"m"}"#, 24),
    ] {
        assert_eq!(reason(body), MalformedReason::Syntax { offset }, "{body:?}");
    }
    assert_eq!(
        reason(br#"{"requestId":"r","code":"AccessDenied","message":1}"#),
        MalformedReason::NotAString {
            field: BodyField::Message
        }
    );
}

#[test]
fn a_body_that_is_not_utf8_says_so_before_any_grammar_error() {
    // Wherever the first bad byte stands: in a string, outside one, or after a grammar error.
    for (body, valid_up_to) in [
        (&b"{\"code\":\"A\",\"x\":[\"\xff\"]}"[..], 18),
        (b"{\"code\":\"A\",\"\xc3\x28\":1}", 13),
        (b"{\"code\":\"A\"}\xff", 12),
        (b"\xff", 0),
        (b"{\"code\":\"A\",,\"message\":\"\xe2\x82\"}", 24),
        (b"\xef\xbb\xbf{\"code\":\"\xf0\x9f\x98\"}", 12),
    ] {
        assert_eq!(
            reason(body),
            MalformedReason::InvalidUtf8 { valid_up_to },
            "{body:?}"
        );
    }
    // UTF-8 beyond ASCII outside a string is a grammar error.
    assert_eq!(
        reason("{\"code\":\"A\",\"x\":é}".as_bytes()),
        MalformedReason::Syntax { offset: 16 }
    );
    assert_eq!(
        reason("{\"code\":\"A\"} é".as_bytes()),
        MalformedReason::TrailingCharacters { offset: 13 }
    );
}

#[test]
fn a_body_of_several_mebibytes() {
    let padding = "x".repeat(4 << 20);
    let body = format!(r#"{{"padding":"{padding}","code":"InternalError","message":"{padding}"}}"#);
    let error = service(body.as_bytes());
    assert_eq!(error.code(), "InternalError");
    assert_eq!(
        error.message().len(),
        padding.len(),
        "the server's message is kept whole"
    );

    let garbage = format!("<html>{padding}</html>");
    let response = malformed(504, garbage.as_bytes());
    assert_eq!(*response.reason(), MalformedReason::NotJson);
    assert_eq!(response.body_snippet().len(), BODY_SNIPPET_LIMIT);
    assert_eq!(response.body_len(), garbage.len());
}

#[test]
fn the_snippet_is_cut_on_a_character_boundary() {
    let body = format!("{}é and more", "<".repeat(BODY_SNIPPET_LIMIT - 1));
    let response = malformed(500, body.as_bytes());
    assert_eq!(response.body_snippet(), "<".repeat(BODY_SNIPPET_LIMIT - 1));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in ["[", "{\"a\":"] {
        let body = format!(
            r#"{{"code":"AccessDenied","deep":{}"#,
            open.repeat(1_000_000)
        );
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::TooDeep { limit: 127 },
            "{open}"
        );
    }
}

#[test]
fn the_nesting_limit_is_serde_jsons() {
    // `depth` counts the outer object.
    let body = |depth: usize| {
        let inner = depth - 1;
        format!(
            r#"{{"code":"AccessDenied","deep":{}{}}}"#,
            "[".repeat(inner),
            "]".repeat(inner)
        )
    };
    for depth in [126, 127, 128, 129] {
        let ours = matches!(
            parse_error_response::<BlbError>(403, None, body(depth).as_bytes()),
            ResponseError::Service(_)
        );
        let serde = serde_json::from_str::<serde_json::Value>(&body(depth)).is_ok();
        assert_eq!(ours, serde, "depth {depth}");
    }
    assert!(matches!(
        parse_error_response::<BlbError>(403, None, body(127).as_bytes()),
        ResponseError::Service(_)
    ));
    assert_eq!(
        reason(body(128).as_bytes()),
        MalformedReason::TooDeep { limit: 127 }
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let error = service(b"\xef\xbb\xbf{\"code\":\"AccessDenied\",\"message\":\"Access denied.\"}");
    assert_eq!(
        error.error(),
        Some(&BlbError::Global(BceError::AccessDenied))
    );
    // Offsets still count from the start of the body, the mark included.
    assert_eq!(
        reason(b"\xef\xbb\xbf{\"code\" 1}"),
        MalformedReason::Syntax { offset: 11 }
    );
    assert_eq!(reason(b"\xef\xbb\xbf"), MalformedReason::Empty);
}

#[test]
fn grammar_errors_point_at_the_offending_byte() {
    assert_eq!(
        reason(br#"{"code":"AccessDenied",}"#),
        MalformedReason::Syntax { offset: 23 }
    );
    assert_eq!(
        reason(br#"{'code':'AccessDenied'}"#),
        MalformedReason::Syntax { offset: 1 }
    );
    assert_eq!(
        reason(br#"{"code":"AccessDenied","n":01}"#),
        MalformedReason::Syntax { offset: 28 }
    );
    assert_eq!(
        reason(br#"{"code":"AccessDenied","n":tru}"#),
        MalformedReason::Syntax { offset: 30 }
    );
    assert_eq!(
        reason(b"{\"code\":\"Access\tDenied\"}"),
        MalformedReason::Syntax { offset: 15 }
    );
    assert_eq!(
        reason(br#"{"code":"Access\qDenied"}"#),
        MalformedReason::Syntax { offset: 16 }
    );
    assert_eq!(
        reason(br#"{"code":"AccessDenied"} {"code":"AccessDenied"}"#),
        MalformedReason::TrailingCharacters { offset: 24 }
    );
}

#[test]
fn a_lone_surrogate_is_refused_and_a_pair_is_joined() {
    assert_eq!(
        reason(br#"{"code":"\ud800"}"#),
        MalformedReason::Syntax { offset: 15 }
    );
    assert_eq!(
        reason(br#"{"code":"\udc00x"}"#),
        MalformedReason::Syntax { offset: 9 }
    );
    assert_eq!(service(br#"{"code":"\ud83e\udd80"}"#).code(), "\u{1f980}");
}

#[test]
fn escaped_keys_and_values_are_unescaped() {
    let error = service(br#"{"co\u0064e":"Missing\u0050arameter","message":"A required parameter '\"v\\\/\u00e9' is not supplied."}"#);
    assert_eq!(
        error.error(),
        Some(&BlbError::MissingParameter {
            name: "\"v\\/é".into()
        })
    );
}

#[test]
fn the_snippet_never_exceeds_its_limit_in_bytes() {
    let limit = BODY_SNIPPET_LIMIT;
    let mut bodies: Vec<Vec<u8>> = vec![
        vec![0xff; limit * 3],
        vec![0x80; limit + 1],
        b"\xe9".repeat(limit),
        // A lead byte of a three-byte character without its continuation, over and over.
        b"\xe4\xb8".repeat(limit),
        // Valid three- and four-byte characters with invalid bytes between them.
        "错".repeat(limit).into_bytes(),
        [&b"\xff"[..], "🦀".as_bytes()].concat().repeat(limit / 2),
        [&b"x\xff"[..], "é".as_bytes()].concat().repeat(limit),
    ];
    // The limit falls inside a character or a replacement, at each offset.
    for shift in 0..4 {
        let mut body = b"<".repeat(limit - shift);
        body.extend_from_slice(b"\xff\xfe");
        body.extend_from_slice("错🦀".as_bytes());
        bodies.push(body);
        let mut body = b"<".repeat(limit - shift);
        body.extend_from_slice("🦀".as_bytes());
        bodies.push(body);
    }
    for body in &bodies {
        let response = malformed(500, body);
        let snippet = response.body_snippet();
        assert!(snippet.len() <= limit, "{} bytes", snippet.len());
        // Nothing is lost but what the limit cuts: the snippet is the start of the lossy text.
        let lossy = String::from_utf8_lossy(body);
        assert!(lossy.starts_with(snippet));
        assert!(
            lossy.len() <= limit || snippet.len() + 4 > limit,
            "cut early at {} bytes",
            snippet.len()
        );
    }
}

#[test]
fn a_syntax_error_points_at_the_first_byte_that_breaks_the_grammar() {
    // Each body with the offset of the byte that breaks it.
    let cases = [
        ("[tru]", 4),
        ("[nul, 1]", 4),
        ("[fals]", 5),
        ("[trUe]", 3),
        ("[nx]", 2),
        ("[01]", 2),
        ("[-01]", 3),
        ("[1.]", 3),
        ("[1.e3]", 3),
        ("[-]", 2),
        ("[-x]", 2),
        ("[1e]", 3),
        ("[1e+]", 4),
        ("[1ex]", 3),
        ("[.5]", 1),
        ("[+1]", 1),
        (r#"["a\qb"]"#, 4),
        (r#"["\u12G4"]"#, 6),
        // A high surrogate not followed by an escape, or by one that is not a low surrogate.
        (r#"["\ud800x"]"#, 8),
        (r#"["\ud800\u0041"]"#, 8),
        ("[\"a\tb\"]", 3),
        ("[1 2]", 3),
        ("[1,]", 3),
        (r#"{"code":"AccessDenied" "message":""}"#, 23),
        (r#"{"code":"AccessDenied",}"#, 23),
        (r#"{"code":"AccessDenied","x":tx}"#, 28),
        (r#"{"code":"AccessDenied","message":nulL}"#, 36),
    ];
    for (body, offset) in cases {
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::Syntax { offset },
            "{body}: byte {offset} is {:?}",
            char::from(body.as_bytes()[offset])
        );
    }
}

#[test]
fn a_body_cut_inside_a_token_is_truncated() {
    for body in [
        "[tr",
        "[nul",
        "[-",
        "[1.",
        "[1e",
        "[1e-",
        r#"["\"#,
        r#"["\u12"#,
        r#"["\ud800"#,
        r#"["\ud800\"#,
        r#"{"code":"AccessDenied","message":nu"#,
        r#"{"code"#,
        "{",
    ] {
        assert_eq!(
            reason(body.as_bytes()),
            MalformedReason::Truncated,
            "{body}"
        );
    }
}
