//! `bce-explain`: the on-call tool over every catalogue blb-errors ships.

use std::process::ExitCode;

fn main() -> ExitCode {
    blb_errors::explain::main(blb_errors::explain::CATALOGUES)
}
