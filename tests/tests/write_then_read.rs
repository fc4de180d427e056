//! Write, then read: `from_wire(code, &value.to_string(), status)` gives back a value whenever
//! the message has a reading, for every shape of variant, with field text made to contain the
//! template's own literals.
//!
//! A *reading* of a message is a text for each field such that the template with those texts in
//! place is the message, a field written twice has the same text at each place, and each typed
//! field's text parses and is what its value writes (`80`, never `080`). The written message has
//! at least one: the original's. When it has exactly one, the value read back is the original;
//! when it has more (a name holding ` of ` before a number), any of them may be read back, and
//! the value read back writes the same message. The brute-force reader below finds every reading
//! independently of the library's reader. Out of scope: a template with two placeholders side by
//! side, whose readings cannot be told apart and which never matches; and messages with more
//! splits than the library tries (field text here is at most five short pieces).

use blb_errors::ApiError;
use proptest::prelude::*;

#[derive(Debug, Clone, PartialEq, ApiError)]
enum Shape {
    /// A string at the start, a number at the end.
    #[api(code = "StartEnd", status = 400, message = "{name} of {port}")]
    StartEnd { name: String, port: u16 },
    /// Tuple fields in the middle: a string, a signed number and a flag.
    #[api(code = "Middle", status = 400, message = "Listener '{0}' on {1}: {2}.")]
    Middle(String, i64, bool),
    /// One-character literals, a flag first.
    #[api(code = "Short", status = 400, message = "{open}/{path}/{owner}")]
    Short {
        open: bool,
        path: String,
        owner: String,
    },
    /// A field written twice.
    #[api(code = "Repeat", status = 400, message = "[{0}] is [{0}] x{1}")]
    Repeat(String, i64),
    /// A literal that overlaps itself, closing the message.
    #[api(code = "Overlap", status = 400, message = "{0}aa{1}aa")]
    Overlap(String, String),
    /// A signed number first, whose `-` is also the literal.
    #[api(code = "Typed", status = 400, message = "{count}-{name}-{port}")]
    Typed { count: i64, name: String, port: u16 },
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    U16,
    I64,
    Bool,
}

impl Kind {
    /// Whether `text` is the text of a value of this kind.
    fn reads(self, text: &str) -> bool {
        match self {
            Self::Text => true,
            Self::U16 => text
                .parse::<u16>()
                .is_ok_and(|value| value.to_string() == text),
            Self::I64 => text
                .parse::<i64>()
                .is_ok_and(|value| value.to_string() == text),
            Self::Bool => text
                .parse::<bool>()
                .is_ok_and(|value| value.to_string() == text),
        }
    }
}

