//! A tiny in-memory BLB listener API: the router of the `server` example, which the tests crate
//! starts too (`#[path]`-included).
//!
//! `GET /v1/blb/{blbId}/listener?listenerPort=N` answers `InstanceNotFound` for an unknown
//! `blbId`, `MissingParameter` without `listenerPort`, `InvalidParameter` when it is not a port
//! number, `ListenerNotFound` when there is no such listener, and the listener as JSON otherwise.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{CONTENT_TYPE, HeaderName};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use blb_errors::axum::ApiErrorResponse;
use blb_errors::{ApiError, BlbError, REQUEST_ID_HEADER};

/// One listener of a load balancer.
pub struct Listener {
    /// The port it listens on.
    pub port: u16,
    /// `HTTP`, `HTTPS`, `TCP` or `UDP`.
    pub protocol: &'static str,
    /// The port of the backend servers.
    pub backend_port: u16,
}

/// Load balancers by id, with their listeners.
pub type Store = HashMap<String, Vec<Listener>>;

/// The seed data: `lb-1` with an HTTP listener on port 80.
pub fn seed() -> Store {
    let mut store = Store::new();
    store.insert(
        "lb-1".to_owned(),
        vec![Listener {
            port: 80,
            protocol: "HTTP",
            backend_port: 8080,
        }],
    );
    store
}

/// The API's router over `store`.
pub fn router(store: Store) -> Router {
    Router::new()
        .route("/v1/blb/{blb_id}/listener", get(get_listener))
        .with_state(Arc::new(store))
}

async fn get_listener(
    State(store): State<Arc<Store>>,
    Path(blb_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiErrorResponse<BlbError>> {
    let listeners = store
        .get(&blb_id)
        .ok_or_else(|| fail(BlbError::InstanceNotFound))?;
    let port = query_param(query.as_deref().unwrap_or(""), "listenerPort").ok_or_else(|| {
        fail(BlbError::MissingParameter {
            name: "listenerPort".into(),
        })
    })?;
    let port: u16 = port.parse().ok().filter(|&port| port != 0).ok_or_else(|| {
        fail(BlbError::InvalidParameter {
            name: "listenerPort".into(),
        })
    })?;
    let listener = listeners
        .iter()
        .find(|listener| listener.port == port)
        .ok_or_else(|| fail(BlbError::ListenerNotFound))?;
    let body = serde_json::json!({
        "blbId": blb_id,
        "listenerPort": listener.port,
        "protocol": listener.protocol,
        "backendPort": listener.backend_port,
    });
    let request_id = blb_errors::new_request_id();
    Ok((
        [
            (CONTENT_TYPE, "application/json".to_owned()),
            (HeaderName::from_static(REQUEST_ID_HEADER), request_id),
        ],
        body.to_string(),
    )
        .into_response())
}

/// The error's response, logged to stderr with its request id.
fn fail(error: BlbError) -> ApiErrorResponse<BlbError> {
    let response = ApiErrorResponse::new(error);
    eprintln!(
        "request {}: {} {} {}",
        response.request_id(),
        response.error().status(),
        response.error().code(),
        response.error()
    );
    response
}

/// The value of the first `name=value` pair of a query string (no percent-decoding: a port
/// number needs none).
fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}
