//! Where a JSON string's plain run ends: the first byte the writer must escape, or the first byte
//! the reader must look at. Both sides find it the same way, 16 bytes at a time.
//!
//! A *stop* is a quote, a backslash or a control character (below 0x20), and for the reader
//! ([`BEYOND_ASCII`]) also a byte beyond ASCII, whose character the reader checks is UTF-8. The
//! writer's text is a `str` already, so bytes beyond ASCII are copied as they are.

/// The reader's stops: the writer's and every byte beyond ASCII.
pub(crate) const BEYOND_ASCII: bool = true;
/// The writer's stops: quote, backslash and control characters.
pub(crate) const ESCAPES: bool = false;

/// Bytes checked at once: one SSE2 register.
const CHUNK: usize = 16;

/// Where the first stop at or after `from` stands in `bytes`, or `bytes.len()` when there is none.
///
/// Whole chunks from `from`; for the last few bytes the input's last chunk, which overlaps bytes
/// already passed (their bits are shifted out), so that only an input under 16 bytes is read one
/// byte at a time.
#[inline]
pub(crate) fn plain_end<const STOP_BEYOND_ASCII: bool>(bytes: &[u8], from: usize) -> usize {
    let mut at = from.min(bytes.len());
    while let Some(chunk) = bytes[at..].first_chunk::<CHUNK>() {
        let stops = stop_bits::<STOP_BEYOND_ASCII>(chunk);
        if stops != 0 {
            return at + stops.trailing_zeros() as usize;
        }
        at += CHUNK;
    }
    match bytes.last_chunk::<CHUNK>() {
        Some(last) => {
            // `at` is past the start of the last chunk: between 1 and 16 of its bytes are passed.
            let stops = stop_bits::<STOP_BEYOND_ASCII>(last) >> (at + CHUNK - bytes.len());
            if stops == 0 {
                bytes.len()
            } else {
                at + stops.trailing_zeros() as usize
            }
        }
        None => {
            let rest = &bytes[at..];
            at + rest
                .iter()
                .position(|&byte| is_stop::<STOP_BEYOND_ASCII>(byte))
                .unwrap_or(rest.len())
        }
    }
}

/// Appends the plain run of `bytes` from `from` to `out` and returns where it ends, as
/// [`plain_end`] finds it.
///
/// Each whole chunk is appended and then cut back to its first stop: a copy of a constant 16
/// bytes is one move, where a copy of the run's own length is a call, and runs between escapes
/// are short.
#[inline]
pub(crate) fn copy_plain<const STOP_BEYOND_ASCII: bool>(
    bytes: &[u8],
    from: usize,
    out: &mut Vec<u8>,
) -> usize {
    let mut at = from.min(bytes.len());
    while let Some(chunk) = bytes[at..].first_chunk::<CHUNK>() {
        let stops = stop_bits::<STOP_BEYOND_ASCII>(chunk);
        out.extend_from_slice(chunk);
        if stops != 0 {
            let plain = stops.trailing_zeros() as usize;
            out.truncate(out.len() - CHUNK + plain);
            return at + plain;
        }
        at += CHUNK;
    }
    let end = plain_end::<STOP_BEYOND_ASCII>(bytes, at);
    out.extend_from_slice(&bytes[at..end]);
    end
}

/// Whether `byte` is a stop.
#[inline]
pub(crate) const fn is_stop<const STOP_BEYOND_ASCII: bool>(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\' || (STOP_BEYOND_ASCII && byte >= 0x80)
}

/// Bit `i` set when byte `i` of `chunk` is a stop: one vector compare per kind of stop and one
/// mask move.
#[cfg(target_arch = "x86_64")]
#[inline]
fn stop_bits<const STOP_BEYOND_ASCII: bool>(chunk: &[u8; CHUNK]) -> u32 {
    use std::arch::x86_64::{
        __m128i, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128,
    };
    // SAFETY: SSE2 is enabled on every x86-64 target, and the unaligned load reads the 16 bytes
    // of `chunk` and nothing else.
    unsafe {
        let bytes = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        // A signed compare: below 0x20 is a control character or, read as negative, a byte
        // beyond ASCII; the writer takes the negative ones out again.
        let mut low = _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20));
        if !STOP_BEYOND_ASCII {
            low = _mm_andnot_si128(_mm_cmplt_epi8(bytes, _mm_setzero_si128()), low);
        }
        #[allow(clippy::cast_possible_wrap)] // the byte patterns of a quote and a backslash
        let (quote, backslash) = (
            _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'"' as i8)),
            _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'\\' as i8)),
        );
        _mm_movemask_epi8(_mm_or_si128(low, _mm_or_si128(quote, backslash))).cast_unsigned()
    }
}

#[cfg(not(target_arch = "x86_64"))]
use portable_stop_bits as stop_bits;

/// [`stop_bits`] on every other target: eight bytes at a time in a `u64`, each byte's test exact
/// (no carry or borrow crosses a byte), then the flags gathered into bits by one multiply.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline]
fn portable_stop_bits<const STOP_BEYOND_ASCII: bool>(chunk: &[u8; CHUNK]) -> u32 {
    let (low, high) = chunk.split_at(CHUNK / 2);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or_default());
    word_stop_bits::<STOP_BEYOND_ASCII>(word(low))
        | word_stop_bits::<STOP_BEYOND_ASCII>(word(high)) << 8
}

