//! The BCE error body on the wire: writing it on the server ([`write`], strings escaped by
//! [`escape`]), reading a response on the client ([`read`], with the JSON reader in [`json`]) into
//! what [`response`] and [`malformed`] define, with the [`headers`] kept; and here, the request ids
//! that both sides carry. Both sides find a string's plain run with [`plain_run`].

pub(crate) mod escape;
pub(crate) mod headers;
pub(crate) mod json;
pub(crate) mod malformed;
pub(crate) mod plain_run;
pub(crate) mod read;
pub(crate) mod response;
pub(crate) mod write;

use std::hash::{BuildHasher, RandomState};

/// The response header that carries the request id, in lowercase as HTTP/2 requires.
pub const REQUEST_ID_HEADER: &str = "x-bce-request-id";

/// A new request id in the official form: a random (version 4) UUID, lowercase and hyphenated,
/// such as `ae2225f7-1c2e-427a-a1ad-5413b762957d`.
///
/// The random bits come from the standard library alone, so that making ids costs no dependency:
/// each call takes a fresh [`RandomState`] (SipHash keys drawn from the operating system's random
/// source once per thread, then a new pair for every call) and hashes two fixed values with it.
/// That is unpredictable to anyone without the keys and unique across threads and processes,
/// which is what a request id needs; it is not meant for secrets.
///
/// ```
/// let id = blb_errors::new_request_id();
/// assert_eq!(id.len(), 36);
/// assert_eq!(id.as_bytes()[14], b'4', "version 4");
/// ```
#[must_use]
pub fn new_request_id() -> String {
    let state = RandomState::new();
    let bits = u128::from(state.hash_one(0_u8)) << 64 | u128::from(state.hash_one(1_u8));
    hyphenated(uuid_v4(bits))
}

/// `bits` with the version (4) and variant (`10`) fields of RFC 9562 set; the other 122 bits are
/// kept.
fn uuid_v4(bits: u128) -> u128 {
    const VERSION: u128 = 0xf << 76;
    const VARIANT: u128 = 0b11 << 62;
    (bits & !VERSION & !VARIANT) | 0x4 << 76 | 0b10 << 62
}

/// The 8-4-4-4-12 lowercase hex form.
fn hyphenated(uuid: u128) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(36);
    for index in 0..32 {
        if matches!(index, 8 | 12 | 16 | 20) {
            text.push('-');
        }
        let nibble = (uuid >> (124 - 4 * index)) & 0xf;
        // A nibble indexes the 16 digits.
        #[allow(clippy::cast_possible_truncation)]
        text.push(char::from(HEX[nibble as usize]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{hyphenated, uuid_v4};

    #[test]
    fn the_version_and_variant_are_set_and_the_other_bits_kept() {
        assert_eq!(
            hyphenated(uuid_v4(0)),
            "00000000-0000-4000-8000-000000000000"
        );
        assert_eq!(
            hyphenated(uuid_v4(u128::MAX)),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(
            hyphenated(uuid_v4(0xae22_25f7_1c2e_f27a_e1ad_5413_b762_957d)),
            "ae2225f7-1c2e-427a-a1ad-5413b762957d"
        );
    }
}
