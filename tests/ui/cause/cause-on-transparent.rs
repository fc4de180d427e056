use blb_errors::{ApiError, BceError};

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(transparent)]
    Global(#[source] BceError),
}

fn main() {}
