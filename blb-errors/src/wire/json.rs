//! The JSON reader of the error body: it borrows from the input and keeps only the three keys.
//!
//! It checks the whole body is one JSON object (RFC 8259 grammar) but builds nothing for the
//! values it skips, and it skips nested values with a loop and a bit stack, not recursion, so no
//! input can overflow the stack. It allocates only to unescape a kept string that has escapes.
//! Its fast path is inside: an object in the shape services write is matched key by key with
//! constant compares ([`Reader::usual_object`]), and a string's plain run is found a chunk at a
//! time ([`plain_run`](super::plain_run)).
//!
//! It reads bytes and checks UTF-8 only inside strings, in the same pass that looks for their
//! end: outside strings the grammar admits ASCII alone, so a body it accepts is UTF-8 throughout.

use std::borrow::Cow;

use super::malformed::{BodyField, MalformedReason};
use super::plain_run::{self, BEYOND_ASCII};

/// How deep arrays and objects may nest, the outer object included: serde_json's limit (it
/// refuses the 128th level), so that both accept the same bodies.
pub(crate) const MAX_DEPTH: usize = 127;

/// The most a string with escapes reserves before it knows its length; a longer one grows.
const MAX_RESERVE: usize = 64 * 1024;

/// What [`Reader::string`] does with a string that has escapes: builds its text, or only checks it.
const KEEP: bool = true;
const SKIP: bool = false;

/// The three keys of a body, each as the last occurrence left it (duplicate keys: last wins, as
/// serde_json's `Value` does).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Fields<'a> {
    pub(crate) request_id: Slot<'a>,
    pub(crate) code: Slot<'a>,
    pub(crate) message: Slot<'a>,
}

/// A key's value as found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) enum Slot<'a> {
    /// The key did not appear.
    #[default]
    Absent,
    /// The value was `null`.
    Null,
    /// A string, borrowed unless it had escapes.
    Text(Cow<'a, str>),
    /// Any other value: a number, a boolean, an array or an object.
    WrongType,
}

impl<'a> Slot<'a> {
    /// The string, `None` when absent or null, or the error for a value of another type.
    pub(crate) fn text(&self, field: BodyField) -> Result<Option<&str>, MalformedReason> {
        match self {
            Self::Absent | Self::Null => Ok(None),
            Self::Text(text) => Ok(Some(text)),
            Self::WrongType => Err(MalformedReason::NotAString { field }),
        }
    }
}

/// The three keys of `bytes`, which must hold one JSON object and nothing else but whitespace.
///
/// A body that is not UTF-8 gives an error, but not always [`MalformedReason::InvalidUtf8`]: a
/// grammar error may come first, or a byte beyond ASCII outside a string is one.
pub(crate) fn read_body(bytes: &[u8]) -> Result<Fields<'_>, MalformedReason> {
    let mut reader = Reader { bytes, pos: 0 };
    reader.skip_whitespace();
    let fields = match reader.peek() {
        None => return Err(MalformedReason::Empty),
        Some(b'{') => reader.object()?,
        Some(b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
            // Valid JSON of another kind says something different from garbage: tell them apart.
            reader.skip_value(0)?;
            reader.end()?;
            return Err(MalformedReason::NotAnObject);
        }
        Some(_) => return Err(MalformedReason::NotJson),
    };
    reader.end()?;
    Ok(fields)
}

/// A key of the outer object: one of the three kept, or another.
#[derive(Clone, Copy)]
enum Key {
    RequestId,
    Code,
    Message,
    Other,
}

impl Key {
    #[inline]
    fn of(key: &str) -> Self {
        match key.as_bytes() {
            b"requestId" => Self::RequestId,
            b"code" => Self::Code,
            b"message" => Self::Message,
            _ => Self::Other,
        }
    }
}

/// Where the plain run of string bytes from `pos` ends: at the first quote, backslash or control
/// character, or at the end of `bytes`. Characters beyond ASCII are checked on the way; `Err` has
/// where the first byte that is not UTF-8 stands.
#[inline]
fn plain_end(bytes: &[u8], pos: usize) -> Result<usize, usize> {
    let end = plain_run::plain_end::<BEYOND_ASCII>(bytes, pos);
    match bytes.get(end) {
        Some(&byte) if !byte.is_ascii() => plain_end_beyond_ascii(bytes, end),
        _ => Ok(end),
    }
}

