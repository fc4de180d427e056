//! Enums with lifetimes, const parameters and type parameters: a field type is bounded by
//! `Display` only where it uses a type parameter, and a field of such a type is written, but not
//! recovered by `from_wire`.

use std::fmt;

use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum Borrowed<'a, 'b, 'c> {
    #[api(code = "Pair", status = 400, message = "{0} {1}")]
    Pair(&'a str, &'b str),
    #[api(
        code = "Named",
        status = 409,
        message = "{left} beside {right} beside {left}"
    )]
    Named { left: &'c str, right: &'a str },
}

#[test]
fn several_lifetimes_each_borrowed_into_a_message() {
    let first = String::from("first");
    let pair = Borrowed::Pair(&first, "second");
    assert_eq!(pair.to_string(), "first second");
    assert_eq!((pair.code(), pair.status()), ("Pair", 400));
    let named = Borrowed::Named {
        left: "l",
        right: "r",
    };
    assert_eq!(named.message(), "l beside r beside l");
    // A borrowed field has no `FromStr`: the code is known, its value is not recovered.
    assert!(Borrowed::from_wire("Pair", "a b", 400).is_none());
    assert_eq!(
        Borrowed::lookup("Named").map(|entry| entry.status()),
        Some(409)
    );
}

#[derive(Debug, PartialEq, Eq, ApiError)]
enum Capacity<const N: usize, const M: u8> {
    #[api(code = "Buffer", status = 413, message = "The buffer is full.")]
    Buffer([u8; N]),
    #[api(code = "Limit", status = 400, message = "Limit {0} is out of range.")]
    Limit(u32),
}

#[test]
fn const_parameters() {
    let limit: Capacity<4, 2> = Capacity::Limit(9);
    assert_eq!(limit.to_string(), "Limit 9 is out of range.");
    assert_eq!(
        Capacity::<4, 2>::from_wire("Limit", "Limit 10 is out of range.", 400),
        Some(Capacity::Limit(10))
    );
    assert_eq!(Capacity::<4, 2>::Buffer([0; 4]).code(), "Buffer");
    assert_eq!(
        Capacity::<4, 2>::from_wire("Buffer", "The buffer is full.", 413),
        None,
        "a variant whose message does not name its field is not recovered"
    );
}

#[derive(Debug, PartialEq, Eq, ApiError)]
enum Mixed<'a, T, const N: usize> {
    #[api(code = "Value", status = 422, message = "Value {value} of {name}.")]
    Value { value: T, name: &'a str },
    #[api(code = "Port", status = 400, message = "Port {0} in {1}.")]
    Port(u16, String),
}

#[test]
fn a_type_parameter_beside_lifetimes_and_a_const_parameter() {
    let value: Mixed<'_, u32, 3> = Mixed::Value {
        value: 7,
        name: "n",
    };
    assert_eq!(value.to_string(), "Value 7 of n.");
    let text: Mixed<'_, String, 3> = Mixed::Value {
        value: "seven".to_owned(),
        name: "n",
    };
    assert_eq!(text.message(), "Value seven of n.");
    assert_eq!(
        Mixed::<u32, 3>::from_wire("Port", "Port 443 in lb-1.", 400),
        Some(Mixed::Port(443, "lb-1".to_owned()))
    );
}

#[derive(Debug, PartialEq, Eq, ApiError)]
enum Generic<T: fmt::Debug> {
    #[api(code = "Generic", status = 400, message = "Rejected {0}.")]
    Rejected(T),
    #[api(code = "Concrete", status = 400, message = "Rejected port {0}.")]
    Port(u16),
}

#[test]
fn a_field_of_a_type_parameter_is_written_but_not_recovered() {
    // The field's type is the caller's choice, and `from_wire` would need `T: FromStr` on the
    // whole impl: such a variant has no value from the wire, whatever `T` is.
    let written = Generic::Rejected(String::from("x")).to_string();
    assert_eq!(written, "Rejected x.");
    assert_eq!(Generic::<String>::from_wire("Generic", &written, 400), None);
    assert_eq!(
        Generic::<u32>::from_wire("Generic", "Rejected 5.", 400),
        None
    );
    assert_eq!(
        Generic::<u32>::from_wire("Concrete", "Rejected port 5.", 400),
        Some(Generic::Port(5))
    );
}
