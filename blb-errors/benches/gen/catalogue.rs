//! The benchmark catalogues as Rust source, written both ways: with `#[derive(ApiError)]`, and the
//! usual way (strum `EnumString`/`IntoStaticStr`, thiserror `Error`, a hand-written status match).
//!
//! Standard library only: `build.rs` includes it, and `scripts/build-times.sh` compiles it with
//! plain `rustc` to write the build-time crates, so both measure the same catalogues. A size's
//! catalogue is [`of_size`]: `BlbError`'s 31 codes at 31, generated codes at every other size.
#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;

/// One code of a catalogue.
pub struct Code {
    pub code: String,
    pub variant: String,
    pub status: u16,
    pub message: String,
    /// The one `String` field a templated message names, such as `name` for `'{name}'`.
    pub field: Option<String>,
    pub doc: String,
}

/// The 31 codes of `BlbError` (17 BLB, 14 BCE global), flat, in catalogue order.
pub fn blb_31() -> Vec<Code> {
    const TABLE: [(&str, &str, u16, &str); 31] = [
        ("AccessDenied", "AccessDenied", 403, "Access denied."),
        (
            "InappropriateJSON",
            "InappropriateJson",
            400,
            "The JSON you provided was well-formed and valid, but not appropriate for this operation.",
        ),
        (
            "InternalError",
            "InternalError",
            500,
            "We encountered an internal error. Please try again.",
        ),
        (
            "InvalidAccessKeyId",
            "InvalidAccessKeyId",
            403,
            "The Access Key ID you provided does not exist in our records.",
        ),
        (
            "InvalidHTTPAuthHeader",
            "InvalidHttpAuthHeader",
            400,
            "The HTTP authorization header is invalid. Consult the service documentation for details.",
        ),
        (
            "InvalidHTTPRequest",
            "InvalidHttpRequest",
            400,
            "There was an error in the body of your HTTP request.",
        ),
        (
            "InvalidURI",
            "InvalidUri",
            400,
            "Could not parse the specified URI.",
        ),
        (
            "MalformedJSON",
            "MalformedJson",
            400,
            "The JSON you provided was not well-formed.",
        ),
        (
            "InvalidVersion",
            "InvalidVersion",
            404,
            "The API version specified was invalid.",
        ),
        (
            "OptInRequired",
            "OptInRequired",
            403,
            "A subscription for the service is required.",
        ),
        (
            "PreconditionFailed",
            "PreconditionFailed",
            412,
            "The specified If-Match header doesn't match the ETag header.",
        ),
        (
            "RequestExpired",
            "RequestExpired",
            400,
            "Request has expired. Timestamp date is {timestamp}.",
        ),
        (
            "IdempotentParameterMismatch",
            "IdempotentParameterMismatch",
            403,
            "The request uses the same client token as a previous, but non-identical request.",
        ),
        (
            "SignatureDoesNotMatch",
            "SignatureDoesNotMatch",
            400,
            "The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.",
        ),
        (
            "InstanceNotFound",
            "InstanceNotFound",
            404,
            "The specified BLB instance does not exist.",
        ),
        (
            "ListenerNotFound",
            "ListenerNotFound",
            404,
            "The specified listener does not exist.",
        ),
        (
            "BackendServerNotFound",
            "BackendServerNotFound",
            404,
            "The specified backend server does not exist.",
        ),
        (
            "ListenerAlreadyExist",
            "ListenerAlreadyExist",
            400,
            "Listener already exists.",
        ),
        (
            "BackendServerAlreadyExist",
            "BackendServerAlreadyExist",
            400,
            "Backend server already exists.",
        ),
        (
            "LastOperationNotFinished",
            "LastOperationNotFinished",
            409,
            "Last operation has not finished.",
        ),
        (
            "RealNameAuthenticationRequired",
            "RealNameAuthenticationRequired",
            403,
            "You need to pass real-name authentication.",
        ),
        (
            "QuotaExceeded",
            "QuotaExceeded",
            413,
            "You have exceeded current quota.",
        ),
        (
            "ServerRequired",
            "ServerRequired",
            404,
            "You must have at least one bcc, dcc or bbc to create BLB.",
        ),
        (
            "ListenerExceeded",
            "ListenerExceeded",
            413,
            "You can create at most 20 listeners per BLB instance.",
        ),
        (
            "ServiceBlocked",
            "ServiceBlocked",
            403,
            "Your BLB service is blocked, please contact technical support for assistance.",
        ),
        (
            "InstanceCreationFailed",
            "InstanceCreationFailed",
            400,
            "Fail to create blb instance.",
        ),
        (
            "MissingParameter",
            "MissingParameter",
            400,
            "A required parameter '{name}' is not supplied.",
        ),
        (
            "InvalidParameter",
            "InvalidParameter",
            400,
            "The parameter '{name}' is invalid.",
        ),
        (
            "EipUnbindFailed",
            "EipUnbindFailed",
            400,
            "Fail to unbind EIP",
        ),
        (
            "RedirectPortNotFound",
            "RedirectPortNotFound",
            404,
            "The specified redirect port does not exist.",
        ),
        (
            "CertificateNotFound",
            "CertificateNotFound",
            404,
            "The specified certificate does not exist.",
        ),
    ];
    TABLE
        .iter()
        .map(|&(code, variant, status, message)| Code {
            code: code.to_owned(),
            variant: variant.to_owned(),
            status,
            message: message.to_owned(),
            field: placeholder(message),
            doc: format!("The `{code}` error."),
        })
        .collect()
}

/// The catalogue of `size` codes the benchmarks and build times use: [`blb_31`] at 31,
/// [`synthetic`] otherwise.
pub fn of_size(size: usize) -> Vec<Code> {
    if size == 31 {
        blb_31()
    } else {
        synthetic(size)
    }
}

