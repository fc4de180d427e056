//! What a user sees from `#[derive(ApiError)]` on enums of their own: unit, tuple, struct and
//! generic variants, codes with dots and lower case, composition and unknown codes.

use std::borrow::Cow;
use std::fmt;

use blb_errors::{ApiError, BceError, UnknownCode};

/// Codes shaped like other BCE services' (BCC, CCE).
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
enum ComputeError {
    /// The instance is still being created.
    #[api(
        code = "Instance.ReleaseWhileCreating",
        status = 409,
        message = "Instance {0} is still being created."
    )]
    ReleaseWhileCreating(String),
    /// The cluster does not exist.
    #[api(
        code = "cce.warning.ClusterNotExist",
        status = 404,
        message = "Cluster {cluster_id} does not exist in {region}."
    )]
    ClusterNotExist { cluster_id: String, region: String },
    /// Too many requests.
    ///
    /// A second paragraph is for rustdoc only.
    #[api(
        code = "Throttling",
        status = 429,
        message = "Slow down: {{retry later}}.",
        retryable
    )]
    Throttling,
    #[api(
        code = "PortOutOfRange",
        status = 400,
        message = "Port {port} is out of range."
    )]
    PortOutOfRange { port: u16 },
    #[api(code = "Opaque", status = 500, message = "Something failed.")]
    Opaque { detail: Vec<u8> },
}

#[test]
fn status_code_and_message_of_each_variant_shape() {
    let tuple = ComputeError::ReleaseWhileCreating("i-abc".into());
    assert_eq!(
        (tuple.status(), tuple.code()),
        (409, "Instance.ReleaseWhileCreating")
    );
    assert_eq!(tuple.message(), "Instance i-abc is still being created.");

    let named = ComputeError::ClusterNotExist {
        cluster_id: "c-1".into(),
        region: "bj".into(),
    };
    assert_eq!(named.code(), "cce.warning.ClusterNotExist");
    assert_eq!(named.to_string(), "Cluster c-1 does not exist in bj.");

    let unit = ComputeError::Throttling;
    assert_eq!(unit.message(), "Slow down: {retry later}.");
    assert!(
        matches!(unit.message(), Cow::Borrowed(_)),
        "a static message is borrowed"
    );
    assert!(matches!(tuple.message(), Cow::Owned(_)));
}

#[test]
fn the_catalogue_lists_every_code_in_declaration_order() {
    let codes: Vec<&str> = ComputeError::catalogue()
        .iter()
        .map(|entry| entry.code())
        .collect();
    assert_eq!(
        codes,
        [
            "Instance.ReleaseWhileCreating",
            "cce.warning.ClusterNotExist",
            "Throttling",
            "PortOutOfRange",
            "Opaque"
        ]
    );
    let throttling = &ComputeError::catalogue()[2];
    assert_eq!(throttling.status(), 429);
    assert_eq!(
        throttling.template(),
        "Slow down: {{retry later}}.",
        "the template as written"
    );
    assert_eq!(
        throttling.description(),
        "Too many requests.",
        "the doc's first paragraph"
    );
    assert!(throttling.is_retryable());
    assert_eq!(
        ComputeError::catalogue()[3].description(),
        "",
        "undocumented: empty"
    );
}

#[test]
fn lookup_is_exact_and_case_sensitive() {
    assert_eq!(
        ComputeError::lookup("Throttling").map(|entry| entry.status()),
        Some(429)
    );
    assert_eq!(
        ComputeError::lookup("cce.warning.ClusterNotExist").map(|entry| entry.code()),
        Some("cce.warning.ClusterNotExist")
    );
    for near_miss in [
        "throttling",
        "Throttlin",
        "Throttlingg",
        "",
        "cce.warning.clusterNotExist",
        "Instance.ReleaseWhileCreatinG",
    ] {
        assert_eq!(ComputeError::lookup(near_miss), None, "{near_miss:?}");
    }
    assert_eq!(
        ComputeError::from_code("Throttling"),
        Some(ComputeError::Throttling)
    );
    assert_eq!(
        ComputeError::from_code("PortOutOfRange"),
        None,
        "a variant with fields has no value from its code alone"
    );
}

#[test]
fn entry_of_a_value_is_its_catalogue_row() {
    let value = ComputeError::PortOutOfRange { port: 70 };
    assert_eq!(value.entry(), ComputeError::lookup("PortOutOfRange"));
    assert!(!value.is_retryable());
    assert!(ComputeError::Throttling.is_retryable());
}

