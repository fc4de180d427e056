use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ServiceError<E: ApiError> {
    #[api(transparent)]
    Inner(E),
}

fn main() {}
