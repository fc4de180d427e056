//! The example server's router on a loopback port, asked with a real HTTP client: status, request
//! id header and exact body, then each answer read back to its typed `BlbError`.

#[path = "../../blb-errors/examples/common/listener_api.rs"]
mod listener_api;
#[path = "support/loopback.rs"]
mod loopback;

use axum::http::{Method, Response, StatusCode};
use blb_errors::axum::RequestIdLayer;
use blb_errors::{ApiError, BceError, BlbError, ErrorBody, REQUEST_ID_HEADER};
use loopback::Loopback;

/// The example's router, as the example serves it: the request's id on every answer.
struct Api {
    server: Loopback,
}

impl Api {
    async fn send(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: &str,
    ) -> Response<Vec<u8>> {
        self.server
            .send(method, path, None, content_type, body)
            .await
    }

    async fn get(&self, path: &str) -> Response<Vec<u8>> {
        self.send(Method::GET, path, None, "").await
    }

    async fn post_json(&self, path: &str, body: &str) -> Response<Vec<u8>> {
        self.send(Method::POST, path, Some("application/json"), body)
            .await
    }
}

fn run(test: impl AsyncFnOnce(Api)) {
    let router = listener_api::router(listener_api::seed()).layer(RequestIdLayer);
    loopback::run(router, async |server| test(Api { server }).await);
}

/// `response` is the BCE error body of `expected`, with its status and request id header, and
/// reads back to it.
fn assert_answers(response: &Response<Vec<u8>>, expected: &BlbError, what: &str) {
    assert_eq!(response.status().as_u16(), expected.status(), "{what}");
    assert_eq!(
        response.headers()["content-type"],
        "application/json",
        "{what}"
    );
    let request_id = response
        .headers()
        .get(REQUEST_ID_HEADER)
        .unwrap_or_else(|| panic!("{what}: no request id header"))
        .to_str()
        .unwrap();
    assert_eq!(request_id.len(), 36, "{what}: a UUID request id");
    assert_eq!(
        response.body(),
        &ErrorBody::new(expected, request_id).to_vec(),
        "{what}"
    );

    let parsed = blb_errors::parse_error_response::<BlbError>(
        response.status().as_u16(),
        Some(request_id),
        response.body(),
    );
    assert_eq!(parsed.status(), response.status().as_u16(), "{what}");
    assert_eq!(parsed.request_id(), Some(request_id), "{what}");
    assert_eq!(parsed.error(), Some(expected), "{what}");
}

fn invalid(name: &str) -> BlbError {
    BlbError::InvalidParameter { name: name.into() }
}

fn missing(name: &str) -> BlbError {
    BlbError::MissingParameter { name: name.into() }
}

#[test]
fn the_listener_api_answers_typed_errors() {
    run(async |api| {
        let cases = [
            (
                "/v1/blb/lb-9/listener?listenerPort=80",
                BlbError::InstanceNotFound,
            ),
            ("/v1/blb/lb-1/listener", missing("listenerPort")),
            (
                "/v1/blb/lb-1/listener?listenerPort=http",
                invalid("listenerPort"),
            ),
            (
                "/v1/blb/lb-1/listener?listenerPort=443",
                BlbError::ListenerNotFound,
            ),
        ];
        for (path, expected) in cases {
            let response = api.get(path).await;
            assert_answers(&response, &expected, path);
            // `http::parse_response` reads the same from the whole response.
            let parsed = blb_errors::http::parse_response::<BlbError>(&response);
            assert_eq!(parsed.error(), Some(&expected), "{path}");
        }

        // One body spelled out, as a client on the wire sees it.
        let response = api.get("/v1/blb/lb-1/listener").await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let request_id = response.headers()[REQUEST_ID_HEADER].to_str().unwrap();
        let expected = format!(
            r#"{{"requestId":"{request_id}","code":"MissingParameter","message":"A required parameter 'listenerPort' is not supplied."}}"#
        );
        assert_eq!(
            String::from_utf8(response.body().clone()).unwrap(),
            expected
        );

        let response = api.get("/v1/blb/lb-1/listener?listenerPort=80").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().contains_key(REQUEST_ID_HEADER));
        let listener: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        assert_eq!(
            listener,
            serde_json::json!({"blbId": "lb-1", "listenerPort": 80, "protocol": "HTTP", "backendPort": 8080, "scheduler": "RoundRobin"})
        );
    });
}

