use blb_errors::ApiError;

// The message names both catalogues as written, however long their paths.
mod the_errors_of_a_service_with_a_rather_long_module_name {
    pub mod and_a_second_level_that_makes_the_path_longer_still {
        pub use blb_errors::{BceError, BlbError};
    }
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Blb(the_errors_of_a_service_with_a_rather_long_module_name::and_a_second_level_that_makes_the_path_longer_still::BlbError),
    #[api(transparent)]
    Global(the_errors_of_a_service_with_a_rather_long_module_name::and_a_second_level_that_makes_the_path_longer_still::BceError),
}

fn main() {}
