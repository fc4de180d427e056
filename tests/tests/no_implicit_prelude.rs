//! Generated code needs no prelude: it names every item by its full path and calls every trait
//! method through its trait.
#![no_implicit_prelude]

use ::blb_errors::{ApiError, BceError, UnknownCode};
use ::std::assert_eq;
use ::std::option::Option::{None, Some};
use ::std::string::{String, ToString};

#[derive(Debug, PartialEq, ApiError)]
enum Preludeless {
    #[api(
        code = "Named",
        status = 400,
        message = "Name {name} on port {port}: {open}."
    )]
    Named { name: String, port: u16, open: bool },
    #[api(code = "Tuple", status = 404, message = "{0} and again {0}")]
    Tuple(String),
    #[api(code = "Unit", status = 503, message = "Unit {{braced}}.", retryable)]
    Unit,
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

/// A cause, and `From` the cause.
#[derive(Debug, ApiError)]
enum Caused {
    #[api(code = "Io", status = 503, message = "The disk failed.")]
    Io(#[from] ::std::io::Error),
}

#[test]
fn a_cause_needs_no_prelude() {
    let error =
        <Caused as ::std::convert::From<::std::io::Error>>::from(::std::io::Error::other("x"));
    assert_eq!(
        ::std::error::Error::source(&error).map(ToString::to_string),
        Some("x".to_string())
    );
}

#[test]
fn a_catalogue_with_recoverable_fields_compiles_and_works_without_the_prelude() {
    let named = Preludeless::Named {
        name: "lb-1".to_string(),
        port: 80,
        open: true,
    };
    let message = named.to_string();
    assert_eq!(message, "Name lb-1 on port 80: true.");
    assert_eq!(Preludeless::from_wire("Named", &message, 400), Some(named));
    assert_eq!(
        Preludeless::from_wire("Tuple", "x and again x", 404),
        Some(Preludeless::Tuple("x".to_string()))
    );
    assert_eq!(Preludeless::from_code("Unit"), Some(Preludeless::Unit));
    assert_eq!(Preludeless::Unit.message(), "Unit {braced}.");
    assert_eq!(
        Preludeless::from_code("AccessDenied"),
        Some(Preludeless::Global(BceError::AccessDenied))
    );
    assert_eq!(
        <Preludeless as ::std::convert::From<BceError>>::from(BceError::AccessDenied),
        Preludeless::Global(BceError::AccessDenied)
    );
    assert_eq!(Preludeless::lookup("Nowhere"), None);
    let unknown = Preludeless::from_wire("Other", "other", 502);
    assert_eq!(unknown.as_ref().map(ApiError::is_retryable), Some(true));
}

/// A catalogue past the `match` limit (128 codes), whose codes are found through the hash table.
macro_rules! large {
    ($($variant:ident $code:literal)*) => {
        #[derive(Debug, PartialEq, ApiError)]
        enum Large {
            $(
                #[api(code = $code, status = 400, message = "m")]
                $variant,
            )*
            #[api(code = "Field", status = 400, message = "field {0} at {1}")]
            Field(String, u16),
        }
    };
}

large! {
    A0 "A0" A1 "A1" A2 "A2" A3 "A3" A4 "A4" A5 "A5" A6 "A6"
    A7 "A7" A8 "A8" A9 "A9" B0 "B0" B1 "B1" B2 "B2" B3 "B3"
    B4 "B4" B5 "B5" B6 "B6" B7 "B7" B8 "B8" B9 "B9" C0 "C0"
    C1 "C1" C2 "C2" C3 "C3" C4 "C4" C5 "C5" C6 "C6" C7 "C7"
    C8 "C8" C9 "C9" D0 "D0" D1 "D1" D2 "D2" D3 "D3" D4 "D4"
    D5 "D5" D6 "D6" D7 "D7" D8 "D8" D9 "D9" E0 "E0" E1 "E1"
    E2 "E2" E3 "E3" E4 "E4" E5 "E5" E6 "E6" E7 "E7" E8 "E8"
    E9 "E9" F0 "F0" F1 "F1" F2 "F2" F3 "F3" F4 "F4" F5 "F5"
    F6 "F6" F7 "F7" F8 "F8" F9 "F9" G0 "G0" G1 "G1" G2 "G2"
    G3 "G3" G4 "G4" G5 "G5" G6 "G6" G7 "G7" G8 "G8" G9 "G9"
    P0 "P0" P1 "P1" P2 "P2" P3 "P3" P4 "P4" P5 "P5" P6 "P6"
    P7 "P7" P8 "P8" P9 "P9" Q0 "Q0" Q1 "Q1" Q2 "Q2" Q3 "Q3"
    Q4 "Q4" Q5 "Q5" Q6 "Q6" Q7 "Q7" Q8 "Q8" Q9 "Q9" R0 "R0"
    R1 "R1" R2 "R2" R3 "R3" R4 "R4" R5 "R5" R6 "R6" R7 "R7"
    R8 "R8" R9 "R9" S0 "S0" S1 "S1" S2 "S2" S3 "S3" S4 "S4"
    S5 "S5" S6 "S6" S7 "S7" S8 "S8" S9 "S9" T0 "T0" T1 "T1"
    T2 "T2" T3 "T3" T4 "T4" T5 "T5" T6 "T6" T7 "T7" T8 "T8"
    T9 "T9" U0 "U0" U1 "U1" U2 "U2" U3 "U3" U4 "U4" U5 "U5"
    U6 "U6" U7 "U7" U8 "U8" U9 "U9" V0 "V0" V1 "V1" V2 "V2"
    V3 "V3" V4 "V4" V5 "V5" V6 "V6" V7 "V7" V8 "V8" V9 "V9"
}

#[test]
fn a_large_catalogue_works_without_the_prelude() {
    assert_eq!(Large::catalogue().len(), 141);
    assert_eq!(Large::from_code("G9"), Some(Large::G9));
    assert_eq!(
        Large::from_wire("Field", "field x at 80", 400),
        Some(Large::Field("x".to_string(), 80))
    );
}
