//! Serving a router the way a server facing real clients must: one request id per request, a BCE
//! body for every error (a panic and a request past its deadline included), a header timeout, a
//! request timeout and an accept loop that outlives running out of file descriptors. Both
//! examples serve through it.
//!
//! Settings, from the environment:
//!
//! - `PORT` (or the first argument): the loopback port, 8080 by default; `0` takes a free one,
//!   named on the first line printed.
//! - `HEADER_READ_TIMEOUT`: the seconds a client has to send a request's headers, 10 by default.
//!   It is also how long a connection may sit idle before its first or next request. Past it the
//!   connection is closed without an answer: a client too slow to send its headers would not read
//!   one either.
//! - `REQUEST_TIMEOUT`: the seconds from a request's headers to its answer, reading the body
//!   included, 30 by default. Past it the answer is `InternalError` (500, retryable).
//!
//! Both take fractions (`0.5`). When the process runs out of file descriptors, the accept loop
//! waits [`ACCEPT_RETRY`] and tries again: the server stays up and answers once connections close.

use std::env::{self, VarError};
use std::io;
use std::process::ExitCode;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use blb_errors::BceError;
use blb_errors::axum::{ApiErrorResponse, RequestIdLayer, answer_panic};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tower_http::catch_panic::CatchPanicLayer;

/// How long the accept loop waits after an error such as `EMFILE`: long enough not to spin,
/// short enough to take new connections soon after descriptors are freed.
const ACCEPT_RETRY: Duration = Duration::from_millis(100);

/// What the server is started with.
struct Settings {
    port: u16,
    header_read_timeout: Duration,
    request_timeout: Duration,
}

impl Settings {
    fn from_env() -> io::Result<Self> {
        let port = match env::args().nth(1).or_else(|| env::var("PORT").ok()) {
            Some(port) => port
                .parse()
                .map_err(|_| invalid_setting(format!("not a port: {port}")))?,
            None => 8080,
        };
        Ok(Self {
            port,
            header_read_timeout: seconds("HEADER_READ_TIMEOUT", 10)?,
            request_timeout: seconds("REQUEST_TIMEOUT", 30)?,
        })
    }
}

/// The positive number of seconds in the variable `name`, or `default` when it is not set.
fn seconds(name: &str, default: u64) -> io::Result<Duration> {
    let text = match env::var(name) {
        Ok(text) => text,
        Err(VarError::NotPresent) => return Ok(Duration::from_secs(default)),
        Err(VarError::NotUnicode(_)) => return Err(invalid_setting(format!("{name}: not text"))),
    };
    text.parse::<f64>()
        .ok()
        .filter(|&seconds| seconds > 0.0)
        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
        .ok_or_else(|| invalid_setting(format!("{name}: not a number of seconds: {text}")))
}

fn invalid_setting(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// Serves `routes` until the process is stopped; `try_path` is the path printed for a first try.
pub fn main(routes: Router, try_path: &str) -> ExitCode {
    match run(routes, try_path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("server: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(routes: Router, try_path: &str) -> io::Result<()> {
    let settings = Settings::from_env()?;
    // Each error answer, as `RequestIdLayer` logs it, and each failed connection: one line on
    // stderr with its fields.
    tracing_subscriber::fmt()
        .with_writer(io::stderr)
        .with_target(false)
        .init();
    // A single-threaded runtime built by hand: no `#[tokio::main]`, no proc macro. The timer is
    // on: the header timeout, the request timeout and the accept loop's wait all sleep on it.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    runtime.block_on(serve(settings, routes, try_path))
}

/// Accepts connections for ever, each served on a task of its own.
async fn serve(settings: Settings, routes: Router, try_path: &str) -> io::Result<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", settings.port)).await?;
    let address = listener.local_addr()?;
    println!("listening on http://{address}");
    println!("try: curl -i 'http://{address}{try_path}'");

    let app = routes
        .layer(middleware::from_fn_with_state(
            settings.request_timeout,
            deadline,
        ))
        .layer(CatchPanicLayer::custom(answer_panic))
        // Last, so that it wraps everything above: every answer carries the request's id.
        .layer(RequestIdLayer);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(settings.header_read_timeout);
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(connection) => connection,
            // The client gave up before it was accepted: nothing to wait for.
            Err(error) if error.kind() == io::ErrorKind::ConnectionAborted => continue,
            Err(error) => {
                tracing::warn!("accept: {error}; retrying in {ACCEPT_RETRY:?}");
                tokio::time::sleep(ACCEPT_RETRY).await;
                continue;
            }
        };
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::info!("connection {peer}: {error}");
            }
        });
    }
}

/// The request's answer, or `InternalError` when it takes longer than `limit`.
async fn deadline(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiErrorResponse::new(BceError::InternalError).into_response(),
    }
}
