use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[api(code = "Store.Locked", status = 409, message = "The record {id} is locked.")]
    Locked {
        id: String,
        #[from]
        cause: std::io::Error,
    },
}

fn main() {}
