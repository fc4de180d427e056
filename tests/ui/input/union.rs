use blb_errors::ApiError;

#[derive(ApiError)]
union NotAnEnum {
    status: u16,
}

fn main() {}
