use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(code = "Store.Copy", status = 503, message = "The copy failed.")]
    Copy {
        #[source]
        read: std::io::Error,
        #[source]
        write: std::io::Error,
    },
}

fn main() {}
