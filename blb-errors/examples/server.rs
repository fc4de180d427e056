//! A tiny in-memory BLB listener API answering BCE error bodies through axum.
//!
//! `cargo run -p blb-errors --example server --features axum [-- PORT]` (or `PORT=...`), then
//! `curl -i 'http://127.0.0.1:8080/v1/blb/lb-1/listener?listenerPort=80'`.

#[path = "common/listener_api.rs"]
mod listener_api;

fn main() -> std::io::Result<()> {
    let port: u16 = match std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
    {
        Some(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("not a port: {port}"),
            )
        })?,
        None => 8080,
    };
    // A single-threaded runtime built by hand: no `#[tokio::main]`, no proc macro.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!("listening on http://{}", listener.local_addr()?);
        println!(
            "try: curl -i 'http://{}/v1/blb/lb-1/listener?listenerPort=80'",
            listener.local_addr()?
        );
        axum::serve(listener, listener_api::router(listener_api::seed())).await
    })
}
