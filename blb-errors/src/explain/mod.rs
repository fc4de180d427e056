//! The on-call tool: what an error code means, what a saved error response is, and the catalogues.
//!
//! `bce-explain` (the `blb-errors-explain` package, `cargo install blb-errors-explain`) is this
//! tool over the catalogues the crate ships ([`CATALOGUES`]). [`main`] gives the same tool over
//! catalogues of your own:
//!
//! ```no_run
//! use std::process::ExitCode;
//!
//! use blb_errors::explain::{self, Catalogue};
//! use blb_errors::{ApiError, BceError, UnknownCode};
//!
//! #[derive(Debug, ApiError)]
//! enum VpcError {
//!     /// The VPC does not exist.
//!     #[api(code = "Vpc.NotFound", status = 404, message = "VPC {vpc_id} does not exist.")]
//!     NotFound { vpc_id: String },
//!     #[api(transparent)]
//!     Global(BceError),
//!     #[api(unknown)]
//!     Unknown(UnknownCode),
//! }
//!
//! fn main() -> ExitCode {
//!     explain::main(&[Catalogue::new::<VpcError>("VPC", "Virtual Private Cloud, with the BCE global codes")])
//! }
//! ```
//!
//! # Use
//!
//! ```text
//! bce-explain CODE...                  what each code means
//! bce-explain --response FILE          a whole response as `curl -i` prints it
//! bce-explain --body FILE --status N   an error body alone, with the response's status
//! bce-explain -                        standard input: a `curl -i` response, or a body with --status N
//! bce-explain --list [NAME]            the codes of one catalogue, or of each
//! bce-explain --markdown [NAME]        the same as Markdown tables
//!
//! --catalogue NAME   only this catalogue (any case), instead of each in turn
//! --json             one JSON object a line, for scripts
//! ```
//!
//! `FILE` may be `-`, standard input. A code is looked up in every catalogue, and a response read
//! with each in turn: the first that has the code answers, and the others with the same entry
//! are named beside it (a BCE global code is also a BLB and a BOS code). For a code no catalogue
//! has, the tool suggests the codes that are the same in another case or a slip or two away. From
//! a response it tells the code, status, message, the typed error, the semantics, the retry
//! advice, the `x-bce-request-id` (the body's when it has one) and the `x-bce-debug-id`; for a
//! body that is not an error body (a gateway's page), why, the page's title and its start.
//!
//! # Exit status
//!
//! - 0: a catalogue has the code (and `--help`, `--version`, `--list`, `--markdown`);
//! - 1: no catalogue has the code, or the body holds none;
//! - 2: the command line is wrong;
//! - 3: the input cannot be read: a missing file, or `--response` input that is not a response.

mod args;
mod catalogue;
mod json;
mod raw_response;
mod report;
mod suggest;
mod text;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::ExitCode;

pub use crate::catalogues::CATALOGUES;
pub use catalogue::Catalogue;

use args::{Action, Command, Saved, Source};
use raw_response::{RawResponse, is_raw_response, parse_raw_response};
use report::{Input, Report};

/// The tool over `catalogues`: reads the command line and standard input, writes to standard
/// output (errors to standard error), and gives the exit status the module docs list.
#[must_use]
pub fn main(catalogues: &[Catalogue]) -> ExitCode {
    let exit = run(
        catalogues,
        std::env::args_os(),
        &mut io::stdin().lock(),
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    );
    ExitCode::from(exit as u8)
}

/// The exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    Known = 0,
    Unknown = 1,
    Usage = 2,
    Unreadable = 3,
}

fn run(
    catalogues: &[Catalogue],
    args: impl IntoIterator<Item = OsString>,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    let (name, command) = args::parse(args);
    let result = command.and_then(|command| {
        let chosen = chosen(catalogues, command.catalogue.as_deref())?;
        Ok((command, chosen))
    });
    let (command, chosen) = match result {
        Ok(parsed) => parsed,
        Err(problem) => {
            // Nothing more can be told when standard error is gone.
            let _ = writeln!(err, "{name}: {problem}\n{}", usage(&name, catalogues));
            return Exit::Usage;
        }
    };
    match answer(&name, catalogues, &command, &chosen, stdin, out) {
        Ok(exit) => exit,
        Err(Failure::Usage(problem)) => {
            let _ = writeln!(err, "{name}: {problem}\n{}", usage(&name, catalogues));
            Exit::Usage
        }
        Err(Failure::Unreadable(problem)) => {
            let _ = writeln!(err, "{name}: {problem}");
            Exit::Unreadable
        }
    }
}

/// Why there is no answer.
enum Failure {
    Usage(String),
    Unreadable(String),
}

