//! The example server's router on a loopback port, asked with a real HTTP client: status, request
//! id header and exact body, then each answer read back to its typed `BlbError`.

#[path = "../../blb-errors/examples/common/listener_api.rs"]
mod listener_api;

use axum::body::Bytes;
use axum::http::{Request, Response, StatusCode};
use blb_errors::{BlbError, ErrorBody, REQUEST_ID_HEADER};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

#[test]
fn the_listener_api_answers_typed_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            axum::serve(listener, listener_api::router(listener_api::seed())).await.unwrap();
        });
        let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
        let get = |path: &str| {
            let request = Request::get(format!("http://{address}{path}")).body(Empty::new()).unwrap();
            let response = client.request(request);
            async move {
                let (parts, body) = response.await.unwrap().into_parts();
                Response::from_parts(parts, body.collect().await.unwrap().to_bytes().to_vec())
            }
        };

        let cases = [
            ("/v1/blb/lb-9/listener?listenerPort=80", BlbError::InstanceNotFound),
            (
                "/v1/blb/lb-1/listener",
                BlbError::MissingParameter {
                    name: "listenerPort".into(),
                },
            ),
            (
                "/v1/blb/lb-1/listener?listenerPort=http",
                BlbError::InvalidParameter {
                    name: "listenerPort".into(),
                },
            ),
            ("/v1/blb/lb-1/listener?listenerPort=443", BlbError::ListenerNotFound),
        ];
        for (path, expected) in cases {
            let response = get(path).await;
            let request_id = response.headers()[REQUEST_ID_HEADER].to_str().unwrap().to_owned();
            assert_eq!(request_id.len(), 36, "{path}: a UUID request id");
            assert_eq!(response.headers()["content-type"], "application/json", "{path}");
            assert_eq!(response.body(), &ErrorBody::new(&expected, &request_id).to_vec(), "{path}");

            let parsed = blb_errors::http::parse_response::<BlbError, _>(&response);
            assert_eq!(parsed.status(), response.status().as_u16(), "{path}");
            assert_eq!(parsed.request_id(), Some(request_id.as_str()), "{path}");
            assert_eq!(parsed.error(), Some(&expected), "{path}");
        }

        // One body spelled out, as a client on the wire sees it.
        let response = get("/v1/blb/lb-1/listener").await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let request_id = response.headers()[REQUEST_ID_HEADER].to_str().unwrap();
        let expected = format!(
            r#"{{"requestId":"{request_id}","code":"MissingParameter","message":"A required parameter 'listenerPort' is not supplied."}}"#
        );
        assert_eq!(String::from_utf8(response.body().clone()).unwrap(), expected);

        let response = get("/v1/blb/lb-1/listener?listenerPort=80").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().contains_key(REQUEST_ID_HEADER));
        let listener: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        assert_eq!(
            listener,
            serde_json::json!({"blbId": "lb-1", "listenerPort": 80, "protocol": "HTTP", "backendPort": 8080})
        );
    });
}
