//! The derive input as the macro understands it: read (`ast`, `attr`, `template`), checked across
//! variants (`check`), with every mistake collected in one context (`ctxt`).

pub mod ast;
pub mod attr;
pub mod check;
mod ctxt;
pub mod symbol;
pub mod template;

pub use ctxt::Ctxt;