/// [`plain_end`] from a byte beyond ASCII at `pos`, each run of such bytes checked whole
/// ([`beyond_ascii_end`]). Out of line, so that the ASCII path stays small.
#[cold]
#[inline(never)]
fn plain_end_beyond_ascii(bytes: &[u8], mut pos: usize) -> Result<usize, usize> {
    loop {
        let end = beyond_ascii_end(bytes, pos)?;
        pos = plain_run::plain_end::<BEYOND_ASCII>(bytes, end);
        match bytes.get(pos) {
            Some(byte) if !byte.is_ascii() => {}
            _ => return Ok(pos),
        }
    }
}

/// Where the run of bytes beyond ASCII at `pos` ends, once `str::from_utf8` has checked it: a
/// character's bytes are all beyond ASCII, so a run holds whole characters or is not UTF-8. `Err`
/// has where the first byte that is not UTF-8 stands.
fn beyond_ascii_end(bytes: &[u8], pos: usize) -> Result<usize, usize> {
    let run = &bytes[pos..];
    let len = run.iter().position(u8::is_ascii).unwrap_or(run.len());
    match std::str::from_utf8(&run[..len]) {
        Ok(_) => Ok(pos + len),
        Err(error) => Err(pos + error.valid_up_to()),
    }
}

/// `bytes` as text, for a plain run that [`plain_end`] passed: its ASCII bytes are characters of
/// their own, and each run beyond ASCII in it was checked.
fn checked_text(bytes: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(bytes).is_ok(), "{bytes:?}");
    // SAFETY: a plain run starts after an ASCII byte (a quote, or an escape's last byte) and ends
    // at one or at the end of the input; inside it `plain_end` passed only ASCII bytes and whole
    // runs beyond ASCII that `str::from_utf8` accepted.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

/// What an escape stands for: an ASCII byte (`\n`, `\"` …), or any character (`\uXXXX`).
enum Escape {
    Byte(u8),
    Char(char),
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The error for what stands at `pos` when it is not what the grammar wants.
    fn unexpected(&self) -> MalformedReason {
        if self.pos >= self.bytes.len() {
            MalformedReason::Truncated
        } else {
            MalformedReason::Syntax { offset: self.pos }
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), MalformedReason> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn end(&mut self) -> Result<(), MalformedReason> {
        self.skip_whitespace();
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(MalformedReason::TrailingCharacters { offset: self.pos })
        }
    }

