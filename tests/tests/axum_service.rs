//! A mock service built on `blb_errors::axum` as a user would build one, asked over loopback:
//! every answer carries the request's id, every error answer is a BCE body with it, and each
//! error answer is logged with its fields.

#[path = "support/loopback.rs"]
mod loopback;

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, Once};
use std::thread::{self, ThreadId};

use axum::Router;
use axum::extract::Path;
use axum::http::{Method, Response, StatusCode};
use axum::routing::{get, post};
use blb_errors::axum::{ApiErrorResponse, Json, RequestId, RequestIdLayer, answer_panic, fallback};
use blb_errors::{
    ApiError, BceError, ErrorBody, REQUEST_ID_HEADER, ResponseError, UnknownCode,
    parse_error_response,
};
use loopback::Loopback;
use tower_http::catch_panic::CatchPanicLayer;

#[derive(Debug, PartialEq, ApiError)]
enum VpcError {
    #[api(
        code = "Vpc.NotFound",
        status = 404,
        message = "The VPC {0} does not exist."
    )]
    NotFound(String),
    #[api(
        code = "Vpc.Unavailable",
        status = 503,
        message = "The VPC store is unavailable.",
        retryable
    )]
    Unavailable(#[from] DiskError),
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

/// A server-side cause, kept off the wire.
#[derive(Debug, PartialEq)]
struct DiskError;

impl fmt::Display for DiskError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("disk on fire")
    }
}

impl std::error::Error for DiskError {}

#[derive(serde::Deserialize)]
struct NewVpc {
    name: String,
}

/// What each VPC id answers: an own code, an included one, one the catalogue does not know, a
/// panic, or the VPC.
fn find(id: &str) -> Result<serde_json::Value, VpcError> {
    match id {
        "denied" => Err(BceError::AccessDenied)?,
        "odd" => Err(VpcError::Unknown(UnknownCode::new("Vpc.Odd", "Odd.", 503))),
        "panic" => panic!("asked to panic"),
        "broken" => Err(DiskError)?,
        "vpc-1" => Ok(serde_json::json!({ "vpcId": "vpc-1" })),
        other => Err(VpcError::NotFound(other.to_owned())),
    }
}

