//! A whole HTTP response as `curl -i` prints it: status lines, headers, then the body.

/// What the tool needs of a raw response.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct RawResponse<'a> {
    pub(crate) status: u16,
    pub(crate) request_id: Option<&'a str>,
    pub(crate) debug_id: Option<&'a str>,
    pub(crate) body: &'a [u8],
}

/// Whether `bytes` start, after blank space, with an HTTP status line.
pub(crate) fn is_raw_response(bytes: &[u8]) -> bool {
    bytes.trim_ascii_start().starts_with(b"HTTP/")
}

/// The last response of a `curl -i` dump. `curl` prints a header block for each response it
/// reads (an interim `100 Continue`, a proxy's answer to `CONNECT`, each redirect under `-L`)
/// and the body of the last one only, so every block that another status line follows is
/// skipped. Lines end in CRLF or, in a file edited since, in LF.
pub(crate) fn parse_raw_response(bytes: &[u8]) -> Result<RawResponse<'_>, String> {
    let mut rest = bytes.trim_ascii_start();
    loop {
        let (line, after) = split_line(rest);
        let status = status(line)?;
        let (mut request_id, mut debug_id) = (None, None);
        rest = after;
        while !rest.is_empty() {
            let (line, after) = split_line(rest);
            rest = after;
            if line.is_empty() {
                break;
            }
            let (name, value) = header(line)?;
            if name.eq_ignore_ascii_case(b"x-bce-request-id") {
                request_id = value;
            } else if name.eq_ignore_ascii_case(b"x-bce-debug-id") {
                debug_id = value;
            }
        }
        if !rest.starts_with(b"HTTP/") {
            return Ok(RawResponse {
                status,
                request_id,
                debug_id,
                body: rest,
            });
        }
    }
}

/// The line up to its LF (a CR before it dropped), and what follows.
fn split_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    let (line, rest) = match bytes.iter().position(|&byte| byte == b'\n') {
        Some(end) => (&bytes[..end], &bytes[end + 1..]),
        None => (bytes, &[][..]),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), rest)
}

/// The status of `HTTP/1.1 404 Not Found` or `HTTP/2 404`.
fn status(line: &[u8]) -> Result<u16, String> {
    let mut words = line
        .split(|&byte| byte == b' ')
        .filter(|word| !word.is_empty());
    let status = match (words.next(), words.next()) {
        (Some(version), Some(status)) if version.starts_with(b"HTTP/") && status.len() == 3 => {
            std::str::from_utf8(status)
                .ok()
                .and_then(|status| status.parse::<u16>().ok())
                .filter(|status| (100..=599).contains(status))
        }
        _ => None,
    };
    status.ok_or_else(|| {
        format!(
            "not an HTTP status line (such as `HTTP/1.1 404 Not Found`): `{}`",
            shown(line)
        )
    })
}

/// A header's name and its value, the value `None` unless it is UTF-8.
fn header(line: &[u8]) -> Result<(&[u8], Option<&str>), String> {
    let colon = line
        .iter()
        .position(|&byte| byte == b':')
        .filter(|&colon| colon > 0 && line[..colon].iter().all(|&byte| is_token(byte)))
        .ok_or_else(|| {
            format!(
                "not a header line (`name: value`), and no blank line before it: `{}`",
                shown(line)
            )
        })?;
    let value = std::str::from_utf8(&line[colon + 1..])
        .ok()
        .map(|value| value.trim_matches([' ', '\t']));
    Ok((&line[..colon], value))
}

/// Whether `byte` may stand in a header's name (RFC 9110's `tchar`).
fn is_token(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// The start of a line, for an error message.
fn shown(line: &[u8]) -> String {
    String::from_utf8_lossy(line).chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::{RawResponse, parse_raw_response};

    #[test]
    fn interim_and_redirect_blocks_give_way_to_the_last_response() {
        let dump = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 302 Found\r\nLocation: /b\r\nx-bce-request-id: first\r\n\r\nHTTP/2 404 \r\nX-Bce-Request-Id: second\r\nx-bce-debug-id:\tdebug \r\n\r\n{\"code\":\"NoSuchKey\"}\r\n";
        assert_eq!(
            parse_raw_response(dump),
            Ok(RawResponse {
                status: 404,
                request_id: Some("second"),
                debug_id: Some("debug"),
                body: b"{\"code\":\"NoSuchKey\"}\r\n",
            })
        );
    }

    #[test]
    fn line_feeds_alone_and_a_response_without_a_body_are_read() {
        let dump = b"\n  HTTP/1.1 503 Service Unavailable\nServer: nginx\n";
        assert_eq!(
            parse_raw_response(dump),
            Ok(RawResponse {
                status: 503,
                request_id: None,
                debug_id: None,
                body: b"",
            })
        );
    }

    #[test]
    fn a_line_that_is_neither_status_nor_header_is_an_error() {
        for dump in [
            &b"HTTP/1.1 4040 Nope\r\n\r\n"[..],
            b"HTTP/1.1 099\r\n\r\n",
            b"{\"code\":\"NoSuchKey\"}",
            b"HTTP/1.1 404 Not Found\r\n{\"code\":\"NoSuchKey\"}",
        ] {
            assert!(parse_raw_response(dump).is_err(), "{dump:?}");
        }
    }
}
