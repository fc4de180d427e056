//! What `#[api(...)]` accepts besides the usual one-line form, and what the catalogue description
//! is read from. The mistakes are compile-fail cases in `tests/ui`.

use blb_errors::{ApiError, BceError, UnknownCode};

#[derive(Debug, ApiError)]
enum ListenerError {
    /// The listener does not exist.
    ///
    #[doc = concat!("A macro after the first paragraph is for ", "rustdoc only.")]
    #[rustfmt::skip]
    #[api(
        code = "ListenerNotFound",
        status = 404,
        message = "The specified listener does not exist.",
    )]
    ListenerNotFound,
    /// The quota is
    /// exceeded.
    ///
    #[doc = include_str!("../ui/doc/description.md")]
    #[api(code = "QuotaExceeded", status = 413)]
    #[api(message = "You have exceeded current quota.", retryable)]
    QuotaExceeded,
    #[doc = concat!("Included: ", "no description is read, so a macro may come first.")]
    #[api(transparent)]
    Global(BceError),
    #[doc = concat!("Kept whole.")]
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn the_description_is_the_first_paragraph_and_a_macro_doc_may_follow_it() {
    let described: Vec<(&str, &str)> = ListenerError::catalogue()
        .iter()
        .take(2)
        .map(|entry| (entry.code(), entry.description()))
        .collect();
    assert_eq!(
        described,
        [
            ("ListenerNotFound", "The listener does not exist."),
            ("QuotaExceeded", "The quota is\nexceeded."),
        ]
    );
}

#[test]
fn keys_may_be_split_across_attributes_and_end_with_a_comma() {
    let error = ListenerError::QuotaExceeded;
    assert_eq!((error.status(), error.code()), (413, "QuotaExceeded"));
    assert!(error.is_retryable());
    assert_eq!(ListenerError::ListenerNotFound.status(), 404);
}

mod reexported {
    pub mod errors {
        pub use blb_errors as inner;
    }

    /// `crate = "path"`, in a string as serde accepts it.
    #[derive(Debug, blb_errors::ApiError)]
    #[api(crate = "crate::reexported::errors::inner")]
    pub enum Quoted {
        #[api(code = "Quoted", status = 400, message = "Quoted.")]
        Quoted,
    }
}

#[test]
fn the_crate_path_may_be_a_string() {
    assert_eq!(
        <reexported::Quoted as ApiError>::code(&reexported::Quoted::Quoted),
        "Quoted"
    );
}
