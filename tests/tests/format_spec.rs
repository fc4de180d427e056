//! A width or precision on an error (`{error:>30}`, `{error:.5}`) applies to its whole message, as
//! it does to a `str`; the fields inside are written as their own `Display` writes them, and other
//! flags (`+`, `#`, `0`) change nothing.

use blb_errors::{ApiError, BceError, UnknownCode};

#[derive(Debug, ApiError)]
enum Spec {
    #[api(code = "Static", status = 400, message = "Static text.")]
    Static,
    #[api(code = "Braced", status = 400, message = "A {{brace}}.")]
    Braced,
    #[api(
        code = "Templated",
        status = 400,
        message = "Name {name}, port {port}, {name}."
    )]
    Templated { name: String, port: i64 },
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

fn each() -> Vec<(Spec, &'static str)> {
    vec![
        (Spec::Static, "Static text."),
        (Spec::Braced, "A {brace}."),
        (
            Spec::Templated {
                name: "lb-1".to_owned(),
                port: 7,
            },
            "Name lb-1, port 7, lb-1.",
        ),
        (Spec::Global(BceError::AccessDenied), "Access denied."),
        (
            Spec::Unknown(UnknownCode::new("Other", "Other text.", 500)),
            "Other text.",
        ),
    ]
}

#[test]
fn a_width_pads_the_whole_message() {
    for (error, message) in each() {
        assert_eq!(
            format!("{error:>30}"),
            format!("{message:>30}"),
            "{message}"
        );
        assert_eq!(
            format!("{error:-^32}"),
            format!("{message:-^32}"),
            "{message}"
        );
        assert_eq!(format!("{error:05}"), format!("{message:05}"), "{message}");
    }
    assert_eq!(
        format!("{:>30}", Spec::Static),
        "                  Static text."
    );
}

#[test]
fn a_precision_cuts_the_whole_message() {
    for (error, message) in each() {
        assert_eq!(format!("{error:.2}"), format!("{message:.2}"), "{message}");
        assert_eq!(
            format!("{error:<8.6}|"),
            format!("{message:<8.6}|"),
            "{message}"
        );
    }
    let templated = Spec::Templated {
        name: "lb-1".to_owned(),
        port: 7,
    };
    assert_eq!(format!("{templated:.9}"), "Name lb-1");
}

#[test]
fn flags_reach_no_field() {
    for (error, message) in each() {
        for written in [
            format!("{error:+}"),
            format!("{error:#}"),
            format!("{error:08}"),
            format!("{error}"),
        ] {
            assert_eq!(written, message);
        }
    }
}

#[test]
fn message_is_the_message_without_a_spec() {
    for (error, message) in each() {
        assert_eq!(error.message(), message);
        assert_eq!(error.to_string(), message);
    }
}
