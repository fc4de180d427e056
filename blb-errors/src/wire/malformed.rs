//! A response whose body is not an error body: what went wrong, and what is left to see.

use std::fmt;

use crate::{ResponseHeaders, Retry};

/// How many bytes of a malformed body [`MalformedResponse`] keeps.
pub const BODY_SNIPPET_LIMIT: usize = 4096;

/// An error response whose body could not be read as `{"requestId", "code", "message"}`: a
/// gateway's HTML page, an empty or cut-off body, JSON of another shape.
///
/// Nothing the response said is thrown away: the status, the `x-bce-request-id` header, the
/// start of the body (at most [`BODY_SNIPPET_LIMIT`] bytes) and, when it was read with them, the
/// headers (a gateway's error code and message among them) are kept with a typed
/// [`reason`](Self::reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MalformedResponse {
    status: u16,
    request_id: Option<String>,
    reason: MalformedReason,
    snippet: String,
    body_len: usize,
    headers: ResponseHeaders,
}

impl MalformedResponse {
    pub(crate) fn new(
        status: u16,
        request_id: Option<&str>,
        reason: MalformedReason,
        body: &[u8],
        headers: ResponseHeaders,
    ) -> Self {
        Self {
            status,
            request_id: request_id.map(str::to_owned),
            reason,
            snippet: snippet(body),
            body_len: body.len(),
            headers,
        }
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The request id of the `x-bce-request-id` header, if the response had one.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Why the body is not an error body.
    #[must_use]
    pub fn reason(&self) -> &MalformedReason {
        &self.reason
    }

    /// The start of the body, at most [`BODY_SNIPPET_LIMIT`] bytes long, cut at a character
    /// boundary; each sequence of bytes that is not UTF-8 is shown as one U+FFFD.
    #[must_use]
    pub fn body_snippet(&self) -> &str {
        &self.snippet
    }

    /// The length of the whole body in bytes: more than the snippet when it was cut.
    #[must_use]
    pub fn body_len(&self) -> usize {
        self.body_len
    }

    /// The error code a gateway put in the `x-bce-error-code` header, such as IAM's
    /// `IamSignatureInvalid` over an empty body.
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.headers.error_code()
    }

    /// The message a gateway put in the `x-bce-error-message` header.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.headers.error_message()
    }

    /// The `x-bce-debug-id` header.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.headers.debug_id()
    }

    /// The response's headers, when it was read with them
    /// ([`parse_error_response_with_headers`](crate::parse_error_response_with_headers)); else none.
    #[must_use]
    pub fn headers(&self) -> &ResponseHeaders {
        &self.headers
    }

    /// Whether a request that got this response may succeed when sent again: the status is 429,
    /// 500, 502, 503 or 504 (a gateway's HTML page is often one of these).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// How the request may succeed when sent again, from the status ([`Retry::for_status`]); a
    /// throttled one waits as long as its `Retry-After` header asks.
    #[must_use]
    pub fn retry(&self) -> Retry {
        Retry::for_status(self.status).with_retry_after(self.headers.retry_after())
    }
}

/// The start of `body` as text of at most [`BODY_SNIPPET_LIMIT`] bytes: valid UTF-8 as it is,
/// each invalid sequence as U+FFFD (three bytes, so a body that is not UTF-8 gives fewer of its
/// bytes), cut before the first character that would not fit whole.
fn snippet(body: &[u8]) -> String {
    let mut snippet = String::with_capacity(body.len().min(BODY_SNIPPET_LIMIT));
    for chunk in body.utf8_chunks() {
        let room = BODY_SNIPPET_LIMIT - snippet.len();
        let valid = chunk.valid();
        if valid.len() > room {
            let mut end = room;
            while !valid.is_char_boundary(end) {
                end -= 1;
            }
            snippet.push_str(&valid[..end]);
            return snippet;
        }
        snippet.push_str(valid);
        if !chunk.invalid().is_empty() {
            if snippet.len() + char::REPLACEMENT_CHARACTER.len_utf8() > BODY_SNIPPET_LIMIT {
                return snippet;
            }
            snippet.push(char::REPLACEMENT_CHARACTER);
        }
    }
    snippet
}

impl fmt::Display for MalformedResponse {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.code() {
            write!(
                formatter,
                "{code}: {} (from the gateway's headers); ",
                self.message().unwrap_or("")
            )?;
        }
        write!(
            formatter,
            "malformed error response: {} (status {}, request id {}",
            self.reason,
            self.status,
            self.request_id.as_deref().unwrap_or("none"),
        )?;
        if let Some(debug_id) = self.debug_id() {
            write!(formatter, ", debug id {debug_id}")?;
        }
        write!(formatter, ", {} byte body)", self.body_len)
    }
}

impl std::error::Error for MalformedResponse {}

/// Why a body is not an error body. Offsets count bytes from the start of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MalformedReason {
    /// The body is empty or only whitespace.
    Empty,
    /// The body is not UTF-8, which JSON must be.
    InvalidUtf8 {
        /// How many bytes from the start are valid UTF-8.
        valid_up_to: usize,
    },
    /// The body does not start like JSON at all, such as an HTML page from a gateway.
    NotJson,
    /// The body starts as JSON but breaks its grammar.
    Syntax {
        /// Where the first byte that breaks it stands.
        offset: usize,
    },
    /// The body ends in the middle of the JSON.
    Truncated,
    /// Something other than whitespace follows the JSON value.
    TrailingCharacters {
        /// Where it starts.
        offset: usize,
    },
    /// Arrays and objects nest deeper than the limit.
    TooDeep {
        /// The deepest nesting accepted, the outer value included (serde_json's).
        limit: usize,
    },
    /// The body is valid JSON, but not an object.
    NotAnObject,
    /// The object has no `code`, or it is `null` or empty.
    MissingCode,
    /// One of the three keys holds something other than a string or `null`.
    NotAString {
        /// The key.
        field: BodyField,
    },
}

impl fmt::Display for MalformedReason {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => formatter.write_str("the body is empty"),
            Self::InvalidUtf8 { valid_up_to } => {
                write!(
                    formatter,
                    "the body is not UTF-8 (valid up to byte {valid_up_to})"
                )
            }
            Self::NotJson => formatter.write_str("the body is not JSON"),
            Self::Syntax { offset } => write!(formatter, "invalid JSON at byte {offset}"),
            Self::Truncated => formatter.write_str("the JSON is cut off"),
            Self::TrailingCharacters { offset } => {
                write!(
                    formatter,
                    "characters after the JSON value at byte {offset}"
                )
            }
            Self::TooDeep { limit } => {
                write!(formatter, "the JSON nests deeper than {limit} levels")
            }
            Self::NotAnObject => formatter.write_str("the JSON is not an object"),
            Self::MissingCode => formatter.write_str("the JSON object has no `code`"),
            Self::NotAString { field } => write!(formatter, "`{}` is not a string", field.key()),
        }
    }
}

/// One of the three keys of an error body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyField {
    /// `requestId`
    RequestId,
    /// `code`
    Code,
    /// `message`
    Message,
}

impl BodyField {
    /// The key as it is written in the body.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::RequestId => "requestId",
            Self::Code => "code",
            Self::Message => "message",
        }
    }
}