#[test]
fn a_listener_port_is_read_only_in_its_canonical_spelling() {
    run(async |api| {
        // Digits only, no sign, no leading zero, 1 to 65535; each of these is not one.
        let spellings = [
            "+80",
            "%2B80",
            "080",
            "0080",
            "0",
            "00",
            "-80",
            "65536",
            "99999999999999999999999",
            "%2080",
            "80%20",
            "8%200",
            "0x50",
            "80.0",
            "1e2",
            "",
            "%EF%BC%98%EF%BC%90",
        ];
        for spelling in spellings {
            let path = format!("/v1/blb/lb-1/listener?listenerPort={spelling}");
            assert_answers(&api.get(&path).await, &invalid("listenerPort"), &path);
        }
        // Given twice, even the same way.
        let path = "/v1/blb/lb-1/listener?listenerPort=80&listenerPort=80";
        assert_answers(&api.get(path).await, &invalid("listenerPort"), path);
        let path = "/v1/blb/lb-1/listener?listenerPort";
        assert_answers(&api.get(path).await, &invalid("listenerPort"), path);

        // Ports in range that no listener has.
        for port in ["1", "443", "65535"] {
            let path = format!("/v1/blb/lb-1/listener?listenerPort={port}");
            assert_answers(&api.get(&path).await, &BlbError::ListenerNotFound, &path);
        }
        // Percent-encoded digits are the digits; other parameters are ignored.
        for path in [
            "/v1/blb/lb-1/listener?listenerPort=%38%30",
            "/v1/blb/lb-1/listener?clientToken=a+b&listenerPort=80&",
        ] {
            assert_eq!(api.get(path).await.status(), StatusCode::OK, "{path}");
        }
    });
}

#[test]
fn every_error_it_answers_is_a_bce_body() {
    run(async |api| {
        let invalid_uri = BlbError::Global(BceError::InvalidUri);
        let cases = [
            (Method::GET, "/", invalid_uri.clone()),
            (
                Method::GET,
                "/v1/blb/lb-1/listeners?listenerPort=80",
                invalid_uri.clone(),
            ),
            (Method::GET, "/v1", invalid_uri.clone()),
            (
                Method::GET,
                "/vx/blb/lb-1/listener?listenerPort=80",
                invalid_uri.clone(),
            ),
            (
                Method::GET,
                "/v2/blb/lb-1/listener?listenerPort=80",
                BlbError::Global(BceError::InvalidVersion),
            ),
            (
                Method::POST,
                "/v10/blb/lb-1/TCPlistener",
                BlbError::Global(BceError::InvalidVersion),
            ),
            (
                Method::DELETE,
                "/v1/blb/lb-1/listener?listenerPort=80",
                invalid_uri.clone(),
            ),
            (Method::GET, "/v1/blb/lb-1/TCPlistener", invalid_uri.clone()),
            // Not UTF-8 once decoded.
            (
                Method::GET,
                "/v1/blb/%FF/listener?listenerPort=80",
                invalid_uri.clone(),
            ),
            (
                Method::POST,
                "/v1/blb/%C3%28/TCPlistener",
                invalid_uri.clone(),
            ),
            (
                Method::GET,
                "/v1/blb/lb-1/listener?%FF=1&listenerPort=80",
                invalid_uri.clone(),
            ),
            (
                Method::GET,
                "/v1/blb/lb-1/listener?listenerPort=%FF",
                invalid("listenerPort"),
            ),
            (
                Method::GET,
                "/v1/blb/lb-1/listener?listenerPort=%8",
                invalid("listenerPort"),
            ),
            (
                Method::GET,
                "/v1/blb/lb-1/listener?listenerPort=80&clientToken=%ZZ",
                invalid("clientToken"),
            ),
        ];
        for (method, path, expected) in cases {
            let what = format!("{method} {path}");
            assert_answers(&api.send(method, path, None, "").await, &expected, &what);
        }
    });
}

