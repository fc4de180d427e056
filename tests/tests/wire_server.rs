//! Writing error bodies: the direct writer and serde give the same bytes, in the official form.

use std::borrow::Cow;
use std::fmt;

use blb_errors::{
    ApiError, BceError, BlbError, CatalogueEntry, ErrorBody, REQUEST_ID_HEADER, UnknownCode,
};

fn both_ways<E: ApiError + ?Sized>(error: &E, request_id: &str) -> String {
    let body = ErrorBody::new(error, request_id);
    let direct = body.to_vec();
    let serde = serde_json::to_vec(&body).expect("a body serializes");
    assert_eq!(
        String::from_utf8_lossy(&direct),
        String::from_utf8_lossy(&serde)
    );
    String::from_utf8(direct).expect("UTF-8")
}

#[test]
fn a_static_message_gives_the_official_body() {
    let body = both_ways(
        &BlbError::ListenerNotFound,
        "ae2225f7-1c2e-427a-a1ad-5413b762957d",
    );
    assert_eq!(
        body,
        r#"{"requestId":"ae2225f7-1c2e-427a-a1ad-5413b762957d","code":"ListenerNotFound","message":"The specified listener does not exist."}"#
    );
}

#[test]
fn every_static_code_of_both_catalogues_writes_as_serde_json_does() {
    for entry in BlbError::catalogue() {
        let Some(error) = BlbError::from_code(entry.code()) else {
            assert!(entry.has_placeholders(), "{}", entry.code());
            continue;
        };
        let body: serde_json::Value =
            serde_json::from_str(&both_ways(&error, "r\"1")).expect("valid JSON");
        assert_eq!(body["code"], entry.code());
        assert_eq!(body["message"], entry.template());
        assert_eq!(body["requestId"], "r\"1");
    }
}

#[test]
fn fields_and_request_ids_are_escaped() {
    let tricky = "a\"b\\c/d\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} é ✓ 🦀";
    let error = BlbError::InvalidParameter {
        name: tricky.into(),
    };
    let body = both_ways(&error, tricky);
    let parsed: serde_json::Value = serde_json::from_str(&body).expect("valid JSON");
    assert_eq!(parsed["requestId"], tricky);
    assert_eq!(
        parsed["message"],
        format!("The parameter '{tricky}' is invalid.")
    );
    assert!(body.contains(r#"\u0001\u001f"#), "{body}");

    let unknown = BlbError::Unknown(UnknownCode::new(tricky, tricky, 500));
    let parsed: serde_json::Value =
        serde_json::from_str(&both_ways(&unknown, "r")).expect("valid JSON");
    assert_eq!(
        (&parsed["code"], &parsed["message"]),
        (&tricky.into(), &tricky.into())
    );
}

#[test]
fn the_keys_come_in_the_official_order() {
    let body = both_ways(
        &BceError::RequestExpired {
            timestamp: "t".into(),
        },
        "r",
    );
    assert_eq!(
        body,
        r#"{"requestId":"r","code":"RequestExpired","message":"Request has expired. Timestamp date is t."}"#
    );
}

#[test]
fn a_trait_object_writes_too() {
    let error: &dyn ApiError = &BlbError::Global(BceError::InternalError);
    let body = ErrorBody::new(error, "r");
    let copied = body;
    assert_eq!(
        body.to_vec(),
        copied.to_vec(),
        "a body of a trait object is Copy"
    );
    assert_eq!(
        both_ways(error, "r"),
        r#"{"requestId":"r","code":"InternalError","message":"We encountered an internal error. Please try again."}"#
    );
}

/// An implementation by hand whose message is not its entry's: the pre-escaped tail must not be
/// used for it.
#[derive(Debug)]
struct Reworded;

impl fmt::Display for Reworded {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("Listener gone.")
    }
}

impl std::error::Error for Reworded {}

impl ApiError for Reworded {
    fn status(&self) -> u16 {
        404
    }
    fn code(&self) -> &str {
        "ListenerNotFound"
    }
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed("Listener gone.")
    }
    fn entry(&self) -> Option<&'static CatalogueEntry> {
        BlbError::lookup("ListenerNotFound")
    }
    fn is_retryable(&self) -> bool {
        false
    }
    fn catalogue() -> &'static [CatalogueEntry] {
        BlbError::catalogue()
    }
    fn lookup(code: &str) -> Option<&'static CatalogueEntry> {
        BlbError::lookup(code)
    }
    fn from_code(_code: &str) -> Option<Self> {
        None
    }
    fn from_wire(_code: &str, _message: &str, _status: u16) -> Option<Self> {
        None
    }
}

#[test]
fn a_message_other_than_the_entrys_is_written_as_it_is() {
    assert_eq!(
        both_ways(&Reworded, "r"),
        r#"{"requestId":"r","code":"ListenerNotFound","message":"Listener gone."}"#
    );
}

#[test]
fn the_request_id_header_name() {
    assert_eq!(REQUEST_ID_HEADER, "x-bce-request-id");
}

#[test]
fn new_request_ids_are_lowercase_hyphenated_uuid_v4() {
    let first = blb_errors::new_request_id();
    let second = blb_errors::new_request_id();
    assert_ne!(first, second);
    for id in [first, second] {
        let groups: Vec<&str> = id.split('-').collect();
        assert_eq!(
            groups.iter().map(|group| group.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12],
            "{id}"
        );
        assert!(
            id.bytes()
                .all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f' | b'-')),
            "{id}"
        );
        assert!(groups[2].starts_with('4'), "version 4: {id}");
        assert!(
            matches!(groups[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'),
            "RFC 4122 variant: {id}"
        );
    }
}

#[test]
fn new_request_ids_differ_across_threads_and_every_random_bit_varies() {
    let ids: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..500)
                        .map(|_| blb_errors::new_request_id())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("no panic"))
            .collect()
    });
    let distinct: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len(), "every id is new");

    // Over 2,000 ids each of the 122 random bits is seen both set and clear; the 6 fixed bits
    // (version and variant) never change.
    let values: Vec<u128> = ids
        .iter()
        .map(|id| u128::from_str_radix(&id.replace('-', ""), 16).expect("hex"))
        .collect();
    let (ones, zeros) = values
        .iter()
        .fold((0_u128, 0_u128), |(ones, zeros), value| {
            (ones | value, zeros | !value)
        });
    let fixed: u128 = 0xf << 76 | 0b11 << 62;
    assert_eq!(ones & zeros, !fixed, "the bits that varied");
}
