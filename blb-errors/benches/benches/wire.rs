//! Writing and reading error bodies, ours (`ErrorBody`, `parse_error_response`) against the usual
//! way (an owned struct through serde_json, strum for the code), both in this binary, on
//! `BlbError` and its mirror:
//!
//! - `write`: an error and a request id to body bytes;
//! - `parse/known`, `parse/unknown`: body bytes to a typed error, for codes the catalogue has and
//!   codes it lacks (the code and message kept);
//! - `parse/long-message`: a known code with a 2 KiB message.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml --bench wire`

use std::hint::black_box;

use blb_errors::{BlbError, ErrorBody, parse_error_response};
use blb_errors_benches::measure::{self, Case};
use blb_errors_benches::wire::{self, REQUEST_ID};

/// A case that reads each of `bodies` both ways.
fn parse(name: &str, bodies: Vec<Vec<u8>>) -> Case {
    let theirs = bodies.clone();
    Case::both(
        name,
        bodies.len(),
        move || {
            for body in &bodies {
                black_box(parse_error_response::<BlbError>(400, None, black_box(body)));
            }
        },
        move || {
            for body in &theirs {
                black_box(wire::usual_parse(black_box(body)));
            }
        },
    )
}

fn main() {
    let errors = wire::errors_31();
    let theirs = errors.clone();
    let cases = vec![
        Case::both(
            "write",
            errors.len(),
            move || {
                for (error, _) in &errors {
                    black_box(ErrorBody::new(black_box(error), black_box(REQUEST_ID)).to_vec());
                }
            },
            move || {
                for (_, error) in &theirs {
                    black_box(wire::usual_body(black_box(error), black_box(REQUEST_ID)));
                }
            },
        ),
        parse("parse/known", wire::known_bodies()),
        parse("parse/unknown", wire::unknown_bodies()),
        parse("parse/long-message", vec![wire::long_message_body()]),
    ];
    measure::main(cases);
}
