//! Lookup from a code string at both sizes the derive handles differently: up to 128 own codes a
//! `match` on the length and the code, above that a perfect hash table. Every code is found, and a
//! string that differs from a code in any one byte, or in length, is not.

use blb_errors::ApiError;

/// Codes chosen to make the small-catalogue `match` split more than once: equal lengths that
/// agree at the most telling byte, and a variant with fields among them.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
enum Small {
    #[api(code = "ListenerNotFound", status = 404, message = "m")]
    ListenerNotFound,
    #[api(code = "ListenerExceeded", status = 400, message = "m")]
    ListenerExceeded,
    #[api(code = "InstanceNotFound", status = 404, message = "m")]
    InstanceNotFound,
    #[api(code = "InstanceNotFounD", status = 404, message = "m")]
    InstanceNotFoundUpper,
    #[api(code = "MissingParameter", status = 400, message = "{name}")]
    MissingParameter { name: String },
    #[api(code = "A", status = 400, message = "m")]
    A,
}

/// A catalogue past the `match` limit, so that it gets the perfect hash table. The codes are
/// written out by a `macro_rules!` to keep this file short.
macro_rules! big_catalogue {
    ($($variant:ident $code:tt,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
        enum Big {
            $(#[api(code = $code, status = 400, message = "m")] $variant,)*
        }

        const BIG_CODES: &[&str] = &[$($code),*];
        const BIG_VALUES: &[Big] = &[$(Big::$variant),*];

        /// The same codes between two variants with fields.
        #[derive(Debug, Clone, PartialEq, Eq, ApiError)]
        enum BigFielded {
            #[api(code = "Fielded.First", status = 400, message = "first {name}")]
            First { name: String },
            $(#[api(code = $code, status = 400, message = "m")] $variant,)*
            #[api(code = "Fielded.Last", status = 400, message = "last {0}")]
            Last(String),
        }

        const BIG_FIELDED_VALUES: &[BigFielded] = &[$(BigFielded::$variant),*];
    };
}

/// A catalogue that includes the large one with fields: a code of that one is found through the
/// ordinal, not the slot.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
enum IncludesBigFielded {
    #[api(code = "Includes.Own", status = 400, message = "m")]
    Own,
    #[api(transparent)]
    Big(BigFielded),
}

big_catalogue! {
    V0 "Bcc.InstanceNotFound",
    V1 "Bcc.InstanceLimitExceeded",
    V2 "Bcc.ListenerNotFound",
    V3 "Bcc.ListenerLimitExceeded",
    V4 "Bcc.SubnetNotFound",
    V5 "Bcc.SubnetLimitExceeded",
    V6 "Bcc.BucketNotFound",
    V7 "Bcc.BucketLimitExceeded",
    V8 "Bcc.ClusterNotFound",
    V9 "Bcc.ClusterLimitExceeded",
    V10 "Bcc.PolicyNotFound",
    V11 "Bcc.PolicyLimitExceeded",
    V12 "Bcc.RuleNotFound",
    V13 "Bcc.RuleLimitExceeded",
    V14 "Blb.InstanceNotFound",
    V15 "Blb.InstanceLimitExceeded",
    V16 "Blb.ListenerNotFound",
    V17 "Blb.ListenerLimitExceeded",
    V18 "Blb.SubnetNotFound",
    V19 "Blb.SubnetLimitExceeded",
    V20 "Blb.BucketNotFound",
    V21 "Blb.BucketLimitExceeded",
    V22 "Blb.ClusterNotFound",
    V23 "Blb.ClusterLimitExceeded",
    V24 "Blb.PolicyNotFound",
    V25 "Blb.PolicyLimitExceeded",
    V26 "Blb.RuleNotFound",
    V27 "Blb.RuleLimitExceeded",
    V28 "Vpc.InstanceNotFound",
    V29 "Vpc.InstanceLimitExceeded",
    V30 "Vpc.ListenerNotFound",
    V31 "Vpc.ListenerLimitExceeded",
    V32 "Vpc.SubnetNotFound",
    V33 "Vpc.SubnetLimitExceeded",
    V34 "Vpc.BucketNotFound",
    V35 "Vpc.BucketLimitExceeded",
    V36 "Vpc.ClusterNotFound",
    V37 "Vpc.ClusterLimitExceeded",
    V38 "Vpc.PolicyNotFound",
    V39 "Vpc.PolicyLimitExceeded",
    V40 "Vpc.RuleNotFound",
    V41 "Vpc.RuleLimitExceeded",
    V42 "Eip.InstanceNotFound",
    V43 "Eip.InstanceLimitExceeded",
    V44 "Eip.ListenerNotFound",
    V45 "Eip.ListenerLimitExceeded",
    V46 "Eip.SubnetNotFound",
    V47 "Eip.SubnetLimitExceeded",
    V48 "Eip.BucketNotFound",
    V49 "Eip.BucketLimitExceeded",
    V50 "Eip.ClusterNotFound",
    V51 "Eip.ClusterLimitExceeded",
    V52 "Eip.PolicyNotFound",
    V53 "Eip.PolicyLimitExceeded",
    V54 "Eip.RuleNotFound",
    V55 "Eip.RuleLimitExceeded",
    V56 "Bos.InstanceNotFound",
    V57 "Bos.InstanceLimitExceeded",
    V58 "Bos.ListenerNotFound",
    V59 "Bos.ListenerLimitExceeded",
    V60 "Bos.SubnetNotFound",
    V61 "Bos.SubnetLimitExceeded",
    V62 "Bos.BucketNotFound",
    V63 "Bos.BucketLimitExceeded",
    V64 "Bos.ClusterNotFound",
    V65 "Bos.ClusterLimitExceeded",
    V66 "Bos.PolicyNotFound",
    V67 "Bos.PolicyLimitExceeded",
    V68 "Bos.RuleNotFound",
    V69 "Bos.RuleLimitExceeded",
    V70 "A",
    V71 "AB",
    V72 "ABC",
    V73 "Abcdefgh",
    V74 "Abcdefghijklmnop",
    V75 "Abcdefghijklmnopq",
    V76 "Abcdefghijklmnopqrstuvwxyz012345",
    V77 "Abcdefghijklmnopqrstuvwxyz0123456",
    V78 "Service.SomeVeryLongResourceNameThatRunsOn.LimitExceeded",
    V79 "Service.SomeVeryLongResourceNameThatRunsOn.QuotaExceeded",
    V80 "Vpc.GatewayInUse80",
    V81 "Vpc.SnapshotNotFound81",
    V82 "Vpc.ImageInUse82",
    V83 "Vpc.VolumeNotFound83",
    V84 "Vpc.KeyPairInUse84",
    V85 "Vpc.RouteNotFound85",
    V86 "Eip.GatewayInUse86",
    V87 "Eip.SnapshotNotFound87",
    V88 "Eip.ImageInUse88",
    V89 "Eip.VolumeNotFound89",
    V90 "Eip.KeyPairInUse90",
    V91 "Eip.RouteNotFound91",
    V92 "Bos.GatewayInUse92",
    V93 "Bos.SnapshotNotFound93",
    V94 "Bos.ImageInUse94",
    V95 "Bos.VolumeNotFound95",
    V96 "Bos.KeyPairInUse96",
    V97 "Bos.RouteNotFound97",
    V98 "Bcc.GatewayInUse98",
    V99 "Bcc.SnapshotNotFound99",
    V100 "Bcc.ImageInUse100",
    V101 "Bcc.VolumeNotFound101",
    V102 "Bcc.KeyPairInUse102",
    V103 "Bcc.RouteNotFound103",
    V104 "Cce.GatewayInUse104",
    V105 "Cce.SnapshotNotFound105",
    V106 "Cce.ImageInUse106",
    V107 "Cce.VolumeNotFound107",
    V108 "Cce.KeyPairInUse108",
    V109 "Cce.RouteNotFound109",
    V110 "Cds.GatewayInUse110",
    V111 "Cds.SnapshotNotFound111",
    V112 "Cds.ImageInUse112",
    V113 "Cds.VolumeNotFound113",
    V114 "Cds.KeyPairInUse114",
    V115 "Cds.RouteNotFound115",
    V116 "Blb.GatewayInUse116",
    V117 "Blb.SnapshotNotFound117",
    V118 "Blb.ImageInUse118",
    V119 "Blb.VolumeNotFound119",
    V120 "Blb.KeyPairInUse120",
    V121 "Blb.RouteNotFound121",
    V122 "Rds.GatewayInUse122",
    V123 "Rds.SnapshotNotFound123",
    V124 "Rds.ImageInUse124",
    V125 "Rds.VolumeNotFound125",
    V126 "Rds.KeyPairInUse126",
    V127 "Rds.RouteNotFound127",
    V128 "Scs.GatewayInUse128",
    V129 "Scs.SnapshotNotFound129",
    V130 "Scs.ImageInUse130",
    V131 "Scs.VolumeNotFound131",
    V132 "Scs.KeyPairInUse132",
    V133 "Scs.RouteNotFound133",
    V134 "Dns.GatewayInUse134",
    V135 "Dns.SnapshotNotFound135",
    V136 "Dns.ImageInUse136",
    V137 "Dns.VolumeNotFound137",
    V138 "Dns.KeyPairInUse138",
    V139 "Dns.RouteNotFound139",
    V140 "Abcde",
    V141 "Abcdefg",
}

/// Each one-byte change of `code` (at every position, to a byte no code there has) and `code`
/// one byte shorter and longer.
fn near_misses(code: &str) -> Vec<String> {
    let mut misses: Vec<String> = (0..code.len())
        .map(|index| {
            let mut bytes = code.as_bytes().to_vec();
            bytes[index] = b'#';
            String::from_utf8(bytes).unwrap()
        })
        .collect();
    if let Some(shorter) = code.get(..code.len().saturating_sub(1))
        && !code.is_empty()
    {
        misses.push(shorter.to_owned());
    }
    misses.push(format!("{code}s"));
    misses
}

#[test]
fn a_small_catalogue_finds_each_code_and_nothing_else() {
    for entry in Small::catalogue() {
        assert_eq!(
            Small::lookup(entry.code()),
            Some(entry),
            "{:?}",
            entry.code()
        );
        for miss in near_misses(entry.code()) {
            if Small::catalogue().iter().all(|other| other.code() != miss) {
                assert_eq!(Small::from_code(&miss), None, "{miss:?}");
                assert_eq!(Small::lookup(&miss), None, "{miss:?}");
            }
        }
    }
    assert_eq!(
        Small::from_code("ListenerExceeded"),
        Some(Small::ListenerExceeded)
    );
    assert_eq!(
        Small::from_code("InstanceNotFounD"),
        Some(Small::InstanceNotFoundUpper)
    );
    assert_eq!(
        Small::from_code("InstanceNotFound"),
        Some(Small::InstanceNotFound)
    );
    assert_eq!(Small::from_code("A"), Some(Small::A));
    assert_eq!(Small::from_code(""), None);
    assert_eq!(
        Small::from_code("MissingParameter"),
        None,
        "a variant with fields has no value from its code alone"
    );
}

#[test]
fn a_large_catalogue_finds_each_code_and_nothing_else() {
    assert!(Big::catalogue().len() > 128, "past the match limit");
    for (&code, &value) in BIG_CODES.iter().zip(BIG_VALUES) {
        assert_eq!(Big::from_code(code), Some(value), "{code:?}");
        assert_eq!(Big::lookup(code).map(|entry| entry.code()), Some(code));
        assert_eq!(value.code(), code);
        for miss in near_misses(code) {
            if !BIG_CODES.contains(&miss.as_str()) {
                assert_eq!(Big::from_code(&miss), None, "{miss:?}");
                assert_eq!(Big::lookup(&miss), None, "{miss:?}");
            }
        }
    }
    for other in ["", "a", "Bcc.instanceNotFound", "Bcc.InstanceNotFound\0"] {
        assert_eq!(Big::from_code(other), None, "{other:?}");
    }
}

#[test]
fn a_large_catalogue_with_fields_makes_each_unit_value_and_no_other() {
    assert!(BigFielded::catalogue().len() > 128, "past the match limit");
    for (&code, value) in BIG_CODES.iter().zip(BIG_FIELDED_VALUES) {
        assert_eq!(
            BigFielded::from_code(code).as_ref(),
            Some(value),
            "{code:?}"
        );
        assert_eq!(
            BigFielded::from_wire(code, "m", 400).as_ref(),
            Some(value),
            "{code:?}"
        );
        assert_eq!(
            IncludesBigFielded::from_code(code),
            Some(IncludesBigFielded::Big(value.clone())),
            "{code:?}"
        );
    }
    for code in ["Fielded.First", "Fielded.Last"] {
        assert_eq!(BigFielded::from_code(code), None, "{code:?}");
        assert_eq!(IncludesBigFielded::from_code(code), None, "{code:?}");
    }
    assert_eq!(
        BigFielded::from_wire("Fielded.First", "first vpcId", 400),
        Some(BigFielded::First {
            name: "vpcId".to_owned()
        })
    );
    assert_eq!(
        BigFielded::from_wire("Fielded.Last", "last 7", 400),
        Some(BigFielded::Last("7".to_owned()))
    );
    assert_eq!(
        IncludesBigFielded::from_code("Includes.Own"),
        Some(IncludesBigFielded::Own)
    );
}

/// A catalogue in the middle: its own codes (one as long as a global code, one past 32 bytes) and
/// the BCE global codes.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
enum Middle {
    #[api(code = "Middle.Failed", status = 500, message = "m")]
    Failed,
    #[api(code = "Middle.NotFound", status = 404, message = "m")]
    NotFound,
    #[api(
        code = "Middle.SomethingMuchLongerThan32Bytes",
        status = 400,
        message = "m"
    )]
    Long,
    #[api(code = "Middle.Templated", status = 400, message = "m {0}")]
    Templated(String),
    #[api(transparent)]
    Global(blb_errors::BceError),
}

/// A small catalogue (a `match`) including the one above and a large one (the perfect hash): each
/// level's codes are found, and made in place, through the levels above them.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
enum Outer {
    #[api(code = "Outer.Own", status = 400, message = "m")]
    Own,
    #[api(transparent)]
    Middle(Middle),
    #[api(transparent)]
    Big(Big),
    #[api(
        code = "Outer.SomethingElseLongerThan32Bytes",
        status = 400,
        message = "m"
    )]
    Long,
}

