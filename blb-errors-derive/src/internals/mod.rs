//! The derive input as the macro understands it: read (`ast`, `attr` with the list syntax in
//! `keys`, `template`), checked across variants (`check`), with every mistake collected in one
//! context (`ctxt`); `written` prints tokens for messages.

pub mod ast;
pub mod attr;
pub mod check;
mod ctxt;
mod keys;
pub mod symbol;
pub mod template;
pub mod written;

pub use ctxt::Ctxt;
