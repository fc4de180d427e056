//! A tiny in-memory BLB listener API answering BCE error bodies, served with the limits a server
//! facing real clients needs (`common/serve.rs` names its settings).
//!
//! `cargo run -p blb-errors --example server --features tracing [-- PORT]`, then
//! `curl -i 'http://127.0.0.1:8080/v1/blb/lb-1/listener?listenerPort=80'`.

#[path = "common/listener_api.rs"]
mod listener_api;
#[path = "common/serve.rs"]
mod serve;

use std::process::ExitCode;

fn main() -> ExitCode {
    serve::main(
        listener_api::router(listener_api::seed()),
        "/v1/blb/lb-1/listener?listenerPort=80",
    )
}