    /// The outer object, at its `{`.
    fn object(&mut self) -> Result<Fields<'a>, MalformedReason> {
        let start = self.pos;
        if let Some(fields) = self.usual_object() {
            return Ok(fields);
        }
        self.pos = start + 1;
        let mut fields = Fields::default();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(fields);
        }
        loop {
            let key = self.key()?;
            let slot = match key {
                Key::RequestId => Some(&mut fields.request_id),
                Key::Code => Some(&mut fields.code),
                Key::Message => Some(&mut fields.message),
                Key::Other => None,
            };
            match slot {
                Some(slot) => *slot = self.slot()?,
                None => self.skip_value(1)?,
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(fields);
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    /// The outer object in the shape services and [`ErrorBody`](crate::ErrorBody) write:
    /// `{"requestId":"…","code":"…","message":"…"}`, the three keys once each and in that order,
    /// with no whitespace and no escapes, each key with its colon and the value's opening quote
    /// matched whole by one compare. `None` for any other shape, which [`object`](Self::object)
    /// then reads from its `{`: this takes only objects the general loop reads as the same three
    /// strings.
    #[inline(always)]
    fn usual_object(&mut self) -> Option<Fields<'a>> {
        if !self.eat(br#"{"requestId":""#) {
            return None;
        }
        let request_id = self.plain_rest()?;
        if !self.eat(br#","code":""#) {
            return None;
        }
        let code = self.plain_rest()?;
        if !self.eat(br#","message":""#) {
            return None;
        }
        // A message is where escapes are common (quotes, line breaks).
        let message = self.string_rest::<KEEP>().ok()?;
        if !self.eat(b"}") {
            return None;
        }
        Some(Fields {
            request_id: Slot::Text(Cow::Borrowed(request_id)),
            code: Slot::Text(Cow::Borrowed(code)),
            message: Slot::Text(message),
        })
    }

    /// Moves past `prefix` when the input goes on with it. The prefix is a constant array so that
    /// it is compared inline, not by a `memcmp` call.
    #[inline(always)]
    fn eat<const N: usize>(&mut self, prefix: &[u8; N]) -> bool {
        let found = self
            .bytes
            .get(self.pos..self.pos + N)
            .is_some_and(|found| found == prefix);
        if found {
            self.pos += N;
        }
        found
    }

    /// A key and its colon, with the whitespace after both; at the key's opening quote.
    fn key(&mut self) -> Result<Key, MalformedReason> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected());
        }
        // With escapes, the key is compared once unescaped: `"\u0063ode"` is `code`.
        let key = Key::of(&self.string::<KEEP>()?);
        self.skip_whitespace();
        self.expect(b':')?;
        self.skip_whitespace();
        Ok(key)
    }

    /// The value of a kept key.
    fn slot(&mut self) -> Result<Slot<'a>, MalformedReason> {
        match self.peek() {
            Some(b'"') => Ok(Slot::Text(self.string::<KEEP>()?)),
            Some(b'n') => {
                self.literal(b"null")?;
                Ok(Slot::Null)
            }
            _ => {
                self.skip_value(1)?;
                Ok(Slot::WrongType)
            }
        }
    }

    /// `true`, `false` or `null`, at its first letter. An error points at the first byte that
    /// differs from the word.
    fn literal(&mut self, word: &[u8]) -> Result<(), MalformedReason> {
        let rest = &self.bytes[self.pos..];
        let matched = rest
            .iter()
            .zip(word)
            .take_while(|(found, wanted)| found == wanted)
            .count();
        if matched == word.len() {
            self.pos += word.len();
            Ok(())
        } else if matched == rest.len() {
            Err(MalformedReason::Truncated)
        } else {
            Err(MalformedReason::Syntax {
                offset: self.pos + matched,
            })
        }
    }

    /// Skips one value of any kind, at its first byte. `depth` is how many arrays and objects
    /// already enclose it. Nesting is tracked in a bit stack (1 = object) rather than by recursion.
    fn skip_value(&mut self, depth: usize) -> Result<(), MalformedReason> {
        let mut stack: u128 = 0;
        let mut nested = 0_usize;
        loop {
            // A value is expected here.
            match self.peek() {
                Some(open @ (b'{' | b'[')) => {
                    if depth + nested >= MAX_DEPTH {
                        return Err(MalformedReason::TooDeep { limit: MAX_DEPTH });
                    }
                    let is_object = open == b'{';
                    stack = (stack << 1) | u128::from(is_object);
                    nested += 1;
                    self.pos += 1;
                    self.skip_whitespace();
                    let close = if is_object { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.pos += 1;
                        stack >>= 1;
                        nested -= 1;
                    } else {
                        if is_object {
                            self.key()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => {
                    self.string::<SKIP>()?;
                }
                Some(b't') => self.literal(b"true")?,
                Some(b'f') => self.literal(b"false")?,
                Some(b'n') => self.literal(b"null")?,
                Some(b'-' | b'0'..=b'9') => self.number()?,
                _ => return Err(self.unexpected()),
            }
            // After a value: close what is finished, or move to the next element.
            loop {
                if nested == 0 {
                    return Ok(());
                }
                let in_object = stack & 1 == 1;
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.skip_whitespace();
                        if in_object {
                            self.key()?;
                        }
                        break;
                    }
                    Some(b'}') if in_object => {}
                    Some(b']') if !in_object => {}
                    _ => return Err(self.unexpected()),
                }
                self.pos += 1;
                stack >>= 1;
                nested -= 1;
            }
            self.skip_whitespace();
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<(), MalformedReason> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected()),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.at_least_one_digit()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.at_least_one_digit()?;
        }
        Ok(())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Result<(), MalformedReason> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            _ => Err(self.unexpected()),
        }
    }

    /// A string without escapes after its opening quote: moves past it and gives its text, or
    /// `None` for any other string (and `pos` stays).
    #[inline]
    fn plain_rest(&mut self) -> Option<&'a str> {
        let bytes = self.bytes;
        let start = self.pos;
        let end = plain_end(bytes, start).ok()?;
        if bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            Some(checked_text(&bytes[start..end]))
        } else {
            None
        }
    }

    /// A string, at its opening quote: see [`string_rest`](Self::string_rest).
    #[inline]
    fn string<const KEEP: bool>(&mut self) -> Result<Cow<'a, str>, MalformedReason> {
        self.pos += 1;
        self.string_rest::<KEEP>()
    }

    /// A string after its opening quote, borrowed when it has no escape. A string with escapes is
    /// built only when `KEEP` (a skipped one is checked, not built: the result is then empty).
    #[inline]
    fn string_rest<const KEEP: bool>(&mut self) -> Result<Cow<'a, str>, MalformedReason> {
        let bytes = self.bytes;
        let start = self.pos;
        let end = plain_end(bytes, start)
            .map_err(|valid_up_to| MalformedReason::InvalidUtf8 { valid_up_to })?;
        match bytes.get(end) {
            Some(b'"') => {
                self.pos = end + 1;
                Ok(Cow::Borrowed(checked_text(&bytes[start..end])))
            }
            Some(b'\\') => self.unescaped_rest::<KEEP>(start, end),
            // `plain_end` stops only at a quote, a backslash or a control character.
            Some(_) => Err(MalformedReason::Syntax { offset: end }),
            None => Err(MalformedReason::Truncated),
        }
    }

    /// The rest of a string that began at `start` and has its first backslash at `backslash`:
    /// escapes and plain runs in turn until the closing quote, the runs copied a chunk at a time.
    /// Out of line, so that a plain string's path stays small.
    #[inline(never)]
    fn unescaped_rest<const KEEP: bool>(
        &mut self,
        start: usize,
        backslash: usize,
    ) -> Result<Cow<'a, str>, MalformedReason> {
        let bytes = self.bytes;
        let mut text = Vec::new();
        if KEEP {
            // Unescaping never lengthens a string: what is left of the input bounds it, so one
            // allocation holds most strings whole.
            text.reserve((bytes.len() - start).min(MAX_RESERVE));
            text.extend_from_slice(&bytes[start..backslash]);
        }
        self.pos = backslash;
        loop {
            match bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    // SAFETY: `text` holds plain runs, whose bytes are ASCII or runs beyond ASCII
                    // that `str::from_utf8` accepted, and whole characters that escapes encode.
                    return Ok(Cow::Owned(unsafe { String::from_utf8_unchecked(text) }));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    match self.escape()? {
                        Escape::Byte(byte) => {
                            if KEEP {
                                text.push(byte);
                            }
                        }
                        Escape::Char(character) => {
                            if KEEP {
                                let mut buffer = [0; 4];
                                text.extend_from_slice(
                                    character.encode_utf8(&mut buffer).as_bytes(),
                                );
                            }
                        }
                    }
                }
                Some(byte) if !byte.is_ascii() => {
                    let end = beyond_ascii_end(bytes, self.pos)
                        .map_err(|valid_up_to| MalformedReason::InvalidUtf8 { valid_up_to })?;
                    if KEEP {
                        text.extend_from_slice(&bytes[self.pos..end]);
                    }
                    self.pos = end;
                }
                // `copy_plain` and `plain_end` stop only at the bytes above or a control character.
                Some(_) => return Err(MalformedReason::Syntax { offset: self.pos }),
                None => return Err(MalformedReason::Truncated),
            }
            self.pos = if KEEP {
                plain_run::copy_plain::<BEYOND_ASCII>(bytes, self.pos, &mut text)
            } else {
                plain_run::plain_end::<BEYOND_ASCII>(bytes, self.pos)
            };
        }
    }

    /// What an escape stands for, just after its backslash. Always inline, with `\uXXXX` out of
    /// line: a string of text has many escapes, and the common ones are a byte each.
    #[inline(always)]
    fn escape(&mut self) -> Result<Escape, MalformedReason> {
        let Some(byte) = self.peek() else {
            return Err(MalformedReason::Truncated);
        };
        self.pos += 1;
        Ok(Escape::Byte(match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => return self.unicode_escape().map(Escape::Char),
            _ => {
                return Err(MalformedReason::Syntax {
                    offset: self.pos - 1,
                });
            }
        }))
    }

    /// `\uXXXX`, after its `u`, with a surrogate pair joined; a lone surrogate is refused, as
    /// serde_json refuses it (a Rust string cannot hold one).
    #[inline(never)]
    fn unicode_escape(&mut self) -> Result<char, MalformedReason> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                let at = self.pos;
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    // Only the end of the body where `\u` would start: the pair was cut off.
                    return Err(if b"\\u".starts_with(&self.bytes[self.pos..]) {
                        MalformedReason::Truncated
                    } else {
                        MalformedReason::Syntax { offset: at }
                    });
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(MalformedReason::Syntax { offset: at });
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => {
                return Err(MalformedReason::Syntax {
                    offset: self.pos - 6,
                });
            }
            scalar => scalar,
        };
        char::from_u32(code).ok_or(MalformedReason::Syntax { offset: self.pos })
    }

    fn hex4(&mut self) -> Result<u32, MalformedReason> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(MalformedReason::Truncated),
                Some(byte @ b'0'..=b'9') => byte - b'0',
                Some(byte @ b'a'..=b'f') => byte - b'a' + 10,
                Some(byte @ b'A'..=b'F') => byte - b'A' + 10,
                Some(_) => return Err(MalformedReason::Syntax { offset: self.pos }),
            };
            value = value * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{MalformedReason, Slot, read_body};

    /// Byte sequences beyond ASCII, UTF-8 or not: `str::from_utf8` is the judge.
    const BEYOND_ASCII: &[&[u8]] = &[
        "é".as_bytes(),
        "€".as_bytes(),
        "😀".as_bytes(),
        "中文".as_bytes(),
        b"\x80",
        b"\xbf",
        b"\xc0\xaf",
        b"\xc2",
        b"\xe2\x82",
        b"\xed\xa0\x80",
        b"\xf0\x9f\x98",
        b"\xf4\x90\x80\x80",
        b"\xf8\x88\x80\x80\x80",
        b"\xfe",
        b"\xff",
        b"\xe2\x82\xac\xe2",
    ];

    #[test]
    fn strings_beyond_ascii_are_read_where_they_are_utf8() {
        // In a kept value, in a key and in a skipped value; after a plain run of every length the
        // chunks and words can stop at, with and without an escape before it.
        for sequence in BEYOND_ASCII {
            for before in 0..70 {
                for escape in ["", "\\n"] {
                    let mut text = "a".repeat(before).into_bytes();
                    text.extend_from_slice(escape.as_bytes());
                    text.extend_from_slice(sequence);
                    text.push(b'z');
                    let bodies = [
                        [&br#"{"code":"A","message":""#[..], &text, b"\"}"].concat(),
                        [&br#"{"code":"A",""#[..], &text, b"\":1}"].concat(),
                        [&br#"{"code":"A","x":["#[..], b"\"", &text, b"\"]}"].concat(),
                    ];
                    for (index, body) in bodies.iter().enumerate() {
                        let read = read_body(body);
                        match std::str::from_utf8(body) {
                            Err(error) => assert_eq!(
                                read.err(),
                                Some(MalformedReason::InvalidUtf8 {
                                    valid_up_to: error.valid_up_to()
                                }),
                                "{body:?}"
                            ),
                            Ok(_) if index == 0 => {
                                let message =
                                    std::str::from_utf8(&text).unwrap().replace("\\n", "\n");
                                assert_eq!(
                                    read.map(|fields| fields.message),
                                    Ok(Slot::Text(Cow::Owned(message))),
                                    "{body:?}"
                                );
                            }
                            Ok(_) => assert!(read.is_ok(), "{body:?}"),
                        }
                    }
                }
            }
        }
    }
}
