//! A catalogue as the tool sees it: a name, its rows, and a reader of responses typed by it.

use std::fmt;

use crate::{ApiError, CatalogueEntry, ResponseError, parse_error_response};

/// One catalogue the tool knows: a derived error type under a short name.
///
/// ```
/// use blb_errors::BlbError;
/// use blb_errors::explain::Catalogue;
///
/// const BLB: Catalogue = Catalogue::new::<BlbError>("BLB", "Baidu Load Balancer");
/// assert_eq!(BLB.lookup("ListenerNotFound").map(|entry| entry.status()), Some(404));
/// assert_eq!(BLB.entries().len(), 14 + 17);
/// ```
#[derive(Clone, Copy)]
pub struct Catalogue {
    name: &'static str,
    description: &'static str,
    entries: fn() -> &'static [CatalogueEntry],
    lookup: fn(&str) -> Option<&'static CatalogueEntry>,
    read: fn(u16, Option<&str>, &[u8]) -> Reading,
}

impl Catalogue {
    /// The catalogue of `E`, named `name` (what `--catalogue NAME` matches, in any case, and what
    /// the tool prints) and described in a few words for `--list`.
    #[must_use]
    pub const fn new<E: ApiError + 'static>(name: &'static str, description: &'static str) -> Self {
        Self {
            name,
            description,
            entries: E::catalogue,
            lookup: E::lookup,
            read: read::<E>,
        }
    }

    /// The short name, such as `"BLB"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the catalogue covers, in a few words.
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// Every code of the catalogue, in declaration order ([`ApiError::catalogue`]).
    #[must_use]
    pub fn entries(&self) -> &'static [CatalogueEntry] {
        (self.entries)()
    }

    /// The entry of a code, case-sensitive ([`ApiError::lookup`]).
    #[must_use]
    pub fn lookup(&self, code: &str) -> Option<&'static CatalogueEntry> {
        (self.lookup)(code)
    }

    /// A response read with this catalogue.
    pub(crate) fn read(&self, status: u16, request_id: Option<&str>, body: &[u8]) -> Reading {
        (self.read)(status, request_id, body)
    }
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Catalogue")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("codes", &self.entries().len())
            .finish()
    }
}

/// What [`parse_error_response`] made of a response, with the typed error as its `Debug` text, so
/// that catalogues of different types are reported alike.
#[derive(Debug)]
pub(crate) struct Reading {
    pub(crate) status: u16,
    pub(crate) code: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) typed: Option<String>,
    pub(crate) entry: Option<&'static CatalogueEntry>,
    pub(crate) retry: crate::Retry,
    pub(crate) request_id: Option<String>,
    pub(crate) malformed: Option<Malformed>,
}

/// Why a body is not an error body, and what it holds.
#[derive(Debug)]
pub(crate) struct Malformed {
    pub(crate) reason: String,
    pub(crate) snippet: String,
    pub(crate) body_len: usize,
}

fn read<E: ApiError>(status: u16, request_id: Option<&str>, body: &[u8]) -> Reading {
    let response = parse_error_response::<E>(status, request_id, body);
    let (entry, malformed) = match &response {
        ResponseError::Service(service) => (service.entry(), None),
        ResponseError::Malformed(malformed) => (
            None,
            Some(Malformed {
                reason: malformed.reason().to_string(),
                snippet: malformed.body_snippet().to_owned(),
                body_len: malformed.body_len(),
            }),
        ),
    };
    Reading {
        status: response.status(),
        code: response.code().map(str::to_owned),
        message: response.message().map(str::to_owned),
        typed: response.error().map(|error| format!("{error:?}")),
        entry,
        retry: response.retry(),
        request_id: response.request_id().map(str::to_owned),
        malformed,
    }
}
