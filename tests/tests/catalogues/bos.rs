//! The BOS catalogue against the BOS table; its contents and order with the global codes composed
//! in, look-ups, parsing from the wire, and the values' status, code, message, Display and retry
//! policy.

use blb_errors::spec::{Table, compare};
use blb_errors::{ApiError, BceError, BosError, Retry, UnknownCode};

use super::{differences, round_trip, spec};

const TABLE: &str = "bce-bos-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_bos_code_a_row() {
    let comparison = compare::<BosError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    // The 2021 English page writes InappropriateJSON's message without the comma after "valid".
    assert_eq!(differences(&comparison), [("InappropriateJSON", "message")]);
    assert_eq!(comparison.compared(), 12);
    let not_errors: Vec<&str> = comparison
        .not_errors()
        .iter()
        .map(|row| row.code())
        .collect();
    assert_eq!(not_errors, ["success"; 9]);
}

#[test]
fn every_code_round_trips() {
    round_trip::<BosError>(&spec(TABLE));
}

/// The table's BOS codes, without the global ones and the successes, in the table's order.
fn bos_rows() -> Vec<(String, u16, String)> {
    let text = spec(TABLE);
    Table::parse(&text)
        .rows()
        .iter()
        .filter(|row| row.is_error() && BceError::lookup(row.code()).is_none())
        .map(|row| {
            (
                row.code().to_owned(),
                row.status().unwrap(),
                row.message().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The BCE global codes, in `BceError`'s declaration order.
const GLOBAL_CODES: [&str; 14] = [
    "AccessDenied",
    "InappropriateJSON",
    "InternalError",
    "InvalidAccessKeyId",
    "InvalidHTTPAuthHeader",
    "InvalidHTTPRequest",
    "InvalidURI",
    "MalformedJSON",
    "InvalidVersion",
    "OptInRequired",
    "PreconditionFailed",
    "RequestExpired",
    "IdempotentParameterMismatch",
    "SignatureDoesNotMatch",
];

#[test]
fn catalogue_lists_the_global_codes_then_the_bos_codes_in_declaration_order() {
    let codes: Vec<&str> = BosError::catalogue()
        .iter()
        .map(|entry| entry.code())
        .collect();
    let expected: Vec<String> = GLOBAL_CODES
        .iter()
        .copied()
        .map(str::to_owned)
        .chain(bos_rows().into_iter().map(|(code, _, _)| code))
        .collect();
    assert_eq!(codes, expected);
}

#[test]
fn catalogue_composes_the_global_entries_unchanged() {
    let (global, own) = BosError::catalogue().split_at(GLOBAL_CODES.len());
    assert_eq!(global, BceError::catalogue());
    assert_eq!(own.len(), bos_rows().len());
}

#[test]
fn catalogue_rows_have_the_tables_status_and_message() {
    let own = &BosError::catalogue()[GLOBAL_CODES.len()..];
    for (entry, (code, status, message)) in own.iter().zip(bos_rows()) {
        assert_eq!(entry.code(), code);
        assert_eq!(entry.status(), status, "{code}");
        assert_eq!(entry.template(), message, "{code}");
        assert!(!entry.has_placeholders(), "{code}");
        assert!(
            !entry.is_retryable(),
            "{code}: no BOS code is marked retryable"
        );
        assert!(
            !entry.description().is_empty(),
            "{code}: every variant is documented"
        );
    }
}

#[test]
fn description_is_the_variant_doc() {
    let entry = BosError::lookup("InappropriateXML").unwrap();
    assert_eq!(
        entry.description(),
        "Valid XML that does not fit the operation, as `InappropriateJSON` is for JSON."
    );
    let entry = BosError::lookup("AccountOverdue").unwrap();
    assert_eq!(entry.description(), "The account has an unpaid bill.");
}

#[test]
fn lookup_finds_bos_and_global_codes() {
    let bos = BosError::lookup("EntityTooLarge").unwrap();
    assert_eq!((bos.code(), bos.status()), ("EntityTooLarge", 400));

    let global = BosError::lookup("InternalError").unwrap();
    assert_eq!(global, BceError::lookup("InternalError").unwrap());
    assert_eq!(global.status(), 500);
    assert!(global.is_retryable());
}

#[test]
fn lookup_misses_unknown_and_miscased_codes() {
    assert_eq!(BosError::lookup("NoSuchThing"), None);
    assert_eq!(BosError::lookup("bucketnotempty"), None);
    assert_eq!(BosError::lookup(""), None);
    // A BLB code is not a BOS code.
    assert_eq!(BosError::lookup("InstanceNotFound"), None);
}

#[test]
fn from_code_gives_bos_and_global_values() {
    assert_eq!(
        BosError::from_code("BucketNotEmpty"),
        Some(BosError::BucketNotEmpty)
    );
    assert_eq!(
        BosError::from_code("InappropriateXML"),
        Some(BosError::InappropriateXml)
    );
    assert_eq!(
        BosError::from_code("AccessDenied"),
        Some(BosError::Global(BceError::AccessDenied))
    );
}

#[test]
fn from_code_is_none_for_unknown_codes_and_variants_with_fields() {
    assert_eq!(BosError::from_code("NoSuchThing"), None);
    // RequestExpired carries the server's timestamp: only from_wire can recover it.
    assert_eq!(BosError::from_code("RequestExpired"), None);
}

#[test]
fn every_fieldless_code_round_trips_through_from_code() {
    for entry in BosError::catalogue() {
        match BosError::from_code(entry.code()) {
            Some(value) => {
                assert_eq!(value.code(), entry.code());
                assert_eq!(value.status(), entry.status());
                assert_eq!(value.message(), entry.template());
                assert_eq!(value.entry(), Some(entry));
            }
            None => assert!(
                entry.has_placeholders(),
                "{} has no fields yet from_code failed",
                entry.code()
            ),
        }
    }
}

#[test]
fn from_wire_parses_a_known_bos_code() {
    let value = BosError::from_wire(
        "BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
        409,
    )
    .unwrap();
    assert_eq!(value, BosError::BucketAlreadyExists);
    assert_eq!(value.status(), 409);
    assert!(!value.is_retryable());
}

#[test]
fn from_wire_parses_a_global_code_and_recovers_its_fields() {
    let value = BosError::from_wire(
        "RequestExpired",
        "Request has expired. Timestamp date is 2024-05-01T08:00:00Z.",
        400,
    )
    .unwrap();
    assert_eq!(
        value,
        BosError::Global(BceError::RequestExpired {
            timestamp: "2024-05-01T08:00:00Z".to_owned(),
        })
    );
    assert_eq!(value.code(), "RequestExpired");
    assert_eq!(
        value.message(),
        "Request has expired. Timestamp date is 2024-05-01T08:00:00Z."
    );
    assert!(value.is_retryable());
}

#[test]
fn from_wire_keeps_an_unknown_code_whole() {
    let value =
        BosError::from_wire("NoSuchThing", "The thing you asked for is not here.", 404).unwrap();
    assert_eq!(
        value,
        BosError::Unknown(UnknownCode::new(
            "NoSuchThing",
            "The thing you asked for is not here.",
            404
        ))
    );
    assert_eq!(value.code(), "NoSuchThing");
    assert_eq!(value.message(), "The thing you asked for is not here.");
    assert_eq!(value.status(), 404);
    assert_eq!(value.to_string(), "The thing you asked for is not here.");
    assert_eq!(value.entry(), None);
}

#[test]
fn values_give_status_code_message_and_display() {
    let value = BosError::EntityTooSmall;
    assert_eq!(value.status(), 400);
    assert_eq!(value.code(), "EntityTooSmall");
    assert_eq!(
        value.message(),
        "Your proposed upload is smaller than the minimum allowed object size."
    );
    assert_eq!(
        value.to_string(),
        "Your proposed upload is smaller than the minimum allowed object size."
    );
    assert_eq!(value.entry(), BosError::lookup("EntityTooSmall"));

    let global = BosError::Global(BceError::OptInRequired);
    assert_eq!(global.status(), 403);
    assert_eq!(global.code(), "OptInRequired");
    assert_eq!(
        global.to_string(),
        "A subscription for the service is required."
    );
    assert_eq!(global.entry(), BceError::lookup("OptInRequired"));
}

#[test]
fn values_work_as_trait_objects() {
    let errors: [&dyn ApiError; 2] = [
        &BosError::AccountOverdue,
        &BosError::Global(BceError::InternalError),
    ];
    let codes: Vec<&str> = errors.iter().map(|error| error.code()).collect();
    assert_eq!(codes, ["AccountOverdue", "InternalError"]);
}

#[test]
fn retryable_are_the_global_retryable_codes_and_failing_unknown_statuses() {
    assert!(BosError::Global(BceError::InternalError).is_retryable());
    assert!(
        BosError::Global(BceError::RequestExpired {
            timestamp: String::new()
        })
        .is_retryable()
    );
    assert!(!BosError::Global(BceError::AccessDenied).is_retryable());
    assert!(!BosError::AccountOverdue.is_retryable());
    assert!(!BosError::BucketNotEmpty.is_retryable());

    for status in [500, 502, 503, 504] {
        let unknown = BosError::Unknown(UnknownCode::new("X", "x", status));
        assert!(unknown.is_retryable(), "{status}");
        assert_eq!(unknown.retry(), Retry::Backoff, "{status}");
    }
    let throttled = BosError::Unknown(UnknownCode::new("X", "x", 429));
    assert!(throttled.is_retryable());
    assert_eq!(throttled.retry(), Retry::Throttled { after: None });
    for status in [400, 403, 404, 409, 501, 505] {
        assert!(
            !BosError::Unknown(UnknownCode::new("X", "x", status)).is_retryable(),
            "{status}"
        );
    }
}

#[test]
fn retryable_entries_are_exactly_the_global_ones() {
    let retryable: Vec<&str> = BosError::catalogue()
        .iter()
        .filter(|entry| entry.is_retryable())
        .map(|entry| entry.code())
        .collect();
    assert_eq!(retryable, ["InternalError", "RequestExpired"]);
}
