//! `bce-explain` run as a process, as someone on call runs it: each input form, each output form,
//! each exit status and the suggestions.

use std::io::Write;
use std::process::{Command, Stdio};

use blb_errors::BlbError;
use serde_json::Value;

/// What the tool answered: its exit status, standard output and standard error.
struct Answer {
    status: i32,
    out: String,
    err: String,
}

fn run(args: &[&str], stdin: &[u8]) -> Answer {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bce-explain"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bce-explain starts");
    // The tool reads standard input only for `-`; a closed pipe otherwise is no failure.
    let _ = child.stdin.take().expect("piped").write_all(stdin);
    let output = child.wait_with_output().expect("bce-explain ends");
    Answer {
        status: output.status.code().expect("an exit status, not a signal"),
        out: String::from_utf8(output.stdout).expect("UTF-8 output"),
        err: String::from_utf8(output.stderr).expect("UTF-8 errors"),
    }
}

/// The value of a `label: value` line.
fn field<'a>(out: &'a str, label: &str) -> Option<&'a str> {
    let prefix = format!("{label}:");
    out.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .map(str::trim)
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON value"))
        .collect()
}

/// A `curl -i` dump as curl writes it: CRLF after the status line and each header.
fn curl_dump(head: &[&str], body: &str) -> Vec<u8> {
    let mut dump = String::new();
    for line in head {
        dump.push_str(line);
        dump.push_str("\r\n");
    }
    dump.push_str("\r\n");
    dump.push_str(body);
    dump.into_bytes()
}

#[test]
fn a_known_code_is_told_whole_and_exits_0() {
    let answer = run(&["ListenerNotFound"], b"");
    assert_eq!(answer.status, 0, "{}", answer.err);
    assert_eq!(field(&answer.out, "code"), Some("ListenerNotFound"));
    assert_eq!(field(&answer.out, "catalogue"), Some("BLB"));
    assert_eq!(field(&answer.out, "status"), Some("404"));
    assert_eq!(
        field(&answer.out, "message"),
        Some("The specified listener does not exist.")
    );
    assert_eq!(
        field(&answer.out, "semantics"),
        Some("The specified listener does not exist")
    );
    assert!(
        field(&answer.out, "retry")
            .unwrap()
            .starts_with("do not retry")
    );
    assert_eq!(answer.err, "");
}

#[test]
fn a_global_code_names_each_catalogue_that_includes_it() {
    let answer = run(&["InternalError"], b"");
    assert_eq!(answer.status, 0);
    assert_eq!(
        field(&answer.out, "catalogue"),
        Some("BCE (also in BLB, BOS, BCC, CDS, CCE, VPC, DNS)")
    );
    assert!(
        field(&answer.out, "retry")
            .unwrap()
            .starts_with("retry the same request")
    );

    let answer = run(&["--catalogue", "bos", "InternalError"], b"");
    assert_eq!(field(&answer.out, "catalogue"), Some("BOS"));
}

#[test]
fn the_retry_advice_follows_the_catalogue() {
    let advice = |code| field(&run(&[code], b"").out, "retry").unwrap().to_owned();
    assert!(advice("RequestExpired").contains("sign the request again"));
    assert!(advice("LastOperationNotFinished").contains("previous operation"));
    assert!(advice("AccessDenied").starts_with("do not retry"));
}

#[test]
fn an_unknown_code_exits_1_with_the_nearest_codes() {
    let answer = run(&["Listenernotfound"], b"");
    assert_eq!(answer.status, 1);
    assert!(
        answer
            .out
            .contains("did you mean `ListenerNotFound` (BLB)?\n"),
        "{}",
        answer.out
    );
    assert_eq!(
        field(&answer.out, "catalogue"),
        Some(
            "none: not a code of BCE, BLB, BOS, BCC, CDS, CCE, VPC, DNS, TSDB, TableStorage or CCR (codes are case-sensitive)"
        )
    );

    let answer = run(&["AccesDenied"], b"");
    assert!(answer.out.contains("did you mean `AccessDenied` (BCE)?\n"));
    let answer = run(&["BuketNotEmty"], b"");
    assert!(
        answer
            .out
            .contains("did you mean `BucketNotEmpty` (BOS)?\n")
    );

    let answer = run(&["NothingLikeAnyCode"], b"");
    assert_eq!(answer.status, 1);
    assert!(!answer.out.contains("did you mean"), "{}", answer.out);
}

