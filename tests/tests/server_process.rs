//! The `server` example as a process of its own, against clients that would hold it: a flood of
//! idle connections past its file descriptor limit, and clients too slow to finish a request.
//!
//! Each test starts the binary on a free loopback port, bounds every wait, and kills it at the end
//! (also when an assertion fails).

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use axum::http::Response;
use blb_errors::{BceError, BlbError, ErrorBody, REQUEST_ID_HEADER};

/// The longest any single wait of these tests lasts.
const PATIENCE: Duration = Duration::from_secs(5);

/// A running example server, killed when dropped.
struct Server {
    child: Child,
    address: SocketAddr,
    stderr: Receiver<String>,
}

impl Server {
    /// The example server with `settings` in its environment and, when given, at most
    /// `descriptors` open files.
    fn start(descriptors: Option<u32>, settings: &[(&str, &str)]) -> Self {
        let binary = env!("CARGO_BIN_EXE_example-server");
        let mut command = match descriptors {
            Some(limit) => {
                let mut shell = Command::new("sh");
                shell
                    .arg("-c")
                    .arg(format!("ulimit -n {limit} && exec \"$0\""))
                    .arg(binary);
                shell
            }
            None => Command::new(binary),
        };
        let mut child = command
            .env("PORT", "0")
            .envs(settings.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example server starts");
        let stdout = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        let mut server = Self {
            child,
            address: SocketAddr::from(([127, 0, 0, 1], 0)),
            stderr,
        };
        let first = stdout
            .recv_timeout(PATIENCE)
            .expect("the server names its address");
        server.address = first
            .strip_prefix("listening on http://")
            .and_then(|address| address.parse().ok())
            .unwrap_or_else(|| panic!("not an address line: {first}"));
        server
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect_timeout(&self.address, PATIENCE).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.set_write_timeout(Some(PATIENCE)).unwrap();
        stream
    }

    /// Waits for a line on stderr that contains `text`.
    fn logged(&self, text: &str) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(text) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
        false
    }

    fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already gone is fine: the assertions say whether it should be.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The lines `reader` gives, on a thread of their own.
fn lines(reader: impl Read + Send + 'static) -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(reader).lines() {
            let Ok(line) = line else { break };
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

const GET_LISTENER: &[u8] =
    b"GET /v1/blb/lb-1/listener?listenerPort=80 HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n";

/// The whole response on `stream`, which the server closes after it.
fn read_response(stream: &mut TcpStream) -> Response<Vec<u8>> {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("an answer in time");
    let text = String::from_utf8(bytes).expect("a text answer");
    let (head, body) = text.split_once("\r\n\r\n").expect("a whole head");
    let mut head = head.split("\r\n");
    let status = head.next().unwrap().split(' ').nth(1).unwrap();
    let mut response = Response::builder().status(status);
    for header in head {
        let (name, value) = header.split_once(": ").unwrap();
        response = response.header(name, value);
    }
    response.body(body.as_bytes().to_vec()).unwrap()
}

/// When the server closes `stream`, if it does within the stream's read timeout; it must not
/// answer.
fn closed_without_answer(stream: &mut TcpStream) -> Option<Instant> {
    let mut byte = [0; 1];
    match stream.read(&mut byte) {
        Ok(0) => Some(Instant::now()),
        Ok(_) => panic!("the server answers: {:?}", char::from(byte[0])),
        Err(error) if error.kind() == ErrorKind::ConnectionReset => Some(Instant::now()),
        Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => None,
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn a_flood_of_idle_connections_past_the_descriptor_limit_slows_it_but_does_not_stop_it() {
    // Idle connections stay open for the whole test: only their closing frees descriptors.
    let mut server = Server::start(Some(64), &[("HEADER_READ_TIMEOUT", "60")]);
    let flood: Vec<TcpStream> = (0..100).map(|_| server.connect()).collect();
    assert!(
        server.logged("Too many open files"),
        "the flood exhausts the descriptors"
    );
    // Several of the accept loop's waits.
    thread::sleep(Duration::from_millis(500));
    assert!(
        server.is_running(),
        "the server outlives descriptor exhaustion"
    );

    let mut waiting = server.connect();
    waiting.write_all(GET_LISTENER).unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let mut byte = [0; 1];
    let early = waiting.read(&mut byte);
    assert!(
        matches!(&early, Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)),
        "no answer while the flood holds every descriptor: {early:?}"
    );

    drop(flood);
    waiting.set_read_timeout(Some(PATIENCE)).unwrap();
    assert_eq!(
        read_response(&mut waiting).status(),
        200,
        "the waiting request"
    );
    let mut fresh = server.connect();
    fresh.write_all(GET_LISTENER).unwrap();
    assert_eq!(read_response(&mut fresh).status(), 200, "a new request");
    assert!(server.is_running());
}

#[test]
fn a_client_too_slow_with_its_headers_is_cut_off_at_the_header_timeout() {
    let server = Server::start(None, &[("HEADER_READ_TIMEOUT", "1")]);
    let started = Instant::now();

    // One header byte every 100 ms, never the blank line that ends them.
    let mut slow = server.connect();
    slow.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let header =
        b"GET /v1/blb/lb-1/listener?listenerPort=80 HTTP/1.1\r\nhost: 127.0.0.1\r\nx-padding: ";
    let mut sent = header.iter().chain(std::iter::repeat(&b'a'));
    let closed = loop {
        assert!(
            started.elapsed() < PATIENCE,
            "the slow client is still held"
        );
        if slow.write_all(&[*sent.next().unwrap()]).is_err() {
            break Instant::now();
        }
        if let Some(closed) = closed_without_answer(&mut slow) {
            break closed;
        }
    };
    let held = closed - started;
    assert!(
        (Duration::from_millis(900)..Duration::from_secs(3)).contains(&held),
        "held {held:?}"
    );

    // A connection that never sends a byte is closed after the same time.
    let mut idle = server.connect();
    let started = Instant::now();
    let closed = closed_without_answer(&mut idle).expect("the idle connection is closed");
    let held = closed - started;
    assert!(
        (Duration::from_millis(900)..Duration::from_secs(3)).contains(&held),
        "held {held:?}"
    );
    assert!(server.logged("read header from client timeout"));
}

#[test]
fn a_request_whose_body_comes_too_slowly_is_answered_internal_error_at_the_request_timeout() {
    let server = Server::start(None, &[("REQUEST_TIMEOUT", "1")]);
    let mut slow = server.connect();
    let started = Instant::now();
    slow.write_all(
        b"POST /v1/blb/lb-1/TCPlistener HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 60\r\n\r\n{\"listenerPort\": 81,",
    )
    .unwrap();
    let response = read_response(&mut slow);
    let held = started.elapsed();
    assert!(
        (Duration::from_millis(900)..Duration::from_secs(3)).contains(&held),
        "answered after {held:?}"
    );

    let expected = BlbError::Global(BceError::InternalError);
    assert_eq!(response.status(), 500);
    assert_eq!(response.headers()["content-type"], "application/json");
    let request_id = response.headers()[REQUEST_ID_HEADER].to_str().unwrap();
    assert_eq!(
        response.body(),
        &ErrorBody::new(&expected, request_id).to_vec()
    );
    let parsed =
        blb_errors::parse_error_response::<BlbError>(500, Some(request_id), response.body());
    assert_eq!(parsed.error(), Some(&expected));
    assert!(parsed.is_retryable());
}

#[test]
fn a_timeout_that_is_not_a_positive_number_of_seconds_stops_it_at_start() {
    for (name, value) in [
        ("HEADER_READ_TIMEOUT", "0"),
        ("HEADER_READ_TIMEOUT", "ten"),
        ("REQUEST_TIMEOUT", "-1"),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_example-server"))
            .env("PORT", "0")
            .env(name, value)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{name}={value}: the server starts");
            }
            thread::sleep(Duration::from_millis(20));
        };
        assert!(!status.success(), "{name}={value}");
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(
            stderr.contains(&format!("{name}: not a number of seconds: {value}")),
            "{name}={value}: {stderr}"
        );
    }
}
