//! Collects every error of one derive input, so that all of them are reported at once.

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

pub struct Ctxt {
    /// `None` once `finish` has taken the errors.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Default for Ctxt {
    fn default() -> Self {
        Self {
            errors: RefCell::new(Some(Vec::new())),
        }
    }
}

impl Ctxt {
    /// An error at the tokens of `at`.
    pub fn error_at<T: ToTokens, M: Display>(&self, at: T, message: M) {
        self.push(syn::Error::new_spanned(at.into_token_stream(), message));
    }

    /// An error at a span.
    pub fn error_span<M: Display>(&self, span: proc_macro2::Span, message: M) {
        self.push(syn::Error::new(span, message));
    }

    pub fn syn_error(&self, error: syn::Error) {
        self.push(error);
    }

    fn push(&self, error: syn::Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// All errors, combined into one, or `Ok` when there were none.
    pub fn finish(self) -> Result<(), syn::Error> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        let mut errors = errors.into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // Errors recorded but never reported would let a broken input compile.
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("blb-errors-derive: a Ctxt was dropped without `finish`");
        }
    }
}
