//! The catalogues this crate ships, each checked against Baidu's published table for its service;
//! every service but BCE and BLB behind a feature of its name.

#[cfg(feature = "bcc")]
pub mod bcc;
pub mod bce;
pub mod blb;
#[cfg(feature = "bos")]
pub mod bos;
#[cfg(feature = "bts")]
pub mod bts;
#[cfg(feature = "cce")]
pub mod cce;
#[cfg(feature = "ccr")]
pub mod ccr;
#[cfg(feature = "cds")]
pub mod cds;
#[cfg(feature = "dns")]
pub mod dns;
#[cfg(feature = "tsdb")]
pub mod tsdb;
#[cfg(feature = "vpc")]
pub mod vpc;