#[test]
fn from_wire_recovers_fields_from_the_message() {
    let parsed = ComputeError::from_wire(
        "cce.warning.ClusterNotExist",
        "Cluster c-9 does not exist in gz.",
        404,
    );
    assert_eq!(
        parsed,
        Some(ComputeError::ClusterNotExist {
            cluster_id: "c-9".into(),
            region: "gz".into()
        })
    );
    let port = ComputeError::from_wire("PortOutOfRange", "Port 8080 is out of range.", 400);
    assert_eq!(port, Some(ComputeError::PortOutOfRange { port: 8080 }));
    // The message does not follow the template, the field does not parse, or is not in the message.
    assert_eq!(
        ComputeError::from_wire("PortOutOfRange", "Port eighty is out of range.", 400),
        None
    );
    assert_eq!(
        ComputeError::from_wire("PortOutOfRange", "bad port", 400),
        None
    );
    assert_eq!(
        ComputeError::from_wire("Opaque", "Something failed.", 500),
        None
    );
    assert_eq!(
        ComputeError::Opaque { detail: vec![1] }.to_string(),
        "Something failed."
    );
    assert_eq!(
        ComputeError::from_wire("NoSuchThing", "?", 404),
        None,
        "no unknown variant: None"
    );
}

/// A service catalogue composed on the BCE global codes, with a variant for unknown codes.
#[derive(Debug, PartialEq, Eq, ApiError)]
enum VpcError {
    #[api(
        code = "Vpc.NotFound",
        status = 404,
        message = "The VPC {0} does not exist."
    )]
    NotFound(String),
    #[api(transparent)]
    Global(BceError),
    #[api(
        code = "Vpc.QuotaExceeded",
        status = 413,
        message = "VPC quota exceeded."
    )]
    QuotaExceeded,
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn a_composed_catalogue_lists_the_included_codes_in_place() {
    let catalogue = VpcError::catalogue();
    assert_eq!(catalogue.len(), 2 + BceError::catalogue().len());
    assert_eq!(catalogue[0].code(), "Vpc.NotFound");
    assert_eq!(
        &catalogue[1..=BceError::catalogue().len()],
        BceError::catalogue()
    );
    assert_eq!(
        catalogue.last().map(|entry| entry.code()),
        Some("Vpc.QuotaExceeded")
    );
    assert_eq!(VpcError::QuotaExceeded.entry(), catalogue.last());
}

#[test]
fn a_composed_catalogue_delegates_to_the_included_one() {
    let denied = VpcError::Global(BceError::AccessDenied);
    assert_eq!(
        (denied.status(), denied.code(), denied.to_string().as_str()),
        (403, "AccessDenied", "Access denied.")
    );
    assert_eq!(
        VpcError::lookup("InternalError").map(|entry| entry.is_retryable()),
        Some(true)
    );
    assert_eq!(VpcError::from_code("AccessDenied"), Some(denied));
    assert_eq!(
        VpcError::from_wire(
            "RequestExpired",
            "Request has expired. Timestamp date is 2025-01-01.",
            400
        ),
        Some(VpcError::Global(BceError::RequestExpired {
            timestamp: "2025-01-01".into()
        }))
    );
}

#[test]
fn an_unknown_code_keeps_what_the_server_said() {
    let parsed =
        VpcError::from_wire("Vpc.SubnetBusy", "The subnet is busy.", 503).expect("unknown variant");
    assert_eq!(
        parsed,
        VpcError::Unknown(UnknownCode::new(
            "Vpc.SubnetBusy",
            "The subnet is busy.",
            503
        ))
    );
    assert_eq!((parsed.status(), parsed.code()), (503, "Vpc.SubnetBusy"));
    assert_eq!(parsed.message(), "The subnet is busy.");
    assert_eq!(parsed.entry(), None);
    assert!(parsed.is_retryable(), "503 is retryable");
    assert!(
        !VpcError::from_wire("Vpc.Gone", "gone", 410)
            .unwrap()
            .is_retryable()
    );
    assert_eq!(VpcError::from_code("Vpc.SubnetBusy"), None);
}

/// A generic enum: the field's type needs Display only where a message writes it.
#[derive(Debug, ApiError)]
enum Rejected<T: fmt::Debug, U> {
    #[api(code = "Rejected", status = 422, message = "Rejected value {value}.")]
    Value { value: T },
    #[api(code = "RejectedSilently", status = 422, message = "Rejected.")]
    Silent(U),
}