enum Piece {
    Literal(&'static str),
    Field(usize),
}

use Piece::{Field, Literal};

/// Each shape's template, split by hand, and its fields' kinds.
fn template(code: &str) -> (Vec<Piece>, Vec<Kind>) {
    match code {
        "StartEnd" => (
            vec![Field(0), Literal(" of "), Field(1)],
            vec![Kind::Text, Kind::U16],
        ),
        "Middle" => (
            vec![
                Literal("Listener '"),
                Field(0),
                Literal("' on "),
                Field(1),
                Literal(": "),
                Field(2),
                Literal("."),
            ],
            vec![Kind::Text, Kind::I64, Kind::Bool],
        ),
        "Short" => (
            vec![Field(0), Literal("/"), Field(1), Literal("/"), Field(2)],
            vec![Kind::Bool, Kind::Text, Kind::Text],
        ),
        "Repeat" => (
            vec![
                Literal("["),
                Field(0),
                Literal("] is ["),
                Field(0),
                Literal("] x"),
                Field(1),
            ],
            vec![Kind::Text, Kind::I64],
        ),
        "Overlap" => (
            vec![Field(0), Literal("aa"), Field(1), Literal("aa")],
            vec![Kind::Text, Kind::Text],
        ),
        "Typed" => (
            vec![Field(0), Literal("-"), Field(1), Literal("-"), Field(2)],
            vec![Kind::I64, Kind::Text, Kind::U16],
        ),
        other => panic!("no template for {other}"),
    }
}

/// Every reading of `message`: for each field, every text at every character boundary.
fn readings(pieces: &[Piece], kinds: &[Kind], message: &str) -> Vec<Vec<String>> {
    fn walk(
        pieces: &[Piece],
        kinds: &[Kind],
        rest: &str,
        texts: &mut Vec<Option<String>>,
        found: &mut Vec<Vec<String>>,
    ) {
        let Some((piece, later)) = pieces.split_first() else {
            if rest.is_empty() {
                found.push(
                    texts
                        .iter()
                        .map(|text| text.clone().unwrap_or_default())
                        .collect(),
                );
            }
            return;
        };
        match piece {
            Literal(text) => {
                if let Some(rest) = rest.strip_prefix(text) {
                    walk(later, kinds, rest, texts, found);
                }
            }
            Field(index) => {
                if let Some(text) = texts[*index].clone() {
                    if let Some(rest) = rest.strip_prefix(text.as_str()) {
                        walk(later, kinds, rest, texts, found);
                    }
                    return;
                }
                for end in (0..=rest.len()).filter(|&end| rest.is_char_boundary(end)) {
                    let text = &rest[..end];
                    if kinds[*index].reads(text) {
                        texts[*index] = Some(text.to_owned());
                        walk(later, kinds, &rest[end..], texts, found);
                        texts[*index] = None;
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        pieces,
        kinds,
        message,
        &mut vec![None; kinds.len()],
        &mut found,
    );
    found
}

/// Field text built from the templates' literals and their pieces.
fn text() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "a", "b", " ", "of", " of ", "'", "' on ", ":", ": ", ".", "/", "[", "]", "] is [", "x",
        "aa", "-", "0", "1", "80", "true", "é",
    ];
    prop::collection::vec(prop::sample::select(PIECES), 0..=5).prop_map(|pieces| pieces.concat())
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        (text(), any::<u16>()).prop_map(|(name, port)| Shape::StartEnd { name, port }),
        (text(), any::<i64>(), any::<bool>()).prop_map(|(a, b, c)| Shape::Middle(a, b, c)),
        (any::<bool>(), text(), text()).prop_map(|(open, path, owner)| Shape::Short {
            open,
            path,
            owner
        }),
        (text(), any::<i64>()).prop_map(|(a, b)| Shape::Repeat(a, b)),
        (text(), text()).prop_map(|(a, b)| Shape::Overlap(a, b)),
        (-3_i64..=3, text(), any::<u16>()).prop_map(|(count, name, port)| Shape::Typed {
            count,
            name,
            port
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn a_written_message_reads_back(value in shape()) {
        let (code, message) = (value.code(), value.to_string());
        let (pieces, kinds) = template(code);
        let all = readings(&pieces, &kinds, &message);
        prop_assert!(!all.is_empty(), "the brute-force reader misses the original of {message:?}");

        let read = Shape::from_wire(code, &message, 400);
        prop_assert!(read.is_some(), "{message:?} has {} readings, none read", all.len());
        let read = read.unwrap();
        prop_assert_eq!(read.to_string(), message);
        if all.len() == 1 {
            prop_assert_eq!(read, value);
        }
    }
}

#[test]
fn the_brute_force_reader_counts_every_reading() {
    let (pieces, kinds) = template("StartEnd");
    assert_eq!(readings(&pieces, &kinds, "a of 80").len(), 1);
    assert_eq!(readings(&pieces, &kinds, "a of 1 of 80").len(), 1);
    assert_eq!(readings(&pieces, &kinds, "a of 080").len(), 0);
    let (pieces, kinds) = template("Short");
    assert_eq!(readings(&pieces, &kinds, "true/a/b/c").len(), 2);
    let (pieces, kinds) = template("Repeat");
    assert_eq!(readings(&pieces, &kinds, "[a] is [b] x1").len(), 0);
    assert_eq!(readings(&pieces, &kinds, "[a] is [a] x1").len(), 1);
}
