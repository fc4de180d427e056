//! Every BLB error code with its status and message, then what a server sends for one of them.
//!
//! `cargo run --example catalogue`

use blb_errors::{ApiError, BlbError, ErrorBody, REQUEST_ID_HEADER};

fn main() {
    println!("{:<32} {:>6}  message", "code", "status");
    for entry in BlbError::catalogue() {
        let retry = if entry.is_retryable() {
            "  (retryable)"
        } else {
            ""
        };
        println!(
            "{:<32} {:>6}  {}{retry}",
            entry.code(),
            entry.status(),
            entry.template()
        );
    }

    let error = BlbError::MissingParameter {
        name: "vpcId".into(),
    };
    let request_id = blb_errors::new_request_id();
    let body = ErrorBody::new(&error, &request_id).to_vec();
    println!();
    println!("HTTP/1.1 {}", error.status());
    println!("{REQUEST_ID_HEADER}: {request_id}");
    println!("content-type: application/json");
    println!();
    println!("{}", String::from_utf8_lossy(&body));
}
