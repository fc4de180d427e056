use blb_errors::ApiError;

#[derive(Debug)]
struct Port(u16);

// A field a message writes is written with `Display`: one error, at the field's type.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "PortBusy", status = 409, message = "Port {port} is busy.")]
    PortBusy { port: Port },
}

fn main() {
    let error = ListenerError::PortBusy { port: Port(80) };
    let _ = (error.code(), error.message(), error.to_string());
}
