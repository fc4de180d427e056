//! The catalogues code -> value is measured on, at every size of `each_size!`: `ours::OursN`
//! with `#[derive(ApiError)]`, `usual::UsualN` the usual way, and their codes `CODES_N`. At 31
//! they are `BlbError`'s codes, flat; `usual::Usual31` is also the usual way's `BlbError`.
#![allow(missing_docs)]

/// The catalogues with `#[derive(ApiError)]`.
pub mod ours {
    include!(concat!(env!("OUT_DIR"), "/ours.rs"));
}

/// The catalogues the usual way, and the error body as the usual way writes and reads it.
pub mod usual {
    include!(concat!(env!("OUT_DIR"), "/usual.rs"));

    /// The error body as the usual way writes and reads it: a serde struct with owned `String`s.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ErrorBody {
        pub request_id: String,
        pub code: String,
        pub message: String,
    }
}

include!(concat!(env!("OUT_DIR"), "/codes.rs"));

#[cfg(test)]
mod tests {
    //! Both ways say the same at every size, so the benchmarks compare like with like.

    use std::str::FromStr;

    use blb_errors::ApiError;

    use super::{ours, usual};

    macro_rules! agree {
        ($size:literal, $ours:ident, $usual:ident, $codes:ident) => {{
            assert_eq!(ours::$ours::catalogue().len(), $size);
            assert_eq!(super::$codes.len(), $size);
            for (entry, &code) in ours::$ours::catalogue().iter().zip(&super::$codes) {
                assert_eq!(entry.code(), code);
                let theirs = usual::$usual::from_str(code).expect("both have every code");
                assert_eq!(theirs.code(), code);
                assert_eq!(theirs.status(), entry.status(), "{code}");
                match ours::$ours::from_code(code) {
                    Some(value) => assert_eq!(value.to_string(), theirs.to_string(), "{code}"),
                    None => assert!(entry.has_placeholders(), "{code}"),
                }
            }
            for code in ["", "Nope", "AccessDenie", "Blb.InstanceNotFoundX"] {
                assert!(ours::$ours::from_code(code).is_none(), "{code}");
                assert!(usual::$usual::from_str(code).is_err(), "{code}");
            }
        }};
    }

    #[test]
    fn both_ways_have_the_same_codes_statuses_and_messages_at_every_size() {
        each_size!(agree);
    }

    #[test]
    fn the_31_codes_are_blb_errors() {
        use blb_errors::BlbError;
        let flat: Vec<&str> = BlbError::catalogue()
            .iter()
            .map(|entry| entry.code())
            .collect();
        assert_eq!(flat, super::CODES_31);
        for entry in BlbError::catalogue() {
            let theirs = usual::Usual31::from_str(entry.code()).expect("the mirror has every code");
            assert_eq!(theirs.status(), entry.status(), "{}", entry.code());
            if !entry.has_placeholders() {
                assert_eq!(theirs.to_string(), entry.template(), "{}", entry.code());
            }
        }
    }
}