#[test]
fn a_listener_body_is_read_as_strictly_as_its_query() {
    run(async |api| {
        let path = "/v1/blb/lb-1/TCPlistener";
        let bad_request = BlbError::Global(BceError::InvalidHttpRequest);
        let valid = r#"{"listenerPort": 81, "backendPort": 8081, "scheduler": "Hash"}"#;
        let content_types = [None, Some("text/plain"), Some("application/jsonp")];
        for content_type in content_types {
            let response = api.send(Method::POST, path, content_type, valid).await;
            assert_answers(
                &response,
                &bad_request,
                &format!("content type {content_type:?}"),
            );
        }
        let too_large = format!(
            r#"{{"listenerPort": 81, "backendPort": 8081, "scheduler": "Hash", "padding": "{}"}}"#,
            "a".repeat(listener_api::BODY_LIMIT)
        );
        assert_answers(
            &api.post_json(path, &too_large).await,
            &bad_request,
            "a body past the limit",
        );

        let bodies = [
            ("", BlbError::Global(BceError::MalformedJson)),
            (
                r#"{"listenerPort": 81"#,
                BlbError::Global(BceError::MalformedJson),
            ),
            ("[81, 8081]", BlbError::Global(BceError::InappropriateJson)),
            ("81", BlbError::Global(BceError::InappropriateJson)),
            (
                r#"{"backendPort": 8081, "scheduler": "Hash"}"#,
                missing("listenerPort"),
            ),
            (
                r#"{"listenerPort": 81, "scheduler": "Hash"}"#,
                missing("backendPort"),
            ),
            (
                r#"{"listenerPort": 81, "backendPort": 8081}"#,
                missing("scheduler"),
            ),
            (
                r#"{"listenerPort": "81", "backendPort": 8081, "scheduler": "Hash"}"#,
                invalid("listenerPort"),
            ),
            (
                r#"{"listenerPort": 81.0, "backendPort": 8081, "scheduler": "Hash"}"#,
                invalid("listenerPort"),
            ),
            (
                r#"{"listenerPort": 0, "backendPort": 8081, "scheduler": "Hash"}"#,
                invalid("listenerPort"),
            ),
            (
                r#"{"listenerPort": -81, "backendPort": 8081, "scheduler": "Hash"}"#,
                invalid("listenerPort"),
            ),
            (
                r#"{"listenerPort": 81, "backendPort": 65536, "scheduler": "Hash"}"#,
                invalid("backendPort"),
            ),
            (
                r#"{"listenerPort": 81, "backendPort": 8081, "scheduler": "hash"}"#,
                invalid("scheduler"),
            ),
            (
                r#"{"listenerPort": 81, "backendPort": 8081, "scheduler": null}"#,
                invalid("scheduler"),
            ),
            (
                r#"{"listenerPort": 80, "backendPort": 8081, "scheduler": "Hash"}"#,
                BlbError::ListenerAlreadyExist,
            ),
        ];
        for (body, expected) in bodies {
            assert_answers(&api.post_json(path, body).await, &expected, body);
        }
        let response = api.post_json("/v1/blb/lb-9/TCPlistener", valid).await;
        assert_answers(
            &response,
            &BlbError::InstanceNotFound,
            "an unknown load balancer",
        );
    });
}

#[test]
fn a_created_listener_is_answered_and_then_found() {
    run(async |api| {
        let path = "/v1/blb/lb-1/TCPlistener";
        // A field the API does not know is ignored; a charset parameter is fine.
        let body = r#"{"listenerPort": 81, "backendPort": 8081, "scheduler": "LeastConnection", "description": "x"}"#;
        let response = api
            .send(
                Method::POST,
                path,
                Some("application/json; charset=utf-8"),
                body,
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().contains_key(REQUEST_ID_HEADER));
        let expected = serde_json::json!({"blbId": "lb-1", "listenerPort": 81, "protocol": "TCP", "backendPort": 8081, "scheduler": "LeastConnection"});
        let created: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        assert_eq!(created, expected);

        let response = api.get("/v1/blb/lb-1/listener?listenerPort=81").await;
        assert_eq!(response.status(), StatusCode::OK);
        let found: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        assert_eq!(found, expected);
        assert_answers(
            &api.post_json(path, body).await,
            &BlbError::ListenerAlreadyExist,
            "the same port again",
        );
    });
}
