//! Generated code uses only `::`-rooted paths: modules named like the crates it needs, declared
//! next to the derive, change nothing.
#![allow(dead_code, non_snake_case)]

mod core {}
mod std {}
mod serde {}
mod blb_errors {}
mod alloc {}

mod Option {}
mod Some {}
mod None {}
mod Result {}
mod Ok {}
mod String {}
mod Cow {}

use ::blb_errors::{ApiError, BceError, UnknownCode};

#[derive(Debug, ApiError)]
enum Shadowed {
    #[api(code = "A", status = 400, message = "A {0}.")]
    A(::std::string::String),
    #[api(code = "B", status = 500, message = "B.", retryable)]
    B,
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn the_derive_ignores_local_modules_named_like_crates() {
    assert_eq!(Shadowed::B.code(), "B");
    assert_eq!(Shadowed::A("x".into()).to_string(), "A x.");
    assert!(Shadowed::from_wire("A", "A y.", 400).is_some());
    assert_eq!(Shadowed::catalogue().len(), 16);
}

mod user_names {
    //! A user type named `String`, and a user trait in scope whose methods have the names of
    //! methods the expansion calls: generated code names types by their paths and calls trait
    //! methods through their traits, so neither changes what it means.
    #![allow(clippy::unused_self, clippy::wrong_self_convention)]

    use std::fmt;
    use std::str::FromStr;

    use blb_errors::{ApiError, BceError, UnknownCode};

    /// Not `std::string::String`.
    #[derive(Debug, PartialEq, Eq)]
    pub struct String(std::string::String);

    impl fmt::Display for String {
        fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str(&self.0)
        }
    }

    impl FromStr for String {
        type Err = ();

        fn from_str(text: &str) -> Result<Self, ()> {
            Ok(Self(text.to_owned()))
        }
    }

    /// Every name the expansion could call with method syntax, for every type.
    pub trait Everywhere {
        fn recover(&self, _: &str) -> Option<u8> {
            None
        }
        fn has_placeholders(&self) -> bool {
            false
        }
        fn message(&self) -> &'static str {
            "shadowed"
        }
        fn code(&self) -> &'static str {
            "shadowed"
        }
        fn status(&self) -> u16 {
            0
        }
        fn entry(&self) {}
        fn is_retryable(&self) -> bool {
            false
        }
        fn is_some(&self) -> bool {
            false
        }
        fn len(&self) -> usize {
            0
        }
        fn as_str(&self) -> &'static str {
            "shadowed"
        }
        fn pad(&self, _: &str) {}
        fn write_str(&self, _: &str) {}
        fn fmt(&self) {}
        fn next(&self) {}
        fn source(&self) {}
        fn to_string(&self) -> &'static str {
            "shadowed"
        }
        fn get(&self) {}
        fn lookup(&self) {}
        fn from_wire(&self) {}
        fn from_code(&self) {}
        fn __parts(&self) {}
    }

    impl<T: ?Sized> Everywhere for T {}

    #[derive(Debug, PartialEq, ApiError)]
    pub enum Named {
        #[api(code = "Own", status = 400, message = "Own {0} of {1}.")]
        Own(String, u16),
        #[api(code = "Std", status = 400, message = "Std {0}.")]
        Std(std::string::String),
        #[api(code = "Unit", status = 503, message = "Unit.", retryable)]
        Unit,
        #[api(transparent)]
        Global(BceError),
        #[api(unknown)]
        Unknown(UnknownCode),
    }

    #[test]
    fn the_expansion_means_the_same_beside_user_names() {
        let own = Named::Own(String("ab".to_owned()), 7);
        assert_eq!(ApiError::message(&own), "Own ab of 7.");
        assert_eq!(
            <Named as ApiError>::from_wire("Own", "Own xy of 8.", 400),
            Some(Named::Own(String("xy".to_owned()), 8)),
            "the user's `String` is parsed with its own `FromStr`"
        );
        assert_eq!(
            <Named as ApiError>::from_wire("Std", "Std xy.", 400),
            Some(Named::Std("xy".to_owned()))
        );
        assert_eq!(ApiError::code(&Named::Unit), "Unit");
        assert!(ApiError::is_retryable(&Named::Unit));
        let global = Named::Global(BceError::AccessDenied);
        assert_eq!(
            (ApiError::status(&global), ApiError::message(&global)),
            (403, "Access denied.".into())
        );
        let unknown =
            <Named as ApiError>::from_wire("Other", "Other.", 500).expect("unknown variant");
        assert_eq!(ApiError::code(&unknown), "Other");
        assert_eq!(std::string::ToString::to_string(&unknown), "Other.");
    }
}