/// The code in the middle of the catalogue with a second text for its message (`text` 1), or as
/// it is (`text` 0): two texts to alternate between, so that each rebuild sees a real edit of one
/// message. Placeholders are kept, so the edit compiles both ways.
pub fn with_message_text(mut codes: Vec<Code>, text: u8) -> Vec<Code> {
    if text == 1 {
        let middle = codes.len() / 2;
        if let Some(code) = codes.get_mut(middle) {
            code.message.push_str(" Retry later.");
        }
    }
    codes
}

fn placeholder(message: &str) -> Option<String> {
    let start = message.find('{')?;
    let end = message[start..].find('}')? + start;
    Some(message[start + 1..end].to_owned())
}

const SERVICES: [&str; 16] = [
    "Blb", "Bcc", "Bos", "Vpc", "Eip", "Cdn", "Rds", "Scs", "Bcm", "Iam", "Cce", "Dns", "Bls",
    "Cfs", "Nat", "Vpn",
];
const RESOURCES: [&str; 20] = [
    "Instance",
    "Listener",
    "BackendServer",
    "Certificate",
    "Subnet",
    "SecurityGroup",
    "Snapshot",
    "Volume",
    "Bucket",
    "Object",
    "Policy",
    "Route",
    "Zone",
    "AccessKey",
    "Quota",
    "Cluster",
    "Node",
    "Image",
    "Tag",
    "Rule",
];
const CONDITIONS: [(&str, u16); 12] = [
    ("NotFound", 404),
    ("AlreadyExists", 409),
    ("Invalid", 400),
    ("LimitExceeded", 413),
    ("InUse", 409),
    ("Conflict", 409),
    ("Expired", 400),
    ("AccessDenied", 403),
    ("Unavailable", 503),
    ("NotReady", 409),
    ("QuotaExceeded", 413),
    ("OperationNotAllowed", 403),
];

/// splitmix64: deterministic, so every build and every machine gets the same catalogue.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// `count` distinct codes of a realistic shape, such as `Bcc.SnapshotNotFound` or
/// `Vpc.SubnetInUse42`: mixed lengths, long shared prefixes, some without a service prefix, about
/// one in ten with a templated message.
pub fn synthetic(count: usize) -> Vec<Code> {
    let mut rng = Rng(0x0B1B_E550_2026);
    let mut seen = HashSet::new();
    let mut codes = Vec::with_capacity(count);
    while codes.len() < count {
        let service = SERVICES[rng.below(SERVICES.len())];
        let resource = RESOURCES[rng.below(RESOURCES.len())];
        let (condition, status) = CONDITIONS[rng.below(CONDITIONS.len())];
        let suffix = match rng.below(10) {
            0..=5 => String::new(),
            6 | 7 => rng.below(10).to_string(),
            8 => rng.below(100).to_string(),
            _ => rng.below(1000).to_string(),
        };
        let prefixed = rng.below(10) != 0;
        let code = if prefixed {
            format!("{service}.{resource}{condition}{suffix}")
        } else {
            format!("{resource}{condition}{suffix}")
        };
        let variant = code.replace('.', "");
        if !seen.insert(variant.clone()) {
            continue;
        }
        let templated = rng.below(10) == 0;
        let message = if templated {
            format!("The {resource} '{{name}}' of {service}: {condition}.")
        } else {
            format!("The {resource} of {service}: {condition}.")
        };
        codes.push(Code {
            field: templated.then(|| "name".to_owned()),
            doc: format!("{resource} {condition} ({service})."),
            code,
            variant,
            status,
            message,
        });
    }
    codes
}

fn fields(code: &Code) -> String {
    code.field
        .as_ref()
        .map_or_else(String::new, |field| format!(" {{ {field}: String }}"))
}

/// `enum ty` with `#[derive(ApiError)]`.
pub fn ours(ty: &str, codes: &[Code]) -> String {
    let mut out = String::new();
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq, ::blb_errors::ApiError)]\n");
    let _ = writeln!(out, "pub enum {ty} {{");
    for code in codes {
        let _ = writeln!(out, "    /// {}", code.doc);
        let _ = writeln!(
            out,
            "    #[api(code = {:?}, status = {}, message = {:?})]",
            code.code, code.status, code.message
        );
        let _ = writeln!(out, "    {}{},", code.variant, fields(code));
    }
    out.push_str("}\n");
    out
}

/// `enum ty` the usual way: strum for the code strings, thiserror for Display, a hand-written
/// match for the status.
pub fn usual(ty: &str, codes: &[Code]) -> String {
    let mut out = String::new();
    out.push_str(
        "#[derive(Debug, Clone, PartialEq, Eq, ::strum::EnumString, ::strum::IntoStaticStr, ::thiserror::Error)]\n",
    );
    let _ = writeln!(out, "pub enum {ty} {{");
    for code in codes {
        let _ = writeln!(out, "    /// {}", code.doc);
        let _ = writeln!(out, "    #[strum(serialize = {:?})]", code.code);
        let _ = writeln!(out, "    #[error({:?})]", code.message);
        let _ = writeln!(out, "    {}{},", code.variant, fields(code));
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "impl {ty} {{");
    out.push_str(
        "    /// The HTTP status.\n    pub fn status(&self) -> u16 {\n        match self {\n",
    );
    for code in codes {
        let _ = writeln!(
            out,
            "            Self::{} {{ .. }} => {},",
            code.variant, code.status
        );
    }
    out.push_str("        }\n    }\n\n");
    out.push_str("    /// The code string.\n    pub fn code(&self) -> &'static str {\n        self.into()\n    }\n}\n");
    out
}
