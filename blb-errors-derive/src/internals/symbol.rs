//! The keys `#[api(...)]` understands, named once.

use std::fmt;

use syn::Path;

#[derive(Clone, Copy)]
pub struct Symbol(pub &'static str);

pub const API: Symbol = Symbol("api");
pub const CODE: Symbol = Symbol("code");
pub const STATUS: Symbol = Symbol("status");
pub const MESSAGE: Symbol = Symbol("message");
pub const RETRYABLE: Symbol = Symbol("retryable");
pub const TRANSPARENT: Symbol = Symbol("transparent");
pub const UNKNOWN: Symbol = Symbol("unknown");
pub const CRATE: Symbol = Symbol("crate");

/// The advice `retryable = ...` names, beside the backoff of `retryable` alone.
pub const SIGN_AGAIN: Symbol = Symbol("sign_again");
pub const WAIT_FOR_PREVIOUS: Symbol = Symbol("wait_for_previous");
pub const THROTTLED: Symbol = Symbol("throttled");
/// The field attributes that mark a variant's cause, spelt as thiserror spells them.
pub const SOURCE: Symbol = Symbol("source");
pub const FROM: Symbol = Symbol("from");

/// The keys a variant may carry, in the order error messages list them.
pub const VARIANT_KEYS: &str = "`code`, `status`, `message`, `retryable`, `transparent`, `unknown`";

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}
