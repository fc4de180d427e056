//! The JSON reader against JSONTestSuite (Nicolas Seriot's parsing test suite, MIT, its license in
//! `tests/testdata/JSONTestSuite/LICENSE`): every `n_` file is refused as bad JSON, no `y_` file
//! is, and no file of any kind (`i_` included) makes the parser panic. Each file is also read as
//! the value of an extra key of an error body, so that the grammar inside an object is tested too.
//! Two `n_` files of 100 and 250 kB are generated here rather than kept.

use std::path::PathBuf;

use blb_errors::{BlbError, MalformedReason, ResponseError, parse_error_response};

fn suite() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/JSONTestSuite");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the suite is in the repository")
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("a readable file"))
        })
        .filter(|(name, _)| name.ends_with(".json"))
        .collect();
    files.push((
        "n_structure_100000_opening_arrays.json".to_owned(),
        b"[".repeat(100_000),
    ));
    let mut open = b"[{\"\":".repeat(50_000);
    open.push(b'\n');
    files.push(("n_structure_open_array_object.json".to_owned(), open));
    files.sort();
    files
}

/// Whether a result says the body is not JSON at all (as opposed to JSON that is not an error
/// body, or an error body).
fn is_bad_json(parsed: &ResponseError<BlbError>) -> bool {
    matches!(
        parsed,
        ResponseError::Malformed(malformed) if matches!(
            malformed.reason(),
            MalformedReason::Empty
                | MalformedReason::InvalidUtf8 { .. }
                | MalformedReason::NotJson
                | MalformedReason::Syntax { .. }
                | MalformedReason::Truncated
                | MalformedReason::TrailingCharacters { .. }
                | MalformedReason::TooDeep { .. }
        )
    )
}

/// `json` as the value of a key beside a code: `{"code":"AccessDenied","x":<json>}`.
fn inside_a_body(json: &[u8]) -> Vec<u8> {
    let mut body = br#"{"code":"AccessDenied","x":"#.to_vec();
    body.extend_from_slice(json);
    body.push(b'}');
    body
}

#[test]
fn the_suite_has_every_kind_of_file() {
    let files = suite();
    let count = |prefix: &str| {
        files
            .iter()
            .filter(|(name, _)| name.starts_with(prefix))
            .count()
    };
    assert_eq!((count("y_"), count("n_"), count("i_")), (95, 188, 35));
}

#[test]
fn every_n_file_is_refused_as_bad_json() {
    for (name, json) in suite().iter().filter(|(name, _)| name.starts_with("n_")) {
        let parsed = parse_error_response::<BlbError>(400, None, json);
        assert!(is_bad_json(&parsed), "{name}: {parsed:?}");
        // A bad value inside an object is bad JSON too, except where the file is only bad by what
        // surrounds it: nothing at all, or a byte order mark (the body's own mark is skipped).
        if !matches!(
            name.as_str(),
            "n_structure_no_data.json" | "n_single_space.json"
        ) {
            let parsed = parse_error_response::<BlbError>(400, None, &inside_a_body(json));
            assert!(is_bad_json(&parsed), "{name} inside a body: {parsed:?}");
        }
    }
}

#[test]
fn no_y_file_is_bad_json() {
    for (name, json) in suite().iter().filter(|(name, _)| name.starts_with("y_")) {
        let parsed = parse_error_response::<BlbError>(400, None, json);
        assert!(!is_bad_json(&parsed), "{name}: {parsed:?}");
        let parsed = parse_error_response::<BlbError>(400, None, &inside_a_body(json));
        assert!(
            matches!(&parsed, ResponseError::Service(service) if service.code() == "AccessDenied"),
            "{name} inside a body: {parsed:?}"
        );
    }
}

#[test]
fn no_file_makes_the_parser_panic() {
    // The `i_` files are those a parser may accept or refuse: any answer will do, but an answer.
    for (name, json) in suite() {
        for body in [json.clone(), inside_a_body(&json)] {
            let parsed = parse_error_response::<BlbError>(400, Some("id"), &body);
            assert_eq!(parsed.status(), 400, "{name}");
        }
    }
}
