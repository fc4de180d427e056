use blb_errors::{ApiError, BceError, BlbError};

// BlbError includes BceError already: including both gives every global code twice.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Blb(BlbError),
    #[api(transparent)]
    Global(BceError),
}

fn main() {}