/// The stops of the eight bytes of `word` (little-endian) as its low eight bits.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline]
const fn word_stop_bits<const STOP_BEYOND_ASCII: bool>(word: u64) -> u32 {
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const LOWS: u64 = !HIGHS;
    /// The high bit of each byte of `word` that is zero: adding 0x7f to the low seven bits
    /// carries into the high bit exactly when one of them is set, and never past it.
    const fn zero_bytes(word: u64) -> u64 {
        !(((word & LOWS) + LOWS) | word) & HIGHS
    }
    // The low seven bits plus 0x60 reach the high bit exactly when they are 0x20 or more.
    let below_space = !((word & LOWS) + u64::from_ne_bytes([0x60; 8])) & HIGHS;
    let beyond_ascii = word & HIGHS;
    let control = if STOP_BEYOND_ASCII {
        below_space | beyond_ascii
    } else {
        below_space & !beyond_ascii
    };
    let flags = control
        | zero_bytes(word ^ u64::from_ne_bytes([b'"'; 8]))
        | zero_bytes(word ^ u64::from_ne_bytes([b'\\'; 8]));
    // Bit 8i + 7 of `flags` moves to bit 56 + i; the other products land below bit 56 without
    // reaching it, or above bit 63.
    #[allow(clippy::cast_possible_truncation)] // the eight bits above the shift
    let bits = ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
    bits
}

#[cfg(test)]
mod tests {
    use super::{
        BEYOND_ASCII, CHUNK, ESCAPES, copy_plain, is_stop, plain_end, portable_stop_bits, stop_bits,
    };

    /// The definition the chunked searches must agree with, one byte at a time.
    fn bitwise<const STOP_BEYOND_ASCII: bool>(chunk: &[u8; CHUNK]) -> u32 {
        (0..CHUNK).fold(0, |bits, index| {
            bits | u32::from(is_stop::<STOP_BEYOND_ASCII>(chunk[index])) << index
        })
    }

    #[test]
    fn the_stops_are_the_bytes_each_side_must_look_at() {
        for byte in 0_u8..=255 {
            let escape = byte == b'"' || byte == b'\\' || byte < 0x20;
            assert_eq!(is_stop::<ESCAPES>(byte), escape, "byte {byte:#04x}");
            assert_eq!(
                is_stop::<BEYOND_ASCII>(byte),
                escape || byte >= 0x80,
                "byte {byte:#04x}"
            );
        }
    }

    #[test]
    fn a_chunk_flags_exactly_its_stops_both_ways() {
        // Every byte value at every place, among fillers that are stops or not, and beside a
        // second byte of every value (a carry or borrow between bytes would show there).
        let fillers = [b'a', b' ', b'!', b'#', 0x7f, 0x80, 0xff, b'"', 0x00, 0x1f];
        for special in 0..=u8::MAX {
            for neighbour in [0x00, 0x1f, 0x20, 0x21, b'"', b'\\', 0x7f, 0x80, 0xa0, 0xff] {
                for at in 0..CHUNK {
                    for filler in fillers {
                        let mut chunk = [filler; CHUNK];
                        chunk[at] = special;
                        chunk[(at + 1) % CHUNK] = neighbour;
                        for (found, wanted) in [
                            (stop_bits::<ESCAPES>(&chunk), bitwise::<ESCAPES>(&chunk)),
                            (
                                stop_bits::<BEYOND_ASCII>(&chunk),
                                bitwise::<BEYOND_ASCII>(&chunk),
                            ),
                            (
                                portable_stop_bits::<ESCAPES>(&chunk),
                                bitwise::<ESCAPES>(&chunk),
                            ),
                            (
                                portable_stop_bits::<BEYOND_ASCII>(&chunk),
                                bitwise::<BEYOND_ASCII>(&chunk),
                            ),
                        ] {
                            assert_eq!(found, wanted, "{chunk:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_run_ends_at_the_first_stop_from_any_start() {
        // A stop of every kind at every place of inputs of every length up to three chunks, from
        // every start before it: the whole chunks, the overlapping last chunk and short inputs.
        fn bytewise<const STOP_BEYOND_ASCII: bool>(bytes: &[u8], from: usize) -> usize {
            (from..bytes.len())
                .find(|&at| is_stop::<STOP_BEYOND_ASCII>(bytes[at]))
                .unwrap_or(bytes.len())
        }
        for len in 0..3 * CHUNK + 2 {
            for stop in [
                None,
                Some(b'"'),
                Some(b'\\'),
                Some(0x00),
                Some(0x1f),
                Some(0xc3),
            ] {
                for at in 0..len.max(1) {
                    let mut bytes = vec![b'a'; len];
                    // Stops before every start, so that an overlapped byte must not count.
                    if let (Some(stop), Some(byte)) = (stop, bytes.get_mut(at)) {
                        *byte = stop;
                    }
                    for from in 0..=len {
                        assert_eq!(
                            plain_end::<ESCAPES>(&bytes, from),
                            bytewise::<ESCAPES>(&bytes, from),
                            "{bytes:?} from {from}"
                        );
                        let end = bytewise::<BEYOND_ASCII>(&bytes, from);
                        assert_eq!(
                            plain_end::<BEYOND_ASCII>(&bytes, from),
                            end,
                            "{bytes:?} from {from}"
                        );
                        let mut out = b"kept".to_vec();
                        assert_eq!(copy_plain::<BEYOND_ASCII>(&bytes, from, &mut out), end);
                        assert_eq!(out, [b"kept", &bytes[from.min(end)..end]].concat());
                    }
                }
            }
        }
        assert_eq!(plain_end::<ESCAPES>(b"abc", 7), 3, "a start past the end");
    }
}
