//! A JSON scanner for the error body that borrows from the input and keeps only the three keys.
//!
//! It checks the whole body is one JSON object (RFC 8259 grammar) but builds nothing for the
//! values it skips, and it skips nested values with a loop and a bit stack, not recursion, so no
//! input can overflow the stack. It allocates only to unescape a kept string that has escapes.

use std::borrow::Cow;

use super::malformed::{BodyField, MalformedReason};

/// How deep arrays and objects may nest, the outer object included: serde_json's limit (it
/// refuses the 128th level), so that both accept the same bodies.
pub(crate) const MAX_DEPTH: usize = 127;

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
    pub(crate) fn text(self, field: BodyField) -> Result<Option<Cow<'a, str>>, MalformedReason> {
        match self {
            Self::Absent | Self::Null => Ok(None),
            Self::Text(text) => Ok(Some(text)),
            Self::WrongType => Err(MalformedReason::NotAString { field }),
        }
    }
}

/// The three keys of `text`, which must hold one JSON object and nothing else but whitespace.
pub(crate) fn scan_body(text: &str) -> Result<Fields<'_>, MalformedReason> {
    match scan_usual(text) {
        Some(fields) => Ok(fields),
        None => scan_general(text),
    }
}

/// [`scan_body`] without the fast path: any body.
fn scan_general(text: &str) -> Result<Fields<'_>, MalformedReason> {
    let mut scanner = Scanner { text, pos: 0 };
    scanner.skip_whitespace();
    let fields = match scanner.peek() {
        None => return Err(MalformedReason::Empty),
        Some(b'{') => scanner.object()?,
        Some(b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
            // Valid JSON of another kind says something different from garbage: tell them apart.
            scanner.skip_value(0)?;
            scanner.end()?;
            return Err(MalformedReason::NotAnObject);
        }
        Some(_) => return Err(MalformedReason::NotJson),
    };
    scanner.end()?;
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

/// The fast path for a body in the shape services and [`ErrorBody`](crate::ErrorBody) write:
/// `{"requestId":"…","code":"…","message":"…"}`, the three keys once each, with no other key, no
/// whitespace but at the end, and no escapes. `None` for anything else, which the general scanner
/// then reads from the start: this only ever accepts bodies the general scanner reads as the same
/// three strings. The order above is tried first, with constant prefixes; then any order.
#[inline]
fn scan_usual(text: &str) -> Option<Fields<'_>> {
    scan_in_order(text).or_else(|| scan_any_order(text))
}

