//! The type an `#[api(unknown)]` field must have.

use crate::UnknownCode;

/// Implemented by [`UnknownCode`] alone. Generated code reaches the unknown field through this
/// trait: a field of another type fails this one bound, once, at the field's type, where using
/// it as an `UnknownCode` would fail at each use.
#[diagnostic::on_unimplemented(
    message = "an `#[api(unknown)]` field holds a `blb_errors::UnknownCode`, not `{Self}`",
    label = "expected `UnknownCode`",
    note = "write the variant as `Unknown(UnknownCode)`: it keeps the code, message and status the server sent"
)]
pub trait UnknownField: Sized {
    fn new(code: &str, message: &str, status: u16) -> Self;

    fn get(&self) -> &UnknownCode;
}

impl UnknownField for UnknownCode {
    #[inline]
    fn new(code: &str, message: &str, status: u16) -> Self {
        Self::new(code, message, status)
    }

    #[inline]
    fn get(&self) -> &UnknownCode {
        self
    }
}
