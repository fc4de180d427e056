//! One answer of the tool, whatever it is written as: what a code or a response means.

use super::Catalogue;
use super::catalogue::Reading;
use super::raw_response::RawResponse;
use super::suggest::{Suggestion, suggestions};
use crate::CatalogueEntry;

/// What the tool was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    Code,
    Body,
    Response,
}

impl Input {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Body => "body",
            Self::Response => "response",
        }
    }
}

/// Everything the tool tells about one code or one response.
#[derive(Debug)]
pub(crate) struct Report {
    pub(crate) input: Input,
    /// The code given, or the server's; `None` for a body without one.
    pub(crate) code: Option<String>,
    /// The catalogue entry, where a catalogue has the code.
    pub(crate) entry: Option<&'static CatalogueEntry>,
    /// The first catalogue with the entry, then the others with the same entry.
    pub(crate) catalogues: Vec<&'static str>,
    /// The response's status; for a code alone, the catalogue's.
    pub(crate) status: Option<u16>,
    /// The server's message; for a code alone, the catalogue's template.
    pub(crate) message: Option<String>,
    /// The typed error's `Debug`, for a response.
    pub(crate) typed: Option<String>,
    pub(crate) retryable: Option<bool>,
    /// The library's advice ([`Retry`](crate::Retry)), as text.
    pub(crate) retry: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) debug_id: Option<String>,
    pub(crate) malformed: Option<super::catalogue::Malformed>,
    /// For a body that is not an error body: an HTML page's `<title>`.
    pub(crate) page_title: Option<String>,
    pub(crate) suggestions: Vec<Suggestion>,
}

impl Report {
    /// Whether a catalogue has the code.
    pub(crate) fn is_known(&self) -> bool {
        self.entry.is_some()
    }
}

/// What `code` means: one report per distinct entry the catalogues have for it (catalogues that
/// include another share its entries, so a BCE code is one report), or one naming the nearest
/// codes when none has it.
pub(crate) fn code_reports(code: &str, catalogues: &[Catalogue]) -> Vec<Report> {
    let mut found: Vec<(&'static CatalogueEntry, Vec<&'static str>)> = Vec::new();
    for catalogue in catalogues {
        if let Some(entry) = catalogue.lookup(code) {
            match found.iter_mut().find(|(seen, _)| *seen == entry) {
                Some((_, names)) => names.push(catalogue.name()),
                None => found.push((entry, vec![catalogue.name()])),
            }
        }
    }
    if found.is_empty() {
        return vec![Report {
            suggestions: suggestions(code, catalogues),
            ..empty(Input::Code, Some(code.to_owned()))
        }];
    }
    found
        .into_iter()
        .map(|(entry, catalogues)| Report {
            entry: Some(entry),
            catalogues,
            status: Some(entry.status()),
            message: Some(entry.template().to_owned()),
            retryable: Some(entry.is_retryable()),
            retry: Some(entry.retry().to_string()),
            ..empty(Input::Code, Some(entry.code().to_owned()))
        })
        .collect()
}

/// What a response means, read with each catalogue in turn: the first that has its code types
/// it. With one catalogue, that one's reading is told whatever the code.
pub(crate) fn response_report(
    input: Input,
    response: &RawResponse<'_>,
    catalogues: &[Catalogue],
) -> Report {
    let readings: Vec<(&Catalogue, Reading)> = catalogues
        .iter()
        .map(|catalogue| {
            let reading = catalogue.read(response.status, response.request_id, response.body);
            (catalogue, reading)
        })
        .collect();
    let known = readings
        .iter()
        .position(|(_, reading)| reading.entry.is_some());
    let chosen = known.unwrap_or(0);
    let names: Vec<&'static str> = match known {
        Some(index) => readings
            .iter()
            .filter(|(_, reading)| reading.entry == readings[index].1.entry)
            .map(|(catalogue, _)| catalogue.name())
            .collect(),
        None => Vec::new(),
    };
    let single = readings.len() == 1;
    let Some((_, reading)) = readings.into_iter().nth(chosen) else {
        return empty(input, None);
    };
    let page_title = reading
        .malformed
        .as_ref()
        .and_then(|malformed| page_title(&malformed.snippet));
    // A success answered with its own body holds no error to send again.
    let failed = reading.status >= 400 || reading.malformed.is_none();
    Report {
        input,
        retry: failed.then(|| reading.retry.to_string()),
        code: reading.code,
        entry: reading.entry,
        catalogues: names,
        status: Some(reading.status),
        message: reading.message,
        typed: if known.is_some() || single {
            reading.typed
        } else {
            None
        },
        retryable: failed.then_some(reading.retry.is_retryable()),
        request_id: reading.request_id,
        debug_id: response.debug_id.map(str::to_owned),
        malformed: reading.malformed,
        page_title,
        suggestions: Vec::new(),
    }
}

fn empty(input: Input, code: Option<String>) -> Report {
    Report {
        input,
        code,
        entry: None,
        catalogues: Vec::new(),
        status: None,
        message: None,
        typed: None,
        retryable: None,
        retry: None,
        request_id: None,
        debug_id: None,
        malformed: None,
        page_title: None,
        suggestions: Vec::new(),
    }
}

/// The text of an HTML page's `<title>`, blank space folded, when the page has one.
fn page_title(page: &str) -> Option<String> {
    let lower = page.to_ascii_lowercase();
    let open = lower.find("<title")?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title = page[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!title.is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::page_title;

    #[test]
    fn a_pages_title_is_found_in_any_case_and_folded() {
        assert_eq!(
            page_title("<html><HEAD><Title lang=en>502\n  Bad Gateway</TITLE></head>"),
            Some("502 Bad Gateway".to_owned())
        );
        assert_eq!(page_title("<html><title> </title></html>"), None);
        assert_eq!(page_title("<html><title>cut off"), None);
        assert_eq!(page_title("{\"code\":1}"), None);
    }
}
