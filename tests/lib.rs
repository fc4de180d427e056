//! UI (trybuild) and behaviour tests of blb-errors live in `tests/`. This library holds only the
//! README, so that its examples run as doc tests and cannot drift from the code.

#[doc = include_str!("../README.md")]
#[allow(dead_code)]
mod readme {}
