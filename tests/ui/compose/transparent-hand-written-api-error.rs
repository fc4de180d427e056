use std::borrow::Cow;
use std::fmt;

use blb_errors::{ApiError, CatalogueEntry};

// A hand-written `ApiError` has no catalogue rows to compose.
#[derive(Debug)]
struct Handmade;

impl fmt::Display for Handmade {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("handmade")
    }
}

impl std::error::Error for Handmade {}

impl ApiError for Handmade {
    fn status(&self) -> u16 {
        500
    }
    fn code(&self) -> &str {
        "Handmade"
    }
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed("handmade")
    }
    fn entry(&self) -> Option<&'static CatalogueEntry> {
        None
    }
    fn is_retryable(&self) -> bool {
        false
    }
    fn catalogue() -> &'static [CatalogueEntry] {
        &[]
    }
    fn lookup(_: &str) -> Option<&'static CatalogueEntry> {
        None
    }
    fn from_code(_: &str) -> Option<Self> {
        None
    }
    fn from_wire(_: &str, _: &str, _: u16) -> Option<Self> {
        None
    }
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Inner(Handmade),
}

fn main() {
    let _ = ServiceError::Inner(Handmade).code();
}