async fn get_vpc(
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiErrorResponse<VpcError>> {
    Ok(Json(find(&id)?))
}

async fn create_vpc(Json(vpc): Json<NewVpc>) -> Json<serde_json::Value> {
    Json(serde_json::json!({ "name": vpc.name }))
}

async fn whoami(id: RequestId) -> String {
    id.to_string()
}

fn app() -> Router {
    Router::new()
        .route("/v1/vpc/{id}", get(get_vpc))
        .route("/v1/vpc", post(create_vpc))
        .route("/whoami", get(whoami))
        .method_not_allowed_fallback(fallback)
        .fallback(fallback)
        .layer(CatchPanicLayer::custom(answer_panic))
        .layer(RequestIdLayer)
}

const GATEWAY_ID: &str = "gw-2f1c.7_a";

/// The mock service, asked as if through a gateway that sends its own request id.
struct Api {
    server: Loopback,
}

impl Api {
    async fn send(
        &self,
        method: Method,
        path: &str,
        request_id: Option<&str>,
        content_type: Option<&str>,
        body: &str,
    ) -> Response<Vec<u8>> {
        self.server
            .send(method, path, request_id, content_type, body)
            .await
    }

    async fn get(&self, path: &str) -> Response<Vec<u8>> {
        self.send(Method::GET, path, Some(GATEWAY_ID), None, "")
            .await
    }
}

fn run(test: impl AsyncFnOnce(Api)) {
    // One subscriber for every test of this binary: a thread's own would race with the others
    // over each event's cached interest.
    static RECORDER: Once = Once::new();
    RECORDER.call_once(|| tracing::subscriber::set_global_default(Recorder).unwrap());
    loopback::run(app(), async |server| test(Api { server }).await);
}

fn header(response: &Response<Vec<u8>>) -> &str {
    response.headers()[REQUEST_ID_HEADER].to_str().unwrap()
}

/// The response is `expected` answered to `request_id`: status, header and body byte for byte,
/// and read back to the same typed error.
fn assert_answers<E: ApiError + PartialEq + fmt::Debug>(
    response: &Response<Vec<u8>>,
    expected: &E,
    request_id: &str,
    what: &str,
) {
    assert_eq!(response.status().as_u16(), expected.status(), "{what}");
    assert_eq!(header(response), request_id, "{what}");
    assert_eq!(
        response.headers()["content-type"],
        "application/json",
        "{what}"
    );
    assert_eq!(
        String::from_utf8_lossy(response.body()),
        String::from_utf8_lossy(&ErrorBody::new(expected, request_id).to_vec()),
        "{what}"
    );
    let ResponseError::Service(read) = parse_error_response::<E>(
        response.status().as_u16(),
        Some(request_id),
        response.body(),
    ) else {
        panic!("{what}: not an error body");
    };
    assert_eq!(read.error(), Some(expected), "{what}");
    assert_eq!(read.request_id(), Some(request_id), "{what}");
}

#[test]
fn the_gateway_id_is_kept_on_success_and_on_every_error() {
    run(async |api| {
        let found = api.get("/v1/vpc/vpc-1").await;
        assert_eq!(found.status(), StatusCode::OK);
        assert_eq!(header(&found), GATEWAY_ID);
        assert_eq!(found.body(), br#"{"vpcId":"vpc-1"}"#);

        let whoami = api.get("/whoami").await;
        assert_eq!(whoami.body(), GATEWAY_ID.as_bytes(), "the extractor");

        let cases = [
            ("/v1/vpc/vpc-9", VpcError::NotFound("vpc-9".into()), "own"),
            ("/v1/vpc/denied", BceError::AccessDenied.into(), "included"),
            (
                "/v1/vpc/odd",
                VpcError::Unknown(UnknownCode::new("Vpc.Odd", "Odd.", 503)),
                "unknown",
            ),
        ];
        for (path, expected, what) in cases {
            assert_answers(&api.get(path).await, &expected, GATEWAY_ID, what);
        }
    });
}

#[test]
fn a_request_without_a_well_formed_id_gets_a_new_one() {
    run(async |api| {
        let too_long = "a".repeat(129);
        for sent in [None, Some("two words"), Some(too_long.as_str()), Some("")] {
            let response = api.send(Method::GET, "/v1/vpc/vpc-9", sent, None, "").await;
            let minted = header(&response).to_owned();
            assert_eq!(minted.len(), 36, "{sent:?}: a UUID");
            assert_eq!(minted.as_bytes()[14], b'4', "{sent:?}: version 4");
            assert_answers(
                &response,
                &VpcError::NotFound("vpc-9".into()),
                &minted,
                "minted",
            );
            let success = api.send(Method::GET, "/whoami", sent, None, "").await;
            assert_eq!(success.body(), header(&success).as_bytes());
            assert_ne!(header(&success), minted, "one id per request");
        }
    });
}

#[test]
fn rejections_fallbacks_and_panics_answer_bce_bodies() {
    run(async |api| {
        let json = Some("application/json; charset=utf-8");
        let created = api
            .send(
                Method::POST,
                "/v1/vpc",
                Some(GATEWAY_ID),
                json,
                r#"{"name":"a"}"#,
            )
            .await;
        assert_eq!(created.status(), StatusCode::OK);
        assert_eq!(created.headers()["content-type"], "application/json");
        assert_eq!(created.body(), br#"{"name":"a"}"#);

        let cases = [
            (
                Some("text/plain"),
                r#"{"name":"a"}"#,
                BceError::InvalidHttpRequest,
            ),
            (None, r#"{"name":"a"}"#, BceError::InvalidHttpRequest),
            (json, r#"{"name":"a""#, BceError::MalformedJson),
            (json, "name", BceError::MalformedJson),
            (json, r#"{"name":5}"#, BceError::InappropriateJson),
            (json, r#"{"other":"a"}"#, BceError::InappropriateJson),
            (json, "[]", BceError::InappropriateJson),
        ];
        for (content_type, body, expected) in cases {
            let response = api
                .send(
                    Method::POST,
                    "/v1/vpc",
                    Some(GATEWAY_ID),
                    content_type,
                    body,
                )
                .await;
            assert_answers(&response, &expected, GATEWAY_ID, body);
        }

        let unknown_route = api.get("/v2/nowhere").await;
        assert_answers(&unknown_route, &BceError::InvalidUri, GATEWAY_ID, "route");
        let wrong_method = api
            .send(Method::DELETE, "/v1/vpc/vpc-1", Some(GATEWAY_ID), None, "")
            .await;
        assert_answers(&wrong_method, &BceError::InvalidUri, GATEWAY_ID, "method");
        let panicked = api.get("/v1/vpc/panic").await;
        assert_answers(&panicked, &BceError::InternalError, GATEWAY_ID, "panic");
        // Read through a catalogue that includes the global one, too.
        assert_answers(
            &panicked,
            &VpcError::from(BceError::InternalError),
            GATEWAY_ID,
            "panic, as VpcError",
        );
    });
}

/// The fields of each event, by name, as the event wrote them, with the thread it was written
/// on: each test runs its server on its own thread.
static EVENTS: Mutex<Vec<(ThreadId, HashMap<String, String>)>> = Mutex::new(Vec::new());

struct Recorder;

struct Fields<'a>(&'a mut HashMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = HashMap::new();
        fields.insert("level".to_owned(), event.metadata().level().to_string());
        event.record(&mut Fields(&mut fields));
        EVENTS
            .lock()
            .unwrap()
            .push((thread::current().id(), fields));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn each_error_answer_is_logged_with_its_fields() {
    run(async |api| {
        api.get("/v1/vpc/vpc-9").await;
        api.get("/v1/vpc/odd").await;
        let broken = api.get("/v1/vpc/broken").await;
        assert!(!String::from_utf8_lossy(broken.body()).contains("fire"));
        api.get("/v1/vpc/panic").await;
        api.get("/v1/vpc/vpc-1").await;
    });
    let events = EVENTS.lock().unwrap();
    let here = thread::current().id();
    let events: Vec<&HashMap<String, String>> = events
        .iter()
        .filter(|(thread, _)| *thread == here)
        .map(|(_, fields)| fields)
        .collect();
    let answers: Vec<Vec<(&str, &str)>> = events
        .iter()
        .filter(|fields| fields.contains_key("code"))
        .map(|fields| {
            [
                "level",
                "code",
                "status",
                "request_id",
                "retryable",
                "cause",
                "message",
            ]
            .into_iter()
            .map(|name| (name, fields.get(name).map_or("", String::as_str)))
            .collect()
        })
        .collect();
    let expected = |level, code, status, retryable, cause, message| {
        vec![
            ("level", level),
            ("code", code),
            ("status", status),
            ("request_id", GATEWAY_ID),
            ("retryable", retryable),
            ("cause", cause),
            ("message", message),
        ]
    };
    assert_eq!(
        answers,
        [
            expected(
                "WARN",
                "Vpc.NotFound",
                "404",
                "false",
                "",
                "The VPC vpc-9 does not exist."
            ),
            expected("ERROR", "Vpc.Odd", "503", "true", "", "Odd."),
            expected(
                "ERROR",
                "Vpc.Unavailable",
                "503",
                "true",
                "disk on fire",
                "The VPC store is unavailable."
            ),
            expected(
                "ERROR",
                "InternalError",
                "500",
                "true",
                "",
                "We encountered an internal error. Please try again."
            ),
        ]
    );
    let panic = events
        .iter()
        .find(|fields| fields.contains_key("panic"))
        .expect("the panic logged");
    assert_eq!(panic["panic"], "asked to panic");
}
