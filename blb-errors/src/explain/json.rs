//! The answers written for scripts: one JSON object a line, the same keys in every answer of a
//! kind, `null` where a fact does not apply.

use std::io::{self, Write};

use crate::wire::escape::push_escaped;

use super::Catalogue;
use super::report::Report;

/// One answer: `input` (`code`, `body` or `response`), `known`, `code`, `catalogue`, `also_in`,
/// `status`, `catalogue_status`, `message`, `typed`, `semantics`, `retryable`, `retry`,
/// `request_id`, `debug_id`, `malformed` (`reason`, `body_len`, `body_snippet`, `page_title`) and
/// `suggestions` (`code`, `catalogue`).
pub(crate) fn report(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let mut json = Object::new();
    json.string("input", Some(report.input.name()));
    json.bool("known", Some(report.is_known()));
    json.string("code", report.code.as_deref());
    json.string("catalogue", report.catalogues.first().copied());
    json.strings("also_in", report.catalogues.iter().skip(1).copied());
    json.number("status", report.status.map(u64::from));
    json.number(
        "catalogue_status",
        report.entry.map(|entry| u64::from(entry.status())),
    );
    json.string("message", report.message.as_deref());
    json.string("typed", report.typed.as_deref());
    json.string("semantics", report.entry.map(|entry| entry.description()));
    json.bool("retryable", report.retryable);
    json.string("retry", report.retry.as_deref());
    json.string("request_id", report.request_id.as_deref());
    json.string("debug_id", report.debug_id.as_deref());
    json.key("malformed");
    match &report.malformed {
        Some(malformed) => {
            let mut inner = Object::new();
            inner.string("reason", Some(&malformed.reason));
            inner.number("body_len", u64::try_from(malformed.body_len).ok());
            inner.string("body_snippet", Some(&malformed.snippet));
            inner.string("page_title", report.page_title.as_deref());
            json.raw(&inner.finish());
        }
        None => json.raw(b"null"),
    }
    json.key("suggestions");
    json.raw(b"[");
    for (index, suggestion) in report.suggestions.iter().enumerate() {
        if index > 0 {
            json.raw(b",");
        }
        let mut inner = Object::new();
        inner.string("code", Some(suggestion.code));
        inner.string("catalogue", Some(suggestion.catalogue));
        json.raw(&inner.finish());
    }
    json.raw(b"]");
    out.write_all(&json.finish())?;
    writeln!(out)
}

/// One line per catalogue: `catalogue`, `description` and `codes`, each code with `code`,
/// `status`, `message` (the template), `retryable` and `semantics`.
pub(crate) fn list(out: &mut dyn Write, catalogues: &[Catalogue]) -> io::Result<()> {
    for catalogue in catalogues {
        let mut json = Object::new();
        json.string("catalogue", Some(catalogue.name()));
        json.string("description", Some(catalogue.description()));
        json.key("codes");
        json.raw(b"[");
        for (index, entry) in catalogue.entries().iter().enumerate() {
            if index > 0 {
                json.raw(b",");
            }
            let mut inner = Object::new();
            inner.string("code", Some(entry.code()));
            inner.number("status", Some(u64::from(entry.status())));
            inner.string("message", Some(entry.template()));
            inner.bool("retryable", Some(entry.is_retryable()));
            inner.string("semantics", Some(entry.description()));
            json.raw(&inner.finish());
        }
        json.raw(b"]");
        out.write_all(&json.finish())?;
        writeln!(out)?;
    }
    Ok(())
}

/// A JSON object written key by key.
struct Object {
    bytes: Vec<u8>,
}

impl Object {
    fn new() -> Self {
        Self { bytes: vec![b'{'] }
    }

    fn key(&mut self, key: &str) {
        if self.bytes.len() > 1 {
            self.bytes.push(b',');
        }
        self.quoted(key);
        self.bytes.push(b':');
    }

    fn quoted(&mut self, text: &str) {
        self.bytes.push(b'"');
        push_escaped(&mut self.bytes, text);
        self.bytes.push(b'"');
    }

    fn raw(&mut self, json: &[u8]) {
        self.bytes.extend_from_slice(json);
    }

    fn string(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        match value {
            Some(value) => self.quoted(value),
            None => self.raw(b"null"),
        }
    }

    fn strings<'a>(&mut self, key: &str, values: impl Iterator<Item = &'a str>) {
        self.key(key);
        self.raw(b"[");
        for (index, value) in values.enumerate() {
            if index > 0 {
                self.raw(b",");
            }
            self.quoted(value);
        }
        self.raw(b"]");
    }

    fn number(&mut self, key: &str, value: Option<u64>) {
        self.key(key);
        match value {
            Some(value) => self.raw(value.to_string().as_bytes()),
            None => self.raw(b"null"),
        }
    }

    fn bool(&mut self, key: &str, value: Option<bool>) {
        self.key(key);
        self.raw(match value {
            Some(true) => b"true",
            Some(false) => b"false",
            None => b"null",
        });
    }

    fn finish(mut self) -> Vec<u8> {
        self.bytes.push(b'}');
        self.bytes
    }
}
