//! The catalogues this crate ships, each exactly as Baidu's official error table gives it.

pub mod bce;
pub mod blb;
pub mod bos;

// A new catalogue is one line here, beside its module (and behind its feature, if it has one).
/// Every catalogue this crate ships, in the order the on-call tool searches them: the global codes
/// first, so that a global code is told as BCE's, with the catalogues that include it beside.
#[cfg(feature = "explain")]
pub const CATALOGUES: &[crate::explain::Catalogue] = {
    use crate::explain::Catalogue;
    &[
        Catalogue::new::<bce::BceError>(
            "BCE",
            "Global codes every Baidu AI Cloud service may answer with",
        ),
        Catalogue::new::<blb::BlbError>("BLB", "Baidu Load Balancer, with the BCE global codes"),
        Catalogue::new::<bos::BosError>("BOS", "Baidu Object Storage, with the BCE global codes"),
    ]
};
