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
        #[cfg(feature = "bos")]
        Catalogue::new::<bos::BosError>("BOS", "Baidu Object Storage, with the BCE global codes"),
        #[cfg(feature = "bcc")]
        Catalogue::new::<bcc::BccError>("BCC", "Baidu Cloud Compute, with the BCE global codes"),
        #[cfg(feature = "cds")]
        Catalogue::new::<cds::CdsError>("CDS", "Cloud Disk Service, with the BCE global codes"),
        #[cfg(feature = "cce")]
        Catalogue::new::<cce::CceError>("CCE", "Cloud Container Engine, with the BCE global codes"),
        #[cfg(feature = "vpc")]
        Catalogue::new::<vpc::VpcError>("VPC", "Virtual Private Cloud, with the BCE global codes"),
        #[cfg(feature = "dns")]
        Catalogue::new::<dns::DnsError>("DNS", "DNS, with the BCE global codes"),
        #[cfg(feature = "tsdb")]
        Catalogue::new::<tsdb::TsdbError>(
            "TSDB",
            "Time Series Database, with its own common codes",
        ),
        #[cfg(feature = "bts")]
        Catalogue::new::<bts::BtsError>(
            "TableStorage",
            "TableStorage (BTS), with its own common codes",
        ),
        #[cfg(feature = "ccr")]
        Catalogue::new::<ccr::CcrError>("CCR", "Container Registry, with its own common codes"),
    ]
};
