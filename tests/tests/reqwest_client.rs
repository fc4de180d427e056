//! A real reqwest client over loopback, through `blb_errors::reqwest`: against servers these tests
//! start (canned answers, a closed port, a server that never answers) and against the example
//! server as a process of its own. Each call gives the right kind of error, with its request id,
//! debug id and retry advice.
//!
//! Every wait is bounded: the client has a timeout of its own, and each test's runtime runs it
//! under an overall limit.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::Duration;

use blb_errors::reqwest::BceResponseExt;
use blb_errors::{ApiError, BceError, BlbError, ClientError, Retry, TransportKind};

/// The longest any call of these tests may take.
const PATIENCE: Duration = Duration::from_secs(5);

/// A server on a loopback port that answers each request with the bytes `answer` gives for its
/// path, then closes the connection; `None` holds the connection open without a byte.
fn canned(answer: fn(&str) -> Option<Vec<u8>>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            thread::spawn(move || serve(stream, answer));
        }
    });
    address
}

fn serve(mut stream: TcpStream, answer: fn(&str) -> Option<Vec<u8>>) {
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut head = Vec::new();
    let mut byte = [0; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or("");
    match answer(path) {
        Some(bytes) => {
            let _ = stream.write_all(&bytes);
        }
        // Held until the client gives up.
        None => {
            let _ = stream.read(&mut byte);
        }
    }
}

/// An HTTP/1.1 response with these headers and body, `content-length` given unless `headers`
/// has one.
fn response(status: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut text = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if !headers.iter().any(|(name, _)| *name == "content-length") {
        text.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    text.push_str("\r\n");
    text.push_str(body);
    text.into_bytes()
}

fn bce_body(code: &str, message: &str) -> String {
    format!(r#"{{"requestId":"r-body","code":"{code}","message":"{message}"}}"#)
}

const GATEWAY_PAGE: &str = "<html><body><h1>502 Bad Gateway</h1></body></html>";

const IDS: [(&str, &str); 2] = [("x-bce-request-id", "r-header"), ("x-bce-debug-id", "d-1")];

fn api(path: &str) -> Option<Vec<u8>> {
    let json = ("content-type", "application/json");
    let [request_id, debug_id] = IDS;
    Some(match path {
        "/ok" => response("200 OK", &[json, request_id], r#"{"listenerPort":80}"#),
        "/listener" => response(
            "404 Not Found",
            &[json, request_id, debug_id],
            &bce_body("ListenerNotFound", "The specified listener does not exist."),
        ),
        "/expired" => response(
            "400 Bad Request",
            &[json, request_id, debug_id],
            &bce_body(
                "RequestExpired",
                "Request has expired. Timestamp date is 2024-03-01T00:00:00Z.",
            ),
        ),
        "/busy" => response(
            "409 Conflict",
            &[json, request_id, debug_id],
            &bce_body(
                "LastOperationNotFinished",
                "Last operation has not finished.",
            ),
        ),
        "/internal" => response(
            "500 Internal Server Error",
            &[json, request_id, debug_id],
            &bce_body(
                "InternalError",
                "We encountered an internal error. Please try again.",
            ),
        ),
        "/throttled" => response(
            "429 Too Many Requests",
            &[json, request_id, debug_id, ("retry-after", "7")],
            &bce_body("RequestLimitExceeded", "Too many requests."),
        ),
        "/gateway" => response(
            "502 Bad Gateway",
            &[("content-type", "text/html"), debug_id],
            GATEWAY_PAGE,
        ),
        "/iam" => response(
            "403 Forbidden",
            &[
                request_id,
                debug_id,
                ("x-bce-error-code", "IamSignatureInvalid"),
                ("x-bce-error-message", "Could not find credential"),
            ],
            "",
        ),
        "/cut" => {
            let mut bytes = response(
                "503 Service Unavailable",
                &[json, request_id, debug_id, ("content-length", "500")],
                "",
            );
            bytes.extend_from_slice(br#"{"code":"Inter"#);
            bytes
        }
        "/html-success" => response("200 OK", &[request_id, debug_id], "<html>ok</html>"),
        "/silent" => return None,
        _ => response("500 Internal Server Error", &[], "no such canned answer"),
    })
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap()
}

/// `work` on a runtime of its own, within [`PATIENCE`].
fn run<T>(work: impl Future<Output = T>) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        tokio::time::timeout(PATIENCE, work)
            .await
            .expect("the call ends in time")
    })
}

/// What one canned path gives, as an error.
fn call(address: SocketAddr, path: &str) -> ClientError<BlbError> {
    run(async {
        client()
            .get(format!("http://{address}{path}"))
            .send()
            .await
            .bce_error_for_status::<BlbError>()
            .await
            .expect_err("an error answer")
    })
}

#[test]
fn a_success_passes_through_untouched_and_reads_as_json() {
    let address = canned(api);
    let url = format!("http://{address}/ok");
    let (status, header, body) = run(async {
        let response = client()
            .get(&url)
            .send()
            .await
            .bce_error_for_status::<BlbError>()
            .await
            .unwrap();
        let header = response.headers()["x-bce-request-id"].clone();
        (response.status(), header, response.text().await.unwrap())
    });
    assert_eq!(
        (status.as_u16(), header.to_str().unwrap()),
        (200, "r-header")
    );
    assert_eq!(body, r#"{"listenerPort":80}"#, "the body is left to read");

    let listener: serde_json::Value = run(async {
        client()
            .get(&url)
            .send()
            .await
            .bce_json::<_, BlbError>()
            .await
            .unwrap()
    });
    assert_eq!(listener["listenerPort"], 80);
}

#[test]
fn each_service_error_is_typed_with_its_ids_and_advice() {
    let address = canned(api);
    let cases = [
        ("/listener", 404, Retry::Never),
        ("/expired", 400, Retry::SignAgain),
        ("/busy", 409, Retry::WaitForPrevious),
        ("/internal", 500, Retry::Backoff),
        (
            "/throttled",
            429,
            Retry::Throttled {
                after: Some(Duration::from_secs(7)),
            },
        ),
    ];
    for (path, status, advice) in cases {
        let error = call(address, path);
        let ClientError::Service(service) = &error else {
            panic!("{path}: expected a service error, got {error:?}");
        };
        assert_eq!(error.status(), Some(status), "{path}");
        assert_eq!(
            error.request_id(),
            Some("r-body"),
            "{path}: the body's id wins"
        );
        assert_eq!(error.debug_id(), Some("d-1"), "{path}");
        assert_eq!(error.retry(), advice, "{path}");
        assert_eq!(error.is_retryable(), advice != Retry::Never, "{path}");
        assert_eq!(error.code(), Some(service.code()), "{path}");
        assert_eq!(
            error.to_string(),
            format!(
                "{}: {} (status {status}, request id r-body, debug id d-1)",
                service.code(),
                service.message()
            ),
            "{path}"
        );
    }
    let error = call(address, "/expired");
    assert!(matches!(
        error.error(),
        Some(BlbError::Global(BceError::RequestExpired { timestamp })) if timestamp == "2024-03-01T00:00:00Z"
    ));
    let source = std::error::Error::source(&error).expect("the typed error");
    assert_eq!(
        source.to_string(),
        "Request has expired. Timestamp date is 2024-03-01T00:00:00Z."
    );
    let unknown = call(address, "/throttled");
    assert_eq!(
        unknown.error().map(ApiError::code),
        Some("RequestLimitExceeded")
    );
    assert_eq!(unknown.retry().delay(3), Some(Duration::from_secs(7)));
}

#[test]
fn a_gateway_page_and_a_gateway_header_error_are_malformed_with_what_they_said() {
    let address = canned(api);
    let gateway = call(address, "/gateway");
    let ClientError::Malformed(malformed) = &gateway else {
        panic!("expected a malformed response, got {gateway:?}");
    };
    assert_eq!(*malformed.reason(), blb_errors::MalformedReason::NotJson);
    assert!(malformed.body_snippet().contains("502 Bad Gateway"));
    assert_eq!((gateway.status(), gateway.request_id()), (Some(502), None));
    assert_eq!(gateway.debug_id(), Some("d-1"));
    assert_eq!((gateway.code(), gateway.retry()), (None, Retry::Backoff));
    assert_eq!(
        gateway.to_string(),
        format!(
            "malformed error response: the body is not JSON (status 502, request id none, debug id d-1, {} byte body)",
            GATEWAY_PAGE.len()
        )
    );

    let iam = call(address, "/iam");
    assert!(
        matches!(&iam, ClientError::Malformed(malformed) if *malformed.reason() == blb_errors::MalformedReason::Empty)
    );
    assert_eq!(iam.code(), Some("IamSignatureInvalid"));
    assert_eq!(iam.message(), Some("Could not find credential"));
    assert_eq!(
        (iam.status(), iam.request_id()),
        (Some(403), Some("r-header"))
    );
    assert_eq!((iam.debug_id(), iam.retry()), (Some("d-1"), Retry::Never));
    assert!(
        iam.to_string()
            .starts_with("IamSignatureInvalid: Could not find credential"),
        "{iam}"
    );
}

#[test]
fn a_body_cut_off_and_a_success_body_of_another_shape_are_transport_errors() {
    let address = canned(api);
    let cut = call(address, "/cut");
    let ClientError::Transport(transport) = &cut else {
        panic!("expected a transport error, got {cut:?}");
    };
    assert_eq!(transport.kind(), TransportKind::Body);
    assert_eq!(
        (cut.status(), cut.request_id()),
        (Some(503), Some("r-header"))
    );
    assert_eq!((cut.debug_id(), cut.retry()), (Some("d-1"), Retry::Backoff));
    assert!(std::error::Error::source(&cut).is_some(), "reqwest's error");

    let html = run(async {
        client()
            .get(format!("http://{address}/html-success"))
            .send()
            .await
            .bce_json::<serde_json::Value, BlbError>()
            .await
            .expect_err("not JSON")
    });
    let ClientError::Transport(transport) = &html else {
        panic!("expected a transport error, got {html:?}");
    };
    assert_eq!(transport.kind(), TransportKind::Decode);
    assert_eq!(
        (html.status(), html.request_id()),
        (Some(200), Some("r-header"))
    );
    assert_eq!((html.debug_id(), html.retry()), (Some("d-1"), Retry::Never));
    assert_eq!(
        html.to_string(),
        format!(
            "the body from http://{address}/html-success is not the JSON expected (status 200, request id r-header, debug id d-1)"
        )
    );
}

#[test]
fn a_closed_port_is_a_connect_error_to_retry() {
    // A port just freed: nothing listens there.
    let address = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let url = format!("http://{address}/ok");
    let error = run(async {
        client()
            .get(&url)
            .send()
            .await
            .bce_error_for_status::<BlbError>()
            .await
            .expect_err("nothing listens")
    });
    let ClientError::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    assert_eq!(transport.kind(), TransportKind::Connect);
    assert_eq!(
        (error.status(), error.request_id(), error.debug_id()),
        (None, None, None)
    );
    assert_eq!(error.retry(), Retry::Backoff);
    assert_eq!(error.to_string(), format!("could not connect to {url}"));
}

#[test]
fn a_server_that_never_answers_is_a_timeout_to_retry() {
    let address = canned(api);
    let started = std::time::Instant::now();
    let error = call(address, "/silent");
    let ClientError::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    assert_eq!(transport.kind(), TransportKind::Timeout);
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "the client's own timeout"
    );
    assert_eq!((error.status(), error.request_id()), (None, None));
    assert_eq!(error.retry(), Retry::Backoff);
}

/// The example server as a process, killed when dropped.
struct ExampleServer {
    child: Child,
    address: String,
}

impl ExampleServer {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_example-server"))
            .env("PORT", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the example server starts");
        let mut stdout = child.stdout.take().unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        thread::spawn(move || {
            let mut line = Vec::new();
            let mut byte = [0; 1];
            while stdout.read(&mut byte).is_ok_and(|read| read == 1) && byte[0] != b'\n' {
                line.push(byte[0]);
            }
            let _ = sender.send(String::from_utf8_lossy(&line).into_owned());
            // Read on, so that the server's later lines find the pipe open.
            let _ = std::io::copy(&mut stdout, &mut std::io::sink());
        });
        let first = receiver
            .recv_timeout(PATIENCE)
            .expect("the server names its address");
        let address = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("not an address line: {first}"))
            .to_owned();
        Self { child, address }
    }
}

impl Drop for ExampleServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_example_server_answers_a_listener_and_a_typed_error() {
    let server = ExampleServer::start();
    let listener = run(async {
        client()
            .get(format!(
                "{}/v1/blb/lb-1/listener?listenerPort=80",
                server.address
            ))
            .send()
            .await
            .bce_json::<serde_json::Value, BlbError>()
            .await
            .unwrap()
    });
    assert_eq!(listener["listenerPort"], 80);

    for (query, expected) in [
        ("listenerPort=81", BlbError::ListenerNotFound),
        (
            "",
            BlbError::MissingParameter {
                name: "listenerPort".into(),
            },
        ),
    ] {
        let error = run(async {
            client()
                .get(format!("{}/v1/blb/lb-1/listener?{query}", server.address))
                .send()
                .await
                .bce_error_for_status::<BlbError>()
                .await
                .expect_err("an error answer")
        });
        assert_eq!(error.error(), Some(&expected));
        assert_eq!(error.status(), Some(expected.status()));
        let request_id = error.request_id().expect("the server's request id");
        assert_eq!(request_id.len(), 36, "{request_id}");
        assert_eq!(
            error.headers().request_id(),
            Some(request_id),
            "the header and the body agree"
        );
        assert_eq!(error.retry(), Retry::Never);
    }
}