#[test]
fn generic_enums_infer_display_bounds() {
    #[derive(Debug)]
    struct NoDisplay;
    let value: Rejected<u32, NoDisplay> = Rejected::Value { value: 7 };
    assert_eq!(value.to_string(), "Rejected value 7.");
    let silent: Rejected<u32, NoDisplay> = Rejected::Silent(NoDisplay);
    assert_eq!((silent.code(), silent.status()), ("RejectedSilently", 422));
    assert_eq!(
        Rejected::<u32, NoDisplay>::from_wire("Rejected", "Rejected value 7.", 422)
            .map(|error| error.code().to_owned()),
        None,
        "a generic field cannot be recovered: there is no FromStr bound to use"
    );
    let boxed: Box<dyn std::error::Error> =
        Box::new(Rejected::<u32, NoDisplay>::Value { value: 1 });
    assert_eq!(boxed.to_string(), "Rejected value 1.");
}

#[test]
fn trait_objects_work() {
    let errors: Vec<Box<dyn ApiError>> = vec![
        Box::new(ComputeError::Throttling),
        Box::new(VpcError::Global(BceError::InternalError)),
    ];
    let summary: Vec<(u16, &str)> = errors
        .iter()
        .map(|error| (error.status(), error.code()))
        .collect();
    assert_eq!(summary, [(429, "Throttling"), (500, "InternalError")]);
}

mod reexported {
    //! `#[api(crate = path)]` for users who reach blb-errors under another name.
    pub mod errors {
        pub use blb_errors as inner;
    }

    #[derive(Debug, blb_errors::ApiError)]
    #[api(crate = crate::reexported::errors::inner)]
    pub enum Renamed {
        #[api(code = "Renamed", status = 400, message = "Renamed.")]
        Renamed,
    }
}

#[test]
fn the_crate_path_can_be_given() {
    assert_eq!(
        <reexported::Renamed as ApiError>::code(&reexported::Renamed::Renamed),
        "Renamed"
    );
}

#[derive(Debug, ApiError)]
enum Empty {}

#[test]
fn an_enum_without_variants_has_an_empty_catalogue() {
    assert!(Empty::catalogue().is_empty());
    assert_eq!(Empty::lookup("Anything"), None);
}

#[derive(Debug, PartialEq, Eq, ApiError)]
enum ListenerError {
    #[api(
        code = "ListenerBusy",
        status = 409,
        message = "Listener {name} on port {port} is busy: {reason}."
    )]
    Busy {
        name: std::string::String,
        port: u16,
        reason: ::std::string::String,
    },
}

#[test]
fn string_fields_are_recovered_however_the_type_is_written() {
    let busy = ListenerError::Busy {
        name: "lb-1".to_owned(),
        port: 443,
        reason: "draining".to_owned(),
    };
    let message = busy.to_string();
    assert_eq!(message, "Listener lb-1 on port 443 is busy: draining.");
    assert_eq!(
        ListenerError::from_wire("ListenerBusy", &message, 409),
        Some(busy)
    );
    assert_eq!(
        ListenerError::from_wire("ListenerBusy", "Listener lb-1 on port x is busy: y.", 409),
        None
    );
}

/// Text beyond ASCII, quotes and backslashes, and a long description: every byte must come back
/// out of the catalogue as written.
#[derive(Debug, PartialEq, Eq, ApiError)]
enum SpeltError {
    /// Der Schlüssel „{key}“ ist ungültig — a long description with text beyond ASCII:
    /// 🌍 ✓ ünïcödé, "quoted", back\\slash, and more text to pass 127 bytes.
    #[api(
        code = "Schlüssel.Ungültig",
        status = 400,
        message = "Der Schlüssel „{key}“ ist ungültig: \"{key}\" \\ ✓"
    )]
    Invalid { key: String },
    /// 🌍
    #[api(code = "Welt", status = 404, message = "Keine Welt 🌍.")]
    NoWorld,
}

#[test]
fn text_beyond_ascii_comes_back_as_written() {
    let entries = SpeltError::catalogue();
    assert_eq!(entries[0].code(), "Schlüssel.Ungültig");
    assert_eq!(
        entries[0].template(),
        "Der Schlüssel „{key}“ ist ungültig: \"{key}\" \\ ✓"
    );
    assert!(entries[0].description().len() > 127);
    assert!(
        entries[0]
            .description()
            .ends_with("and more text to pass 127 bytes.")
    );
    assert_eq!(
        (
            entries[1].code(),
            entries[1].template(),
            entries[1].description()
        ),
        ("Welt", "Keine Welt 🌍.", "🌍")
    );
    let invalid = SpeltError::Invalid {
        key: "ä".to_owned(),
    };
    let message = invalid.to_string();
    assert_eq!(message, "Der Schlüssel „ä“ ist ungültig: \"ä\" \\ ✓");
    assert_eq!(
        SpeltError::from_wire("Schlüssel.Ungültig", &message, 400),
        Some(invalid)
    );
    assert_eq!(SpeltError::from_code("Welt"), Some(SpeltError::NoWorld));
}
