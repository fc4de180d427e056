use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(code = "Store.Io", status = 503, message = "The store is unavailable.")]
    Io(#[source] String),
}

fn main() {}
