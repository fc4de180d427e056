//! Request parameters read as strictly as the service reads them: the query percent-decoded, and
//! port numbers in their one canonical spelling.

/// Where a query string cannot be percent-decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum BadQuery {
    /// A parameter name: the URI itself is unreadable.
    Name,
    /// The value of the parameter so named.
    Value(String),
}

/// The query's `name=value` pairs, in order, percent-decoded as RFC 3986 does it (`+` is a plus
/// sign, not a space). A pair without `=` has an empty value.
pub fn query_pairs(query: &str) -> Result<Vec<(String, String)>, BadQuery> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode(name).ok_or(BadQuery::Name)?;
            let value = percent_decode(value).ok_or_else(|| BadQuery::Value(name.clone()))?;
            Ok((name, value))
        })
        .collect()
}

/// `text` with each `%XY` replaced by its byte; `None` when a `%` is not followed by two hex
/// digits or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let [high, low, tail @ ..] = tail else {
                return None;
            };
            let high = char::from(*high).to_digit(16)?;
            let low = char::from(*low).to_digit(16)?;
            bytes.push(u8::try_from(high << 4 | low).ok()?);
            rest = tail;
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

/// A port number as the service accepts it: decimal digits only, no sign, no leading zero, 1 to
/// 65535. `u16::from_str` would also take `+80` and `080`.
pub fn port(text: &str) -> Option<u16> {
    let canonical = !text.is_empty()
        && !text.starts_with('0')
        && text.bytes().all(|byte| byte.is_ascii_digit());
    if canonical { text.parse().ok() } else { None }
}

/// A port number in a JSON body: an integer from 1 to 65535 (not `80.0`, not `"80"`).
pub fn json_port(value: &serde_json::Value) -> Option<u16> {
    value
        .as_u64()
        .and_then(|port| u16::try_from(port).ok())
        .filter(|&port| port != 0)
}