#[test]
fn a_composed_catalogue_finds_each_code_of_every_level_and_nothing_else() {
    use blb_errors::BceError;

    let codes: Vec<&str> = Outer::catalogue()
        .iter()
        .map(blb_errors::CatalogueEntry::code)
        .collect();
    for &code in &codes {
        let value = Outer::from_code(code);
        // The two codes whose variants carry fields, here and in BceError.
        if ["Middle.Templated", "RequestExpired"].contains(&code) {
            assert_eq!(
                value, None,
                "a variant with fields has no value from its code alone"
            );
        } else {
            assert_eq!(value.as_ref().map(ApiError::code), Some(code), "{code:?}");
        }
        for miss in near_misses(code) {
            if !codes.contains(&miss.as_str()) {
                assert_eq!(Outer::from_code(&miss), None, "{miss:?}");
            }
        }
    }
    let expected = [
        ("Outer.Own", Outer::Own),
        ("Outer.SomethingElseLongerThan32Bytes", Outer::Long),
        ("Middle.Failed", Outer::Middle(Middle::Failed)),
        (
            "Middle.SomethingMuchLongerThan32Bytes",
            Outer::Middle(Middle::Long),
        ),
        (
            "InternalError",
            Outer::Middle(Middle::Global(BceError::InternalError)),
        ),
        ("A", Outer::Big(Big::V70)),
        ("Bcc.InstanceNotFound", Outer::Big(Big::V0)),
        (
            "Service.SomeVeryLongResourceNameThatRunsOn.QuotaExceeded",
            Outer::Big(Big::V79),
        ),
    ];
    for (code, value) in expected {
        assert_eq!(Outer::from_code(code), Some(value), "{code:?}");
    }
    assert_eq!(
        Middle::from_code("InternalError"),
        Some(Middle::Global(BceError::InternalError))
    );
    assert_eq!(Outer::from_code(""), None);
}
