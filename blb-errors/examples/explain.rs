//! The on-call tool over a team's own catalogue: `bce-explain`'s every input and output form,
//! for the codes of a service blb-errors does not ship, with the BCE global codes included.
//!
//! ```text
//! cargo run -p blb-errors --features explain --example explain -- Vpc.NotFound
//! cargo run -p blb-errors --features explain --example explain -- --response saved.txt
//! cargo run -p blb-errors --features explain --example explain -- --list
//! ```
//!
//! A team ships it as a binary of its own package, named after the service (`vpc-explain`).

use std::process::ExitCode;

use blb_errors::explain::{self, Catalogue};
use blb_errors::{ApiError, BceError, UnknownCode};

/// A made-up VPC service's codes, shaped as every BCE service catalogue is.
#[derive(Debug, ApiError)]
#[non_exhaustive]
pub enum VpcError {
    /// The VPC does not exist, or belongs to another account.
    #[api(
        code = "Vpc.NotFound",
        status = 404,
        message = "VPC {vpc_id} does not exist."
    )]
    NotFound { vpc_id: String },
    /// The subnet's CIDR overlaps one the VPC already has.
    #[api(
        code = "Vpc.SubnetConflict",
        status = 409,
        message = "Subnet {cidr} overlaps an existing subnet."
    )]
    SubnetConflict { cidr: String },
    /// The VPC is being changed by an earlier request; wait for it to finish.
    #[api(
        code = "Vpc.Busy",
        status = 409,
        message = "The VPC is busy.",
        retryable
    )]
    Busy,
    /// A BCE global code, such as `AccessDenied`.
    #[api(transparent)]
    Global(BceError),
    /// A code this catalogue does not have, kept whole.
    #[api(unknown)]
    Unknown(UnknownCode),
}

fn main() -> ExitCode {
    explain::main(&[Catalogue::new::<VpcError>(
        "VPC",
        "Virtual Private Cloud, with the BCE global codes",
    )])
}
