//! A router served on a loopback port of its own, and a real HTTP client that asks it, each answer
//! bounded in time: what the in-process server tests share.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{Method, Request, Response};
use blb_errors::REQUEST_ID_HEADER;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// The address a router is served on, and a client for it.
pub struct Loopback {
    address: SocketAddr,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Loopback {
    /// One request, with the request id and content type when given; the answer with its body
    /// read whole, within 5 seconds.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        request_id: Option<&str>,
        content_type: Option<&str>,
        body: &str,
    ) -> Response<Vec<u8>> {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("http://{}{path}", self.address));
        if let Some(request_id) = request_id {
            request = request.header(REQUEST_ID_HEADER, request_id);
        }
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let request = request
            .body(Full::new(Bytes::from(body.to_owned())))
            .unwrap();
        let response = tokio::time::timeout(Duration::from_secs(5), self.client.request(request))
            .await
            .expect("an answer in time")
            .unwrap();
        let (parts, body) = response.into_parts();
        Response::from_parts(parts, body.collect().await.unwrap().to_bytes().to_vec())
    }
}

/// `test` against `router`, served on a free loopback port by a runtime of this test's own.
pub fn run(router: Router, test: impl AsyncFnOnce(Loopback)) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        let client = Client::builder(TokioExecutor::new()).build_http();
        test(Loopback { address, client }).await;
    });
}