#[test]
fn the_chosen_catalogue_alone_is_searched_and_suggested_from() {
    let answer = run(&["--catalogue", "BOS", "ListenerNotFound"], b"");
    assert_eq!(answer.status, 1);
    assert_eq!(
        field(&answer.out, "catalogue"),
        Some("none: not a code of BOS (codes are case-sensitive)")
    );
    let answer = run(&["--catalogue", "BOS", "ListenerNotFund"], b"");
    assert!(!answer.out.contains("did you mean"), "{}", answer.out);
}

#[test]
fn several_codes_exit_1_when_any_is_unknown() {
    let answer = run(&["ListenerNotFound", "BucketNotEmpty"], b"");
    assert_eq!(answer.status, 0);
    assert_eq!(answer.out.matches("code:").count(), 2);
    assert_eq!(run(&["ListenerNotFound", "Nope"], b"").status, 1);
}

#[test]
fn a_saved_body_with_its_status_is_typed() {
    let answer = run(
        &[
            "--body",
            "tests/data/missing-parameter.json",
            "--status",
            "400",
        ],
        b"",
    );
    assert_eq!(answer.status, 0, "{}", answer.err);
    assert_eq!(field(&answer.out, "code"), Some("MissingParameter"));
    assert_eq!(field(&answer.out, "catalogue"), Some("BLB"));
    assert_eq!(
        field(&answer.out, "typed"),
        Some(r#"MissingParameter { name: "vpcId" }"#)
    );
    assert_eq!(
        field(&answer.out, "request id"),
        Some("ae2225f7-1c2e-427a-a1ad-5413b762957d")
    );
    assert_eq!(
        field(&answer.out, "debug id"),
        None,
        "a body has no headers"
    );
}

#[test]
fn a_body_on_standard_input_is_read_with_dash() {
    let body = br#"{"requestId":"r-7","code":"BucketNotEmpty","message":"The bucket you tried to delete is not empty."}"#;
    for args in [
        &["--body", "-", "--status", "409"][..],
        &["-", "--status", "409"],
    ] {
        let answer = run(args, body);
        assert_eq!(answer.status, 0, "{args:?}: {}", answer.err);
        assert_eq!(field(&answer.out, "catalogue"), Some("BOS"));
        assert_eq!(field(&answer.out, "typed"), Some("BucketNotEmpty"));
        assert_eq!(field(&answer.out, "request id"), Some("r-7"));
    }
}

#[test]
fn a_status_other_than_the_catalogues_and_a_reworded_message_are_pointed_out() {
    let body = br#"{"code":"MissingParameter","message":"vpcId is required"}"#;
    let answer = run(&["-", "--status", "500"], body);
    assert_eq!(answer.status, 0);
    assert_eq!(
        field(&answer.out, "status"),
        Some("500 (the catalogue gives 400)")
    );
    assert_eq!(
        field(&answer.out, "typed"),
        Some("none: the message does not follow the catalogue's template")
    );
}

#[test]
fn a_curl_dump_on_standard_input_gives_status_request_id_and_debug_id() {
    let dump = curl_dump(
        &[
            "HTTP/1.1 100 Continue",
            "",
            "HTTP/1.1 400 Bad Request",
            "Content-Type: application/json",
            "X-Bce-Request-Id: 1b0e7b3c-2f0a-4c55-9d2e-6a1f3e5c7d90",
            "x-bce-debug-id: Zq3Xw9",
        ],
        r#"{"requestId":"","code":"InvalidParameter","message":"The parameter 'port' is invalid."}"#,
    );
    let answer = run(&["-"], &dump);
    assert_eq!(answer.status, 0, "{}", answer.err);
    assert_eq!(field(&answer.out, "code"), Some("InvalidParameter"));
    assert_eq!(field(&answer.out, "status"), Some("400"));
    assert_eq!(
        field(&answer.out, "request id"),
        Some("1b0e7b3c-2f0a-4c55-9d2e-6a1f3e5c7d90"),
        "the body's is empty, so the header's"
    );
    assert_eq!(field(&answer.out, "debug id"), Some("Zq3Xw9"));
}

#[test]
fn a_saved_curl_dump_is_read_from_a_file() {
    let answer = run(&["--response", "tests/data/bucket-not-empty.http"], b"");
    assert_eq!(answer.status, 0, "{}", answer.err);
    assert_eq!(field(&answer.out, "code"), Some("BucketNotEmpty"));
    assert_eq!(field(&answer.out, "catalogue"), Some("BOS"));
    assert_eq!(field(&answer.out, "status"), Some("409"));
    assert_eq!(
        field(&answer.out, "request id"),
        Some("3c1f09a6-8b4e-4d3f-9a51-2f0b6de3a7c4")
    );
    assert_eq!(field(&answer.out, "debug id"), Some("qvL2mN8pR4sT6uW0yA"));
}

#[test]
fn a_gateway_page_exits_1_with_its_title_and_the_advice_of_its_status() {
    let answer = run(&["--response", "tests/data/gateway-502.http"], b"");
    assert_eq!(answer.status, 1);
    assert_eq!(
        field(&answer.out, "code"),
        Some("none: not an error body (the body is not JSON)")
    );
    assert_eq!(field(&answer.out, "status"), Some("502"));
    assert_eq!(field(&answer.out, "page title"), Some("502 Bad Gateway"));
    assert!(
        field(&answer.out, "body")
            .unwrap()
            .starts_with("<html> <head><title>")
    );
    assert!(
        field(&answer.out, "retry")
            .unwrap()
            .starts_with("retry the same request")
    );
    assert_eq!(field(&answer.out, "debug id"), Some("7Wkm0eF3bZ6x"));
    assert_eq!(field(&answer.out, "request id"), Some("none"));
}

#[test]
fn a_success_is_told_as_no_error_without_retry_advice() {
    let dump = curl_dump(
        &["HTTP/1.1 200 OK", "content-type: application/json"],
        r#"{"blbId":"lb-1","listenerPort":80}"#,
    );
    let answer = run(&["-"], &dump);
    assert_eq!(answer.status, 1);
    assert_eq!(
        field(&answer.out, "code"),
        Some("none: not an error response (status 200)")
    );
    assert_eq!(field(&answer.out, "retry"), None);
    let answer = run(&["-", "--json"], &dump);
    assert_eq!(json_lines(&answer.out)[0]["retryable"], Value::Null);
}

#[test]
fn a_response_with_an_unknown_code_exits_1() {
    let dump = curl_dump(
        &["HTTP/2 503", "x-bce-request-id: r-9"],
        r#"{"requestId":"r-9","code":"Blb.Throttled","message":"Slow down."}"#,
    );
    let answer = run(&["-"], &dump);
    assert_eq!(answer.status, 1);
    assert_eq!(field(&answer.out, "code"), Some("Blb.Throttled"));
    assert_eq!(field(&answer.out, "message"), Some("Slow down."));
    assert!(
        field(&answer.out, "retry")
            .unwrap()
            .starts_with("retry the same request"),
        "unknown and 503"
    );
}

#[test]
fn json_answers_a_code_with_the_same_facts() {
    let answer = run(&["--json", "AccessDenied", "Listenernotfound"], b"");
    assert_eq!(answer.status, 1);
    let lines = json_lines(&answer.out);
    // AccessDenied is BCE's, and TSDB's and TableStorage's own common codes have one too.
    assert_eq!(lines.len(), 4);
    let known = &lines[0];
    assert_eq!(known["input"], "code");
    assert_eq!(known["known"], true);
    assert_eq!(known["code"], "AccessDenied");
    assert_eq!(known["catalogue"], "BCE");
    assert_eq!(
        known["also_in"],
        serde_json::json!(["BLB", "BOS", "BCC", "CDS", "CCE", "VPC", "DNS"])
    );
    assert_eq!(known["status"], 403);
    assert_eq!(known["message"], "Access denied.");
    assert_eq!(known["retryable"], false);
    assert_eq!(known["malformed"], Value::Null);
    assert_eq!(lines[1]["catalogue"], "TSDB");
    assert_eq!(lines[2]["catalogue"], "TableStorage");
    let unknown = &lines[3];
    assert_eq!(unknown["known"], false);
    assert_eq!(unknown["catalogue"], Value::Null);
    assert_eq!(
        unknown["suggestions"],
        serde_json::json!([{"code": "ListenerNotFound", "catalogue": "BLB"}])
    );
}

#[test]
fn json_answers_a_response_and_a_gateway_page() {
    let answer = run(
        &["--json", "--response", "tests/data/bucket-not-empty.http"],
        b"",
    );
    assert_eq!(answer.status, 0);
    let [read] = &json_lines(&answer.out)[..] else {
        panic!("one line: {}", answer.out);
    };
    assert_eq!(read["input"], "response");
    assert_eq!(read["code"], "BucketNotEmpty");
    assert_eq!(read["status"], 409);
    assert_eq!(read["catalogue_status"], 409);
    assert_eq!(read["typed"], "BucketNotEmpty");
    assert_eq!(read["request_id"], "3c1f09a6-8b4e-4d3f-9a51-2f0b6de3a7c4");
    assert_eq!(read["debug_id"], "qvL2mN8pR4sT6uW0yA");

    let answer = run(
        &["--json", "--response", "tests/data/gateway-502.http"],
        b"",
    );
    assert_eq!(answer.status, 1);
    let [page] = &json_lines(&answer.out)[..] else {
        panic!("one line: {}", answer.out);
    };
    assert_eq!(page["code"], Value::Null);
    assert_eq!(page["retryable"], true);
    assert_eq!(page["malformed"]["reason"], "the body is not JSON");
    assert_eq!(page["malformed"]["page_title"], "502 Bad Gateway");
    assert_eq!(page["malformed"]["body_len"], 150);
    assert!(
        page["malformed"]["body_snippet"]
            .as_str()
            .unwrap()
            .starts_with("<html>\r\n")
    );
}

#[test]
fn list_tells_one_catalogue_or_each() {
    let answer = run(&["--list", "blb"], b"");
    assert_eq!(answer.status, 0);
    let lines: Vec<&str> = answer.out.lines().collect();
    assert!(
        lines[0].starts_with("BLB: Baidu Load Balancer"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines.len(),
        2 + 31,
        "a heading, the column names, a line per code"
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("ListenerNotFound "))
    );

    let answer = run(&["--list"], b"");
    let headings: Vec<&str> = answer
        .out
        .lines()
        .filter(|line| line.ends_with(" codes)"))
        .filter_map(|line| line.split_once(": ").map(|(name, _)| name))
        .collect();
    assert_eq!(
        headings,
        [
            "BCE",
            "BLB",
            "BOS",
            "BCC",
            "CDS",
            "CCE",
            "VPC",
            "DNS",
            "TSDB",
            "TableStorage",
            "CCR"
        ]
    );

    let answer = run(&["--list", "--json"], b"");
    let catalogues = json_lines(&answer.out);
    assert_eq!(catalogues.len(), 11);
    assert_eq!(catalogues[1]["catalogue"], "BLB");
    assert_eq!(catalogues[1]["codes"].as_array().unwrap().len(), 31);
    assert_eq!(catalogues[1]["codes"][0]["code"], "AccessDenied");
}

#[test]
fn markdown_of_one_catalogue_is_its_markdown_table() {
    let answer = run(&["--markdown", "BLB"], b"");
    assert_eq!(answer.status, 0);
    assert_eq!(answer.out, blb_errors::markdown_table::<BlbError>());

    let answer = run(&["--markdown"], b"");
    assert_eq!(answer.out.matches("| code | status |").count(), 11);
    assert!(answer.out.starts_with("## BCE\n\n"));
}

#[test]
fn a_wrong_command_line_exits_2_with_the_usage() {
    for (args, problem) in [
        (&["--bogus"][..], "invalid option '--bogus'"),
        (&[], "give a code"),
        (
            &["--body", "tests/data/missing-parameter.json"],
            "needs --status N",
        ),
        (&["--body", "x", "--status", "abc"], "not `abc`"),
        (
            &["--catalogue", "NOPE", "X"],
            "no catalogue is named `NOPE` (there are BCE, BLB, BOS, BCC, CDS, CCE, VPC, DNS, TSDB, TableStorage, CCR)",
        ),
        (&["--markdown", "--json"], "leave out --json"),
    ] {
        let answer = run(args, b"");
        assert_eq!(answer.status, 2, "{args:?}");
        assert!(answer.err.contains(problem), "{args:?}: {}", answer.err);
        assert!(
            answer.err.contains("\nusage: bce-explain "),
            "{args:?}: {}",
            answer.err
        );
        assert_eq!(answer.out, "");
    }
    let answer = run(&["-"], br#"{"code":"AccessDenied"}"#);
    assert_eq!(answer.status, 2, "a body alone needs its status");
    assert!(answer.err.contains("--status N"), "{}", answer.err);
}

#[test]
fn input_that_cannot_be_read_exits_3() {
    let answer = run(&["--response", "tests/data/no-such-file.http"], b"");
    assert_eq!(answer.status, 3);
    assert!(
        answer.err.contains("tests/data/no-such-file.http"),
        "{}",
        answer.err
    );
    let answer = run(&["--response", "tests/data/missing-parameter.json"], b"");
    assert_eq!(answer.status, 3);
    assert!(
        answer.err.contains("not an HTTP status line"),
        "{}",
        answer.err
    );
    assert_eq!(answer.out, "");
}

#[test]
fn help_and_version_exit_0() {
    let answer = run(&["--help"], b"");
    assert_eq!(answer.status, 0);
    assert!(answer.out.contains("\nexit status:\n"));
    assert!(
        answer
            .out
            .contains("--catalogue NAME   only this catalogue (BCE, BLB, BOS, BCC, CDS, CCE, VPC, DNS, TSDB, TableStorage, CCR)")
    );
    let answer = run(&["-V"], b"");
    assert_eq!(answer.status, 0);
    assert!(
        answer.out.starts_with("bce-explain (blb-errors "),
        "{}",
        answer.out
    );
}
