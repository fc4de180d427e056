//! How `from_wire` reads a message against its template: a field written twice reads the same
//! text at each place, every split at the next literal is tried until the fields parse, and a
//! field is read only from the text its value writes.

use blb_errors::ApiError;

#[derive(Debug, PartialEq, Eq, ApiError)]
enum Listener {
    #[api(code = "Twice", status = 400, message = "{name} and again {name}.")]
    Twice { name: String },
    #[api(code = "Of", status = 400, message = "{name} of {port}")]
    Of { name: String, port: u16 },
    #[api(
        code = "Between",
        status = 400,
        message = "Port {port} of {name} is {open}."
    )]
    Between { port: u16, name: String, open: bool },
    #[api(code = "Count", status = 400, message = "{0} ({1}) and {0}")]
    Count(String, i64),
}

#[test]
fn a_field_written_twice_must_read_the_same_text_at_both_places() {
    assert_eq!(
        Listener::from_wire("Twice", "x and again y.", 400),
        None,
        "the message does not follow the template"
    );
    assert_eq!(
        Listener::from_wire("Twice", "x and again x.", 400),
        Some(Listener::Twice { name: "x".into() })
    );
    let tricky = Listener::Twice {
        name: "a and again a".into(),
    };
    let message = tricky.to_string();
    assert_eq!(Listener::from_wire("Twice", &message, 400), Some(tricky));
    assert_eq!(
        Listener::from_wire("Count", "a (1) and b", 400),
        None,
        "the second `{{0}}` is not the first"
    );
}

#[test]
fn a_string_field_holding_the_next_literal_before_a_typed_field_reads_back() {
    let value = Listener::Of {
        name: "a of b".into(),
        port: 80,
    };
    let message = value.to_string();
    assert_eq!(message, "a of b of 80");
    assert_eq!(Listener::from_wire("Of", &message, 400), Some(value));

    let value = Listener::Between {
        port: 443,
        name: "x is y of z".into(),
        open: false,
    };
    assert_eq!(
        Listener::from_wire("Between", &value.to_string(), 400),
        Some(value)
    );
}

#[test]
fn a_field_reads_only_from_the_text_its_value_writes() {
    assert_eq!(Listener::from_wire("Of", "a of 080", 400), None);
    assert_eq!(Listener::from_wire("Of", "a of +80", 400), None);
    assert_eq!(
        Listener::from_wire("Count", "n (-0) and n", 400),
        None,
        "`-0` parses, but 0 writes `0`"
    );
    // A later split gives text that writes itself back.
    assert_eq!(
        Listener::from_wire("Of", "a of 08 of 8", 400),
        Some(Listener::Of {
            name: "a of 08".into(),
            port: 8
        })
    );
}

#[test]
fn a_message_of_another_shape_has_no_value() {
    assert_eq!(Listener::from_wire("Of", "a from 80", 400), None);
    assert_eq!(Listener::from_wire("Of", "a of eighty", 400), None);
    assert_eq!(
        Listener::from_wire("Between", "Port 1 of x is maybe.", 400),
        None
    );
}
