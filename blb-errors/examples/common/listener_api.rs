//! A tiny in-memory BLB listener API: the router of the `server` example, which the tests crate
//! starts too (`#[path]`-included).
//!
//! - `GET /v1/blb/{blbId}/listener?listenerPort=N` answers the listener as JSON;
//!   `InstanceNotFound` for an unknown `blbId`, `MissingParameter` without `listenerPort`,
//!   `InvalidParameter` when it is not a port number in its canonical spelling (digits only, no
//!   sign, no leading zero, 1 to 65535), `ListenerNotFound` when there is no such listener.
//! - `POST /v1/blb/{blbId}/TCPlistener` with `{"listenerPort": N, "backendPort": N,
//!   "scheduler": "RoundRobin" | "LeastConnection" | "Hash"}` adds a TCP listener and answers it;
//!   `ListenerAlreadyExist` when the port is taken. A body that is not `application/json`, or
//!   larger than [`BODY_LIMIT`], is `InvalidHTTPRequest`; one that is not JSON `MalformedJSON`;
//!   JSON that is not an object `InappropriateJSON`; a missing field `MissingParameter` and a wrong
//!   one `InvalidParameter`, each naming the field. Fields the API does not know are ignored, as
//!   the BCE rules ask.
//! - Any other path, and any other method on these paths, is `InvalidURI` (`InvalidVersion` under
//!   another version than `/v1`); so is a path or a query name that does not percent-decode to
//!   UTF-8. A query value that does not is `InvalidParameter` naming it.
//!
//! Every error is a BCE body; `serve.rs` adds the request-id, panic and deadline layers.

#[path = "params.rs"]
mod params;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use blb_errors::axum::{ApiErrorResponse, Json};
use blb_errors::{BceError, BlbError};
use params::BadQuery;

/// The largest request body read, in bytes: a listener's JSON is far smaller.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The schedulers a listener can balance with.
const SCHEDULERS: [&str; 3] = ["RoundRobin", "LeastConnection", "Hash"];

/// One listener of a load balancer.
pub struct Listener {
    /// The port it listens on.
    pub port: u16,
    /// `HTTP`, `HTTPS`, `TCP` or `UDP`.
    pub protocol: &'static str,
    /// The port of the backend servers.
    pub backend_port: u16,
    /// One of `RoundRobin`, `LeastConnection` and `Hash`.
    pub scheduler: &'static str,
}

/// Load balancers by id, with their listeners.
pub type Store = HashMap<String, Vec<Listener>>;

type SharedStore = Arc<Mutex<Store>>;

/// The seed data: `lb-1` with an HTTP listener on port 80.
pub fn seed() -> Store {
    let mut store = Store::new();
    store.insert(
        "lb-1".to_owned(),
        vec![Listener {
            port: 80,
            protocol: "HTTP",
            backend_port: 8080,
            scheduler: "RoundRobin",
        }],
    );
    store
}

/// The API's router over `store`.
pub fn router(store: Store) -> Router {
    Router::new()
        .route("/v1/blb/{blb_id}/listener", get(get_listener))
        .route("/v1/blb/{blb_id}/TCPlistener", post(create_tcp_listener))
        // After the routes: it applies to the routes present when called.
        .method_not_allowed_fallback(no_such_operation)
        .fallback(no_such_operation)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(Arc::new(Mutex::new(store)))
}

type Answer = Result<Response, ApiErrorResponse<BlbError>>;

async fn get_listener(
    State(store): State<SharedStore>,
    blb_id: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer {
    let blb_id = path_id(blb_id)?;
    let query = params::query_pairs(query.as_deref().unwrap_or("")).map_err(|bad| match bad {
        BadQuery::Name => BlbError::from(BceError::InvalidUri),
        BadQuery::Value(name) => BlbError::InvalidParameter { name },
    })?;
    let store = store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let listeners = store.get(&blb_id).ok_or(BlbError::InstanceNotFound)?;
    let mut ports = query.iter().filter(|(name, _)| name == "listenerPort");
    let port = match (ports.next(), ports.next()) {
        (None, _) => return Err(missing("listenerPort")),
        (Some((_, port)), None) => params::port(port),
        (Some(_), Some(_)) => None,
    }
    .ok_or_else(|| invalid("listenerPort"))?;
    let listener = listeners
        .iter()
        .find(|listener| listener.port == port)
        .ok_or(BlbError::ListenerNotFound)?;
    Ok(listener_json(&blb_id, listener))
}

async fn create_tcp_listener(
    State(store): State<SharedStore>,
    blb_id: Result<Path<String>, PathRejection>,
    body: Result<Json<serde_json::Value>, ApiErrorResponse<BceError>>,
) -> Answer {
    let blb_id = path_id(blb_id)?;
    let Json(body) = body.map_err(|rejection| BlbError::from(rejection.into_error()))?;
    let fields = body
        .as_object()
        .ok_or_else(|| BlbError::from(BceError::InappropriateJson))?;
    let field = |name: &str| fields.get(name).ok_or_else(|| missing(name));
    let port = params::json_port(field("listenerPort")?).ok_or_else(|| invalid("listenerPort"))?;
    let backend_port =
        params::json_port(field("backendPort")?).ok_or_else(|| invalid("backendPort"))?;
    let scheduler = field("scheduler")?
        .as_str()
        .and_then(|name| SCHEDULERS.into_iter().find(|&known| known == name))
        .ok_or_else(|| invalid("scheduler"))?;

    let mut store = store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let listeners = store.get_mut(&blb_id).ok_or(BlbError::InstanceNotFound)?;
    if listeners.iter().any(|listener| listener.port == port) {
        return Err(BlbError::ListenerAlreadyExist.into());
    }
    let listener = Listener {
        port,
        protocol: "TCP",
        backend_port,
        scheduler,
    };
    let answer = listener_json(&blb_id, &listener);
    listeners.push(listener);
    Ok(answer)
}

/// The answer to a method and path the API has no operation for: `InvalidVersion` when the path
/// names an API version other than `v1`, `InvalidURI` otherwise.
async fn no_such_operation(uri: Uri) -> ApiErrorResponse<BlbError> {
    let version = uri.path().trim_start_matches('/').split('/').next();
    let other_version = version
        .and_then(|version| version.strip_prefix('v'))
        .is_some_and(|number| {
            number != "1" && !number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit())
        });
    ApiErrorResponse::new(BlbError::from(if other_version {
        BceError::InvalidVersion
    } else {
        BceError::InvalidUri
    }))
}

/// The `blbId` path segment; `InvalidURI` when it does not percent-decode to UTF-8.
fn path_id(blb_id: Result<Path<String>, PathRejection>) -> Result<String, BlbError> {
    blb_id
        .map(|Path(blb_id)| blb_id)
        .map_err(|_| BlbError::from(BceError::InvalidUri))
}

fn listener_json(blb_id: &str, listener: &Listener) -> Response {
    let body = serde_json::json!({
        "blbId": blb_id,
        "listenerPort": listener.port,
        "protocol": listener.protocol,
        "backendPort": listener.backend_port,
        "scheduler": listener.scheduler,
    });
    Json(body).into_response()
}

fn missing(name: &str) -> ApiErrorResponse<BlbError> {
    BlbError::MissingParameter { name: name.into() }.into()
}

fn invalid(name: &str) -> ApiErrorResponse<BlbError> {
    BlbError::InvalidParameter { name: name.into() }.into()
}