/// [`scan_usual`] for the keys in the order `requestId`, `code`, `message`.
#[inline]
fn scan_in_order(text: &str) -> Option<Fields<'_>> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let request_id = string_after(text, &mut pos, br#"{"requestId":""#)?;
    let code = string_after(text, &mut pos, br#"","code":""#)?;
    let message = string_after(text, &mut pos, br#"","message":""#)?;
    let rest = bytes.get(pos..)?.strip_prefix(b"\"}")?;
    is_whitespace(rest).then_some(Fields {
        request_id,
        code,
        message,
    })
}

/// [`scan_usual`] for the keys in any order.
#[inline(never)]
fn scan_any_order(text: &str) -> Option<Fields<'_>> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'{') {
        return None;
    }
    let mut fields = Fields::default();
    let mut pos = 1;
    for close in [b',', b',', b'}'] {
        // The key's first letter tells which it can be; one compare checks it.
        let (slot, start) = match bytes.get(pos + 1) {
            Some(b'r') => (
                &mut fields.request_id,
                after(bytes, pos, br#""requestId":""#)?,
            ),
            Some(b'c') => (&mut fields.code, after(bytes, pos, br#""code":""#)?),
            Some(b'm') => (&mut fields.message, after(bytes, pos, br#""message":""#)?),
            _ => return None,
        };
        // A key given twice is the general scanner's case (last wins).
        if !matches!(slot, Slot::Absent) {
            return None;
        }
        let end = find_special(bytes, start);
        if bytes.get(end) != Some(&b'"') || bytes.get(end + 1) != Some(&close) {
            return None;
        }
        // Both ends are at ASCII bytes (a quote), so on character boundaries.
        *slot = Slot::Text(Cow::Borrowed(text.get(start..end)?));
        pos = end + 2;
    }
    is_whitespace(bytes.get(pos..)?).then_some(fields)
}

/// Whether `bytes` are all JSON whitespace.
#[inline]
fn is_whitespace(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|byte| matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
}

/// The plain string that follows `prefix` (which ends with its opening quote) at `pos`, moving
/// `pos` to its closing quote; `None` when the prefix is not there or the string is not plain.
#[inline(always)]
fn string_after<'a, const N: usize>(
    text: &'a str,
    pos: &mut usize,
    prefix: &[u8; N],
) -> Option<Slot<'a>> {
    let bytes = text.as_bytes();
    let start = after(bytes, *pos, prefix)?;
    let end = find_special(bytes, start);
    if bytes.get(end) != Some(&b'"') {
        return None;
    }
    *pos = end;
    // Both ends are at ASCII bytes (a quote), so on character boundaries.
    text.get(start..end)
        .map(|text| Slot::Text(Cow::Borrowed(text)))
}

/// Where what follows `prefix` at `pos` starts, when `prefix` is there. The prefix is a constant
/// array so that it is compared inline, not by a `memcmp` call.
#[inline(always)]
fn after<const N: usize>(bytes: &[u8], pos: usize, prefix: &[u8; N]) -> Option<usize> {
    let end = pos + N;
    let found: &[u8; N] = bytes.get(pos..end)?.try_into().ok()?;
    (found == prefix).then_some(end)
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The error for what stands at `pos` when it is not what the grammar wants.
    fn unexpected(&self) -> MalformedReason {
        if self.pos >= self.text.len() {
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
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(MalformedReason::TrailingCharacters { offset: self.pos })
        }
    }

    /// The outer object, at its `{`.
    fn object(&mut self) -> Result<Fields<'a>, MalformedReason> {
        let mut fields = Fields::default();
        self.pos += 1;
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(fields);
        }
        loop {
            let slot = match self.key()? {
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

    /// A key and its colon, with the whitespace after both; at the key's opening quote.
    fn key(&mut self) -> Result<Key, MalformedReason> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected());
        }
        let key = match self.plain_string() {
            Some(plain) => Key::of(plain),
            // With escapes, the key is compared once unescaped: `"\u0063ode"` is `code`.
            None => Key::of(&self.string(true)?),
        };
        self.skip_whitespace();
        self.expect(b':')?;
        self.skip_whitespace();
        Ok(key)
    }

    /// The value of a kept key.
    fn slot(&mut self) -> Result<Slot<'a>, MalformedReason> {
        match self.peek() {
            Some(b'"') => Ok(Slot::Text(match self.plain_string() {
                Some(plain) => Cow::Borrowed(plain),
                None => self.string(true)?,
            })),
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

    fn literal(&mut self, word: &[u8]) -> Result<(), MalformedReason> {
        let rest = &self.text.as_bytes()[self.pos..];
        if rest.starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else if word.starts_with(rest) {
            Err(MalformedReason::Truncated)
        } else {
            Err(MalformedReason::Syntax { offset: self.pos })
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
                    if self.plain_string().is_none() {
                        self.string(false)?;
                    }
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

    /// A string without escapes, at its opening quote: the fast path. Moves past it and gives its
    /// text when it ends at a quote before any backslash or control character; otherwise leaves
    /// `pos` where it was, at the opening quote, for [`string`](Self::string).
    #[inline]
    fn plain_string(&mut self) -> Option<&'a str> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.pos + 1;
        let end = find_special(bytes, start);
        if bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            // Both ends are at ASCII bytes (a quote), so on character boundaries.
            text.get(start..end)
        } else {
            None
        }
    }

    /// A string, at its opening quote. Borrowed when it has no escape; built only when `keep`
    /// (a skipped string is checked, not built: the result is then empty). The general path, for
    /// strings with escapes or errors.
    #[inline(never)]
    fn string(&mut self, keep: bool) -> Result<Cow<'a, str>, MalformedReason> {
        let bytes = self.text.as_bytes();
        self.pos += 1;
        let start = self.pos;
        let mut built: Option<String> = None;
        let mut run = start;
        loop {
            self.pos = find_special(bytes, self.pos);
            let Some(&byte) = bytes.get(self.pos) else {
                return Err(MalformedReason::Truncated);
            };
            match byte {
                b'"' => {
                    let text = &self.text[run..self.pos];
                    self.pos += 1;
                    return Ok(match built {
                        Some(mut built) => {
                            built.push_str(text);
                            Cow::Owned(built)
                        }
                        None => Cow::Borrowed(if keep {
                            &self.text[start..self.pos - 1]
                        } else {
                            ""
                        }),
                    });
                }
                b'\\' => {
                    let text = &self.text[run..self.pos];
                    self.pos += 1;
                    let unescaped = self.escape()?;
                    if keep {
                        let built =
                            built.get_or_insert_with(|| String::with_capacity(text.len() + 16));
                        built.push_str(text);
                        built.push(unescaped);
                    }
                    run = self.pos;
                }
                // `find_special` stops only at a quote, a backslash or a control character.
                _ => return Err(MalformedReason::Syntax { offset: self.pos }),
            }
        }
    }

    /// The character an escape stands for, just after its backslash.
    fn escape(&mut self) -> Result<char, MalformedReason> {
        let Some(byte) = self.peek() else {
            return Err(MalformedReason::Truncated);
        };
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                return Err(MalformedReason::Syntax {
                    offset: self.pos - 1,
                });
            }
        })
    }

    /// `\uXXXX`, after its `u`, with a surrogate pair joined; a lone surrogate is refused, as
    /// serde_json refuses it (a Rust string cannot hold one).
    fn unicode_escape(&mut self) -> Result<char, MalformedReason> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                let at = self.pos;
                if self.text.as_bytes().get(self.pos..self.pos + 2) != Some(b"\\u") {
                    // Only the end of the body where `\u` would start: the pair was cut off.
                    return Err(if b"\\u".starts_with(&self.text.as_bytes()[self.pos..]) {
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

/// Where the first byte at or after `pos` that ends a run of plain string bytes stands: a quote, a
/// backslash or a control character (below 0x20); `bytes.len()` when there is none.
///
/// Eight bytes at a time (SWAR): for each byte, `byte - k` borrows into its high bit when the byte
/// is below `k`, and a byte XORed with the quote (or backslash) is zero exactly at a quote. A borrow
/// can only leak upward from a byte that matched, so the lowest flagged byte is the first match.
/// Bytes of 0x80 and above (UTF-8 beyond ASCII) are masked out by their own high bit.
#[inline]
fn find_special(bytes: &[u8], mut pos: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const QUOTES: u64 = u64::from_ne_bytes([b'"'; 8]);
    const BACKSLASHES: u64 = u64::from_ne_bytes([b'\\'; 8]);
    const SPACES: u64 = u64::from_ne_bytes([0x20; 8]);
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let quote = word ^ QUOTES;
        let backslash = word ^ BACKSLASHES;
        let found =
            (quote.wrapping_sub(ONES) | backslash.wrapping_sub(ONES) | word.wrapping_sub(SPACES))
                & !word
                & HIGHS;
        if found != 0 {
            return pos + (found.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while let Some(&byte) = bytes.get(pos) {
        if matches!(byte, b'"' | b'\\' | 0x00..=0x1f) {
            return pos;
        }
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_special` byte by byte, as it was before it read eight at a time.
    fn find_special_naive(bytes: &[u8], pos: usize) -> usize {
        bytes[pos..]
            .iter()
            .position(|&byte| matches!(byte, b'"' | b'\\' | 0x00..=0x1f))
            .map_or(bytes.len(), |found| pos + found)
    }

    #[test]
    fn find_special_finds_the_first_quote_backslash_or_control_byte() {
        // Every byte value at every place of a run of plain bytes, with a second special byte
        // after it (a borrow in the word must not hide or move the first), from every start.
        for special in 0..=u8::MAX {
            for at in 0..20 {
                for filler in [b'a', 0x7f, 0x80, 0xff, b' ', b'!', b'#', b'[', b']'] {
                    let mut bytes = vec![filler; 24];
                    bytes[at] = special;
                    bytes[(at + 1) % 24] = 0x00;
                    for start in 0..=at {
                        assert_eq!(
                            find_special(&bytes, start),
                            find_special_naive(&bytes, start),
                            "{bytes:?} from {start}"
                        );
                    }
                }
            }
        }
        // Pseudo-random bytes, biased towards the bytes the search stops at.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|index| {
                    let pick = state.rotate_left(index as u32 * 5) as u8;
                    match pick % 8 {
                        0 => b'"',
                        1 => b'\\',
                        2 => pick % 0x20,
                        3 => 0x20 + pick % 4,
                        _ => pick | 0x20,
                    }
                })
                .collect();
            for start in 0..=len {
                assert_eq!(
                    find_special(&bytes, start),
                    find_special_naive(&bytes, start)
                );
            }
        }
    }

    /// Bodies near the usual shape: the fast path either reads them as the general scanner does,
    /// or leaves them to it.
    #[test]
    fn the_fast_path_agrees_with_the_general_scanner() {
        let bodies = [
            r#"{"requestId":"ae2225f7-1c2e-427a-a1ad-5413b762957d","code":"AccessDenied","message":"Access denied."}"#,
            r#"{"requestId":"","code":"","message":""}"#,
            r#"{"requestId":"r","code":"c","message":"m"} "#,
            "{\"requestId\":\"r\",\"code\":\"c\",\"message\":\"m\"}\t\r\n ",
            r#"{"requestId":"r","code":"c","message":"m"}x"#,
            r#"{"requestId":"r","code":"c","message":"m"}}"#,
            r#"{"requestId":"r","code":"c","message":"m","code":"d"}"#,
            r#"{"requestId":"r","code":"c","message":"m\"q"}"#,
            r#"{"requestId":"r","code":"c\u0041","message":"m"}"#,
            r#"{"requestId":"r","code":"c","message":"\u00e9"}"#,
            r#"{"requestId":"r","code":"c","message":"é 错误"}"#,
            r#"{"requestId":"r","code":"c","message":"m"#,
            r#"{"requestId":"r","code":"c","message":"m""#,
            r#"{"requestId":"r","code":"c","message""#,
            r#"{"requestId":"r","code":"c"}"#,
            r#"{"requestId":"r","message":"m","code":"c"}"#,
            r#"{"requestId":null,"code":"c","message":"m"}"#,
            r#"{"requestId": "r","code":"c","message":"m"}"#,
            r#"{"requestId":"r","code":"c","message":"m","other":1}"#,
            r#"{"requestId":"r","code":"c","message":"a	tab"}"#,
            r#"{"requestId":"r","code":"c","message":"a"#,
            r#"{"requestId":"r","code":"c","message":"0123456789abcdef0123456789"}"#,
            r#" {"requestId":"r","code":"c","message":"m"}"#,
            r#"{"requestId":"r","code":"c","message":"m"} {}"#,
            r#"{"code":"c","message":"m","requestId":"r"}"#,
            r#"{"message":"m","requestId":"r","code":"c"} "#,
            r#"{"code":"c","message":"m"}"#,
            r#"{"code":"c","code":"d","message":"m"}"#,
            r#"{"code":"c","message":"m","requestId":"r","code":"d"}"#,
            r#"{"code":"c","message":"m","requestId":"r",}"#,
            r#"{"code":"c";"message":"m","requestId":"r"}"#,
            r#"{"code":"c","message":"m","requestId":"r""#,
            r#"{"code":"c","message":"m","requestId":"r"]"#,
            r#"{"code":"c","message":"m","requestI":"r"}"#,
            r#"{"code":"","message":"","requestId":""}"#,
        ];
        let mut fast = 0;
        for body in bodies {
            if let Some(fields) = scan_usual(body) {
                fast += 1;
                assert_eq!(Ok(&fields), scan_general(body).as_ref(), "{body}");
            }
            assert_eq!(scan_body(body).ok(), scan_general(body).ok(), "{body}");
        }
        assert_eq!(fast, 10);
    }
}
