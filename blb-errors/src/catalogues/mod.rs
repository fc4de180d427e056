//! The catalogues this crate ships, each exactly as Baidu's official error table gives it.

pub mod bce;
pub mod blb;
pub mod bos;
