//! The answers written for people: one `label: value` line per fact.

use std::io::{self, Write};

use super::Catalogue;
use super::report::{Input, Report};

/// How much of a body that is not an error body is shown, in characters.
const SNIPPET_CHARS: usize = 240;

pub(crate) fn report(
    out: &mut dyn Write,
    report: &Report,
    searched: &[Catalogue],
) -> io::Result<()> {
    let line = |out: &mut dyn Write, label: &str, value: &dyn std::fmt::Display| {
        writeln!(out, "{:<11} {value}", format!("{label}:"))
    };
    match (&report.code, &report.malformed, report.status) {
        (_, Some(_), Some(status)) if status < 400 => line(
            out,
            "code",
            &format_args!("none: not an error response (status {status})"),
        )?,
        (_, Some(malformed), _) => line(
            out,
            "code",
            &format_args!("none: not an error body ({})", malformed.reason),
        )?,
        (Some(code), None, _) => line(out, "code", code)?,
        (None, None, _) => {}
    }
    if report.malformed.is_none() {
        match report.catalogues.split_first() {
            Some((first, [])) => line(out, "catalogue", first)?,
            Some((first, others)) => line(
                out,
                "catalogue",
                &format_args!("{first} (also in {})", others.join(", ")),
            )?,
            None => {
                let names: Vec<&str> = searched.iter().map(Catalogue::name).collect();
                let names = match names.split_last() {
                    Some((last, [])) => (*last).to_owned(),
                    Some((last, others)) => format!("{} or {last}", others.join(", ")),
                    None => String::new(),
                };
                line(
                    out,
                    "catalogue",
                    &format_args!("none: not a code of {names} (codes are case-sensitive)"),
                )?;
            }
        }
    }
    if let Some(status) = report.status {
        match report.entry {
            Some(entry) if report.input != Input::Code && entry.status() != status => {
                line(
                    out,
                    "status",
                    &format_args!("{status} (the catalogue gives {})", entry.status()),
                )?;
            }
            _ => line(out, "status", &status)?,
        }
    }
    if let Some(message) = &report.message {
        line(out, "message", message)?;
    }
    if report.input != Input::Code && report.malformed.is_none() {
        match (&report.typed, report.entry) {
            (Some(typed), _) => line(out, "typed", typed)?,
            (None, Some(_)) => line(
                out,
                "typed",
                &"none: the message does not follow the catalogue's template",
            )?,
            (None, None) => {}
        }
    }
    if let Some(entry) = report.entry {
        let semantics = entry.description();
        line(
            out,
            "semantics",
            &if semantics.is_empty() {
                "(undocumented)"
            } else {
                semantics
            },
        )?;
    }
    if let Some(malformed) = &report.malformed {
        if let Some(title) = &report.page_title {
            line(out, "page title", title)?;
        }
        let folded = malformed
            .snippet
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let shown: String = folded.chars().take(SNIPPET_CHARS).collect();
        let cut = if shown.len() < folded.len() {
            " …"
        } else {
            ""
        };
        line(
            out,
            "body",
            &format_args!("{shown}{cut} ({} bytes)", malformed.body_len),
        )?;
    }
    if let Some(retry) = &report.retry {
        line(out, "retry", &retry)?;
    }
    if report.input != Input::Code {
        line(
            out,
            "request id",
            &report.request_id.as_deref().unwrap_or("none"),
        )?;
    }
    if report.input == Input::Response {
        line(
            out,
            "debug id",
            &report.debug_id.as_deref().unwrap_or("none"),
        )?;
    }
    if !report.suggestions.is_empty() {
        let named: Vec<String> = report
            .suggestions
            .iter()
            .map(|suggestion| format!("`{}` ({})", suggestion.code, suggestion.catalogue))
            .collect();
        writeln!(out, "did you mean {}?", named.join(" or "))?;
    }
    Ok(())
}

/// The codes of each catalogue, under a line naming it.
pub(crate) fn list(out: &mut dyn Write, catalogues: &[Catalogue]) -> io::Result<()> {
    for (index, catalogue) in catalogues.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        let entries = catalogue.entries();
        writeln!(
            out,
            "{}: {} ({} codes)",
            catalogue.name(),
            catalogue.description(),
            entries.len()
        )?;
        writeln!(
            out,
            "{:<32} {:>6}  {:<9}  message",
            "code", "status", "retryable"
        )?;
        for entry in entries {
            let retryable = if entry.is_retryable() { "yes" } else { "no" };
            writeln!(
                out,
                "{:<32} {:>6}  {retryable:<9}  {}",
                entry.code(),
                entry.status(),
                entry.template()
            )?;
        }
    }
    Ok(())
}

/// Each catalogue as a Markdown table; under a heading of its own when there are several.
pub(crate) fn markdown(out: &mut dyn Write, catalogues: &[Catalogue]) -> io::Result<()> {
    if let [catalogue] = catalogues {
        return out.write_all(crate::markdown::table(catalogue.entries()).as_bytes());
    }
    for (index, catalogue) in catalogues.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "## {}\n\n{}.\n",
            catalogue.name(),
            catalogue.description()
        )?;
        out.write_all(crate::markdown::table(catalogue.entries()).as_bytes())?;
    }
    Ok(())
}
