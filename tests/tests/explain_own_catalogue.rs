//! The on-call tool over a team's own catalogue (`blb-errors/examples/explain.rs`, through
//! `blb_errors::explain::main`), run as a process.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_example-explain"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let _ = child.stdin.take().expect("piped").write_all(stdin);
    child.wait_with_output().expect("the example ends")
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8 output")
}

#[test]
fn the_teams_codes_and_the_included_global_codes_are_known() {
    let output = run(&["Vpc.Busy", "AccessDenied"], b"");
    assert_eq!(output.status.code(), Some(0));
    let out = text(&output.stdout);
    assert!(
        out.contains("code:       Vpc.Busy\ncatalogue:  VPC\nstatus:     409\n"),
        "{out}"
    );
    assert!(
        out.contains("retry:      retry the same request, with backoff\n"),
        "{out}"
    );
    assert!(
        out.contains("code:       AccessDenied\ncatalogue:  VPC\n"),
        "{out}"
    );
}

#[test]
fn a_saved_response_is_typed_by_the_teams_catalogue() {
    let dump = b"HTTP/1.1 404 Not Found\r\nx-bce-request-id: r-1\r\n\r\n{\"code\":\"Vpc.NotFound\",\"message\":\"VPC vpc-7 does not exist.\"}";
    let output = run(&["-"], dump);
    assert_eq!(output.status.code(), Some(0));
    let out = text(&output.stdout);
    assert!(
        out.contains("typed:      NotFound { vpc_id: \"vpc-7\" }\n"),
        "{out}"
    );
    assert!(out.contains("request id: r-1\n"), "{out}");
}

#[test]
fn a_near_miss_is_suggested_from_the_teams_catalogue_only() {
    let output = run(&["vpc.notfound"], b"");
    assert_eq!(output.status.code(), Some(1));
    let out = text(&output.stdout);
    assert!(out.contains("not a code of VPC"), "{out}");
    assert!(
        out.contains("did you mean `Vpc.NotFound` (VPC)?\n"),
        "{out}"
    );
    let output = run(&["--catalogue", "BLB", "Vpc.Busy"], b"");
    assert_eq!(output.status.code(), Some(2), "only VPC is registered");
    assert!(text(&output.stderr).contains("(there are VPC)"));
}
