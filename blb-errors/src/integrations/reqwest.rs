//! reqwest's responses to typed errors: [`BceResponseExt`] turns what `send().await` gives into
//! the response, or a typed success body, or a [`ClientError`] holding every way the call failed.
//!
//! ```no_run
//! use blb_errors::reqwest::BceResponseExt;
//! use blb_errors::{BlbError, ClientError};
//!
//! // Any `serde::de::DeserializeOwned` type: a struct of your own with `#[derive(Deserialize)]`.
//! type Listener = serde_json::Value;
//!
//! async fn listener(client: &reqwest::Client, url: &str) -> Result<Listener, ClientError<BlbError>> {
//!     client.get(url).send().await.bce_json::<Listener, BlbError>().await
//! }
//!
//! async fn delete(client: &reqwest::Client, url: &str) -> Result<(), ClientError<BlbError>> {
//!     client.delete(url).send().await.bce_error_for_status::<BlbError>().await?;
//!     Ok(())
//! }
//! ```

use std::future::Future;

use reqwest::Response;
use serde_core::de::DeserializeOwned;

use crate::client::{ClientError, TransportError, TransportKind};
use crate::integrations::http::headers;
use crate::{ApiError, parse_error_response_with_headers};

/// What `send().await` gives, read as a BCE API's answer. Implemented for
/// `Result<reqwest::Response, reqwest::Error>` and for `reqwest::Response`.
pub trait BceResponseExt: sealed::Sealed + Sized {
    /// The response when its status is not an error (below 400), untouched, body unread; for an
    /// error status, the body read into [`ClientError::Service`] or [`ClientError::Malformed`]
    /// with the headers kept; a failure to connect or to read, [`ClientError::Transport`].
    fn bce_error_for_status<E: ApiError + Send>(
        self,
    ) -> impl Future<Output = Result<Response, ClientError<E>>> + Send;

    /// The success body read as `T` from JSON; every failure as in
    /// [`bce_error_for_status`](Self::bce_error_for_status), and a body that is not `T` as a
    /// [`TransportKind::Decode`] error with the status and headers.
    fn bce_json<T: DeserializeOwned + Send, E: ApiError + Send>(
        self,
    ) -> impl Future<Output = Result<T, ClientError<E>>> + Send;
}

impl BceResponseExt for Response {
    async fn bce_error_for_status<E: ApiError + Send>(self) -> Result<Self, ClientError<E>> {
        let status = self.status();
        if !status.is_client_error() && !status.is_server_error() {
            return Ok(self);
        }
        let (url, headers) = (self.url().to_string(), headers(self.headers()));
        match self.bytes().await {
            Ok(body) => {
                Err(parse_error_response_with_headers(status.as_u16(), headers, &body).into())
            }
            Err(error) => Err(reading(error, &url, status.as_u16(), headers).into()),
        }
    }

    async fn bce_json<T: DeserializeOwned + Send, E: ApiError + Send>(
        self,
    ) -> Result<T, ClientError<E>> {
        let response = self.bce_error_for_status::<E>().await?;
        let (status, url) = (response.status().as_u16(), response.url().to_string());
        let headers = headers(response.headers());
        let body = match response.bytes().await {
            Ok(body) => body,
            Err(error) => return Err(reading(error, &url, status, headers).into()),
        };
        serde_json::from_slice(&body).map_err(|error| {
            TransportError::new(
                TransportKind::Decode,
                error,
                Some(&url),
                Some((status, headers)),
            )
            .into()
        })
    }
}

impl BceResponseExt for Result<Response, reqwest::Error> {
    async fn bce_error_for_status<E: ApiError + Send>(self) -> Result<Response, ClientError<E>> {
        self?.bce_error_for_status().await
    }

    async fn bce_json<T: DeserializeOwned + Send, E: ApiError + Send>(
        self,
    ) -> Result<T, ClientError<E>> {
        self?.bce_json().await
    }
}

/// A failure to read the body of a response whose head came.
fn reading(
    error: reqwest::Error,
    url: &str,
    status: u16,
    headers: crate::ResponseHeaders,
) -> TransportError {
    let kind = if error.is_timeout() {
        TransportKind::Timeout
    } else {
        TransportKind::Body
    };
    TransportError::new(kind, error, Some(url), Some((status, headers)))
}

/// What reqwest says failed, before any response came.
impl From<reqwest::Error> for TransportError {
    fn from(error: reqwest::Error) -> Self {
        // A connect that timed out is a timeout: the time limit is what ended it.
        let kind = if error.is_timeout() {
            TransportKind::Timeout
        } else if error.is_connect() {
            TransportKind::Connect
        } else if error.is_request() {
            TransportKind::Connection
        } else if error.is_body() || error.is_decode() {
            TransportKind::Body
        } else {
            TransportKind::Other
        };
        let url = error.url().map(ToString::to_string);
        let status = error.status().map(|status| status.as_u16());
        Self::new(
            kind,
            error,
            url.as_deref(),
            status.map(|status| (status, crate::ResponseHeaders::new())),
        )
    }
}

impl<E> From<reqwest::Error> for ClientError<E> {
    fn from(error: reqwest::Error) -> Self {
        Self::Transport(error.into())
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for reqwest::Response {}
    impl Sealed for Result<reqwest::Response, reqwest::Error> {}
}
