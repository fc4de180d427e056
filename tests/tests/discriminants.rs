//! Enums with explicit discriminants, in any order and of any type: the derive matches variants by
//! name, never by discriminant, so every method gives each variant its own code, and the catalogue
//! keeps the declaration order.

use blb_errors::{ApiError, BceError, CatalogueEntry};

/// Discriminants out of declaration order, the variant with a field last.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[repr(u8)]
enum Reordered {
    #[api(code = "First", status = 400, message = "first")]
    First = 2,
    #[api(code = "Named", status = 404, message = "named {name}")]
    Named { name: String } = 9,
    #[api(code = "Second", status = 409, message = "second", retryable)]
    Second = 0,
    /// Implicit: one after `Second`.
    #[api(code = "Third", status = 413, message = "third")]
    Third,
}

/// The same with the global codes included, between the own codes.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[repr(u8)]
enum ReorderedComposed {
    #[api(code = "Own.A", status = 400, message = "a")]
    A = 5,
    #[api(transparent)]
    Global(BceError) = 0,
    #[api(code = "Own.B", status = 404, message = "b {0}")]
    B(String) = 7,
    #[api(code = "Own.C", status = 500, message = "c")]
    C = 1,
}

/// Negative discriminants, and one that is not a literal: declaration order then.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[repr(i8)]
enum NotLiteral {
    #[api(code = "Minus", status = 400, message = "minus")]
    Minus = -3,
    #[api(code = "Sum", status = 400, message = "sum")]
    Sum = 1 + 1,
    #[api(code = "Zero", status = 400, message = "zero")]
    Zero = 0,
}

fn codes(entries: &[CatalogueEntry]) -> Vec<&str> {
    entries.iter().map(CatalogueEntry::code).collect()
}

/// Every own code of `E`: its value from `from_code` (or `from_wire` with the message filled
/// in), and that value's code, status, message and entry.
fn check_each<E: ApiError + PartialEq + std::fmt::Debug>(values: &[(E, &str)]) {
    for (value, message) in values {
        let code = value.code();
        let entry = E::lookup(code).expect("every code is in the catalogue");
        assert_eq!(entry.code(), code);
        assert_eq!(value.entry(), Some(entry), "{code}");
        assert_eq!(value.status(), entry.status(), "{code}");
        assert_eq!(value.message(), *message, "{code}");
        assert_eq!(value.is_retryable(), entry.is_retryable(), "{code}");
        assert_eq!(
            E::from_wire(code, message, entry.status()).as_ref(),
            Some(value),
            "{code}"
        );
        if !entry.has_placeholders() {
            assert_eq!(E::from_code(code).as_ref(), Some(value), "{code}");
        }
    }
}

#[test]
fn the_catalogue_keeps_the_declaration_order() {
    assert_eq!(
        codes(Reordered::catalogue()),
        ["First", "Named", "Second", "Third"]
    );
    let composed = codes(ReorderedComposed::catalogue());
    assert_eq!(composed[0], "Own.A");
    assert_eq!(&composed[1..=14], codes(BceError::catalogue()).as_slice());
    assert_eq!(&composed[15..], ["Own.B", "Own.C"]);
    assert_eq!(codes(NotLiteral::catalogue()), ["Minus", "Sum", "Zero"]);
}

#[test]
fn each_variant_has_its_own_code_status_and_message() {
    check_each(&[
        (Reordered::First, "first"),
        (
            Reordered::Named {
                name: "x".to_owned(),
            },
            "named x",
        ),
        (Reordered::Second, "second"),
        (Reordered::Third, "third"),
    ]);
    assert!(Reordered::Second.is_retryable());
    check_each(&[
        (ReorderedComposed::A, "a"),
        (ReorderedComposed::B("y".to_owned()), "b y"),
        (ReorderedComposed::C, "c"),
        (
            ReorderedComposed::Global(BceError::InternalError),
            BceError::InternalError.message().as_ref(),
        ),
    ]);
    check_each(&[
        (NotLiteral::Minus, "minus"),
        (NotLiteral::Sum, "sum"),
        (NotLiteral::Zero, "zero"),
    ]);
}
