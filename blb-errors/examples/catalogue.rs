//! Every BLB error code with its status and message, then what a server sends for one of them.
//!
//! `cargo run --example catalogue`

use blb_errors::{ApiError, BlbError};

fn main() {
    println!("{:<32} {:>6}  message", "code", "status");
    for entry in BlbError::catalogue() {
        let retry = if entry.is_retryable() { "  (retryable)" } else { "" };
        println!("{:<32} {:>6}  {}{retry}", entry.code(), entry.status(), entry.message());
    }

    let error = BlbError::MissingParameter { name: "vpcId".into() };
    println!();
    println!("HTTP/1.1 {} {}", error.status(), error.code());
    println!("{}", error.message());
}
