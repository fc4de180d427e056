use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(code = "Store.Io", status = 503, message = "Failed: {0}")]
    Io(#[source] std::io::Error),
}

fn main() {}
