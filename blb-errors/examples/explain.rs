//! For people on call: what an error code means, what a saved error response is, and the
//! catalogue.
//!
//! ```text
//! cargo run --example explain -- ListenerNotFound          # code, status, message, semantics, retry advice
//! cargo run --example explain -- --body FILE --status 404  # classify a saved error body
//! cargo run --example explain -- --list                    # the BLB catalogue
//! cargo run --example explain -- --markdown                # the BLB catalogue as a Markdown table
//! ```

use std::process::ExitCode;

use blb_errors::{
    ApiError, BlbError, BosError, CatalogueEntry, ResponseError, parse_error_response,
};

const USAGE: &str = "usage: explain CODE | --body FILE --status N | --list | --markdown";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [] => Err(USAGE.to_owned()),
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        [flag] if flag == "--list" => {
            list();
            Ok(())
        }
        [flag] if flag == "--markdown" => {
            print!("{}", blb_errors::markdown_table::<BlbError>());
            Ok(())
        }
        [flag, ..] if flag.starts_with("--") => {
            let (mut body, mut status) = (None, None);
            let mut rest = args.iter();
            while let Some(flag) = rest.next() {
                let value = rest
                    .next()
                    .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
                match flag.as_str() {
                    "--body" => body = Some(value),
                    "--status" => {
                        status = Some(
                            value
                                .parse::<u16>()
                                .map_err(|_| format!("not a status: {value}"))?,
                        )
                    }
                    _ => return Err(format!("unknown option {flag}\n{USAGE}")),
                }
            }
            let body = body.ok_or_else(|| format!("--body FILE is required\n{USAGE}"))?;
            let status = status.ok_or_else(|| format!("--status N is required\n{USAGE}"))?;
            let bytes = std::fs::read(body).map_err(|error| format!("{body}: {error}"))?;
            classify(status, &bytes);
            Ok(())
        }
        [code] => explain(code),
        _ => Err(USAGE.to_owned()),
    }
}

/// One code: the BLB catalogue (BCE global codes included), then BOS.
fn explain(code: &str) -> Result<(), String> {
    let (catalogue, entry) = match (BlbError::lookup(code), BosError::lookup(code)) {
        (Some(entry), _) => ("BLB", entry),
        (None, Some(entry)) => ("BOS", entry),
        (None, None) => {
            return Err(format!(
                "{code}: not a BLB, BCE or BOS code (codes are case-sensitive; try --list)"
            ));
        }
    };
    println!("code:      {} ({catalogue} catalogue)", entry.code());
    println!("status:    {}", entry.status());
    println!("message:   {}", entry.template());
    println!("semantics: {}", non_empty(entry.description()));
    println!("retry:     {}", advice(entry));
    Ok(())
}

fn advice(entry: &CatalogueEntry) -> &'static str {
    // The two retryable codes that need something done first, as the catalogue docs say.
    if entry.code() == "RequestExpired" {
        "retryable after signing the request again with a fresh timestamp"
    } else if entry.code() == "LastOperationNotFinished" {
        "retryable once the previous operation on the instance finishes (poll its status, then send again)"
    } else if entry.is_retryable() {
        "retryable: send the same request again, with backoff"
    } else if entry.status() >= 500 {
        "not marked retryable: a server-side failure; check the service before sending again"
    } else {
        "not retryable: the request or the resource must change before it can succeed"
    }
}

fn non_empty(text: &str) -> &str {
    if text.is_empty() {
        "(undocumented)"
    } else {
        text
    }
}

/// A saved error response, read as a BLB client reads it.
fn classify(status: u16, body: &[u8]) {
    let response = parse_error_response::<BlbError>(status, None, body);
    println!("{response}");
    match &response {
        ResponseError::Service(service) => {
            println!("typed:      {:?}", service.error());
            println!("request id: {}", service.request_id().unwrap_or("none"));
            match service.entry() {
                Some(entry) => {
                    println!("semantics:  {}", non_empty(entry.description()));
                    if service.catalogue_status() != Some(status) {
                        println!("note:       the catalogue gives status {}", entry.status());
                    }
                }
                None => println!("semantics:  not a BLB or BCE code"),
            }
        }
        ResponseError::Malformed(malformed) => {
            println!("reason:     {}", malformed.reason());
            println!("body:       {}", malformed.body_snippet());
        }
        // `ResponseError` is `#[non_exhaustive]`.
        _ => {}
    }
    let retry = if response.is_retryable() {
        "retryable: send the same request again, with backoff"
    } else {
        "not retryable"
    };
    println!("retry:      {retry}");
}

fn list() {
    println!(
        "{:<32} {:>6}  {:<9}  message",
        "code", "status", "retryable"
    );
    for entry in BlbError::catalogue() {
        let retry = if entry.is_retryable() { "yes" } else { "no" };
        println!(
            "{:<32} {:>6}  {retry:<9}  {}",
            entry.code(),
            entry.status(),
            entry.template()
        );
    }
}
