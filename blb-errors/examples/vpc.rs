//! A mock of the VPC API with its own catalogue: every answer carries the request's id, every
//! error is a BCE body, served as the `server` example is (`common/serve.rs`).
//!
//! `cargo run -p blb-errors --example vpc --features tracing [-- PORT]`, then
//! `curl -i http://127.0.0.1:8080/v1/vpc/vpc-1`.

#[path = "common/serve.rs"]
mod serve;

use std::process::ExitCode;

use axum::Router;
use axum::extract::Path;
use axum::routing::{get, post};
use blb_errors::axum::{ApiErrorResponse, Json, fallback};
use blb_errors::{ApiError, BceError, UnknownCode};
use serde_json::{Value, json};

#[derive(Debug, ApiError)]
enum VpcError {
    /// The VPC does not exist.
    #[api(
        code = "Vpc.NotFound",
        status = 404,
        message = "The VPC {0} does not exist."
    )]
    NotFound(String),
    /// The CIDR block is not an IPv4 block.
    #[api(
        code = "Vpc.InvalidCidr",
        status = 400,
        message = "The CIDR {0} is not valid."
    )]
    InvalidCidr(String),
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

type Answer = Result<Json<Value>, ApiErrorResponse<VpcError>>;

async fn get_vpc(Path(id): Path<String>) -> Answer {
    match id.as_str() {
        "vpc-1" => Ok(Json(json!({ "vpcId": id, "cidr": "192.168.0.0/16" }))),
        "vpc-private" => Err(VpcError::from(BceError::AccessDenied))?,
        _ => Err(VpcError::NotFound(id))?,
    }
}

async fn create_vpc(Json(body): Json<Value>) -> Answer {
    let cidr = body["cidr"].as_str().unwrap_or_default();
    let (address, bits) = cidr.split_once('/').unwrap_or((cidr, ""));
    if address.parse::<std::net::Ipv4Addr>().is_err() || !matches!(bits.parse(), Ok(0..=32_u8)) {
        Err(VpcError::InvalidCidr(cidr.to_owned()))?;
    }
    Ok(Json(json!({ "vpcId": "vpc-2", "cidr": cidr })))
}

fn main() -> ExitCode {
    let routes = Router::new()
        .route("/v1/vpc/{vpc_id}", get(get_vpc))
        .route("/v1/vpc", post(create_vpc))
        .method_not_allowed_fallback(fallback)
        .fallback(fallback);
    serve::main(routes, "/v1/vpc/vpc-1")
}
