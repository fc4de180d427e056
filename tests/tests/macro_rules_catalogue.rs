//! A catalogue written by a `macro_rules!` macro: the values it passes on (`$code:literal`,
//! `$status:expr`) arrive wrapped in invisible groups, and read like values written by hand.

use blb_errors::ApiError;

macro_rules! catalogue {
    ($name:ident { $($variant:ident $({ $field:ident })? = ($code:literal, $status:expr, $message:literal),)* }) => {
        #[derive(Debug, PartialEq, Eq, ApiError)]
        pub enum $name {
            $(
                #[doc = $message]
                #[api(code = $code, status = $status, message = $message)]
                $variant $({ $field: String })?,
            )*
        }
    };
}

catalogue!(VpcError {
    VpcNotFound = ("VpcNotFound", 404, "The specified VPC does not exist."),
    QuotaExceeded = ("VpcQuotaExceeded", 409, "The VPC quota is exceeded."),
    InvalidCidr { cidr } = ("InvalidCidr", 400, "The CIDR '{cidr}' is invalid."),
});

#[test]
fn codes_statuses_and_messages_come_through_the_macro() {
    let found = VpcError::from_code("VpcNotFound").expect("a code of the catalogue");
    assert_eq!(found, VpcError::VpcNotFound);
    assert_eq!(found.status(), 404);
    assert_eq!(found.message(), "The specified VPC does not exist.");
    assert_eq!(VpcError::QuotaExceeded.code(), "VpcQuotaExceeded");
}

#[test]
fn docs_and_templates_come_through_the_macro() {
    let entry = VpcError::lookup("VpcNotFound").expect("a code of the catalogue");
    assert_eq!(entry.description(), "The specified VPC does not exist.");
    let invalid = VpcError::InvalidCidr {
        cidr: "10.0.0.0/33".to_owned(),
    };
    assert_eq!(invalid.to_string(), "The CIDR '10.0.0.0/33' is invalid.");
    assert_eq!(
        VpcError::from_wire("InvalidCidr", "The CIDR '10.0.0.0/33' is invalid.", 400),
        Some(invalid)
    );
}
