use blb_errors::ApiError;

// `transparent` includes a catalogue made by the derive; `std::io::Error` is none. One error, at
// the field's type, and none where the enum is used.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Io(std::io::Error),
    #[api(code = "Busy", status = 503, message = "Busy.")]
    Busy,
}

fn main() {
    let error = ServiceError::Busy;
    let _ = (error.status(), error.code(), error.message(), error.to_string());
    let _ = ServiceError::from_wire("Busy", "Busy.", 503);
    let _ = ServiceError::catalogue();
}