/// The answer, written to `out`. A closed output (`| head`) cuts it short, and the exit status
/// still tells it whole.
fn answer(
    name: &str,
    catalogues: &[Catalogue],
    command: &Command,
    chosen: &[Catalogue],
    stdin: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<Exit, Failure> {
    let reports = match &command.action {
        Action::Help => {
            let _ = writeln!(out, "{}", help(name, catalogues));
            return Ok(Exit::Known);
        }
        Action::Version => {
            let _ = writeln!(out, "{name} (blb-errors {})", env!("CARGO_PKG_VERSION"));
            return Ok(Exit::Known);
        }
        Action::List if command.json => {
            let _ = json::list(out, chosen);
            return Ok(Exit::Known);
        }
        Action::List => {
            let _ = text::list(out, chosen);
            return Ok(Exit::Known);
        }
        Action::Markdown => {
            let _ = text::markdown(out, chosen);
            return Ok(Exit::Known);
        }
        Action::Codes(codes) => codes
            .iter()
            .flat_map(|code| report::code_reports(code, chosen))
            .collect(),
        Action::Read(source, saved) => {
            let bytes = read(source, stdin)?;
            vec![saved_report(&bytes, *saved, chosen)?]
        }
    };
    let _ = write_reports(out, &reports, command.json, chosen);
    let known = reports.iter().all(Report::is_known);
    Ok(if known { Exit::Known } else { Exit::Unknown })
}

fn write_reports(
    out: &mut dyn Write,
    reports: &[Report],
    json: bool,
    chosen: &[Catalogue],
) -> io::Result<()> {
    for (index, report) in reports.iter().enumerate() {
        if json {
            json::report(out, report)?;
        } else {
            if index > 0 {
                writeln!(out)?;
            }
            text::report(out, report, chosen)?;
        }
    }
    Ok(())
}

/// The catalogues `--catalogue NAME` leaves, or all of them.
fn chosen(catalogues: &[Catalogue], name: Option<&str>) -> Result<Vec<Catalogue>, String> {
    let Some(name) = name else {
        return Ok(catalogues.to_vec());
    };
    let named: Vec<Catalogue> = catalogues
        .iter()
        .filter(|catalogue| catalogue.name().eq_ignore_ascii_case(name))
        .copied()
        .collect();
    if named.is_empty() {
        return Err(format!(
            "no catalogue is named `{name}` (there are {})",
            names(catalogues)
        ));
    }
    Ok(named)
}

fn read(source: &Source, stdin: &mut dyn Read) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    match source {
        Source::Stdin => stdin
            .read_to_end(&mut bytes)
            .map(|_| bytes)
            .map_err(|error| Failure::Unreadable(format!("standard input: {error}"))),
        Source::File(path) => std::fs::read(path)
            .map_err(|error| Failure::Unreadable(format!("{}: {error}", path.display()))),
    }
}

fn saved_report(bytes: &[u8], saved: Saved, chosen: &[Catalogue]) -> Result<Report, Failure> {
    let (input, response) = match saved {
        Saved::Body(status) | Saved::Either(Some(status)) => (
            Input::Body,
            RawResponse {
                status,
                request_id: None,
                debug_id: None,
                body: bytes,
            },
        ),
        Saved::Response => (
            Input::Response,
            parse_raw_response(bytes).map_err(Failure::Unreadable)?,
        ),
        Saved::Either(None) if is_raw_response(bytes) => (
            Input::Response,
            parse_raw_response(bytes).map_err(Failure::Unreadable)?,
        ),
        Saved::Either(None) => {
            return Err(Failure::Usage(
                "standard input does not start with an HTTP status line (`HTTP/1.1 404 Not Found`): \
                 for an error body alone, give its status with --status N"
                    .to_owned(),
            ));
        }
    };
    Ok(report::response_report(input, &response, chosen))
}

fn names(catalogues: &[Catalogue]) -> String {
    catalogues
        .iter()
        .map(Catalogue::name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn usage(name: &str, catalogues: &[Catalogue]) -> String {
    format!(
        "usage: {name} CODE... | --response FILE | --body FILE --status N | - | --list [NAME] | --markdown [NAME]\n\
         options: --catalogue NAME ({}), --json, --help",
        names(catalogues)
    )
}

fn help(name: &str, catalogues: &[Catalogue]) -> String {
    format!(
        "{name}: what a Baidu AI Cloud error code, or a saved error response, means

usage:
  {name} CODE...                  what each code means
  {name} --response FILE          a whole response as `curl -i` prints it
  {name} --body FILE --status N   an error body alone, with the response's status
  {name} -                        standard input: a `curl -i` response, or a body with --status N
  {name} --list [NAME]            the codes of one catalogue, or of each
  {name} --markdown [NAME]        the same as Markdown tables

options:
  --catalogue NAME   only this catalogue ({}), instead of each in turn
  --json             one JSON object a line, for scripts
  -h, --help         this text
  -V, --version      the version

FILE may be - for standard input.

exit status:
  0  a catalogue has the code
  1  no catalogue has the code, or the body holds none
  2  the command line is wrong
  3  the input cannot be read",
        names(catalogues)
    )
}
