//! Writes the benchmark catalogues into `OUT_DIR`: `BlbError`'s 31 codes the usual way, and a
//! generated 1,000-code catalogue both ways.

#[path = "gen/catalogue.rs"]
mod catalogue;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=gen/catalogue.rs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).expect("OUT_DIR is writable")
    };

    write(
        "usual_31.rs",
        catalogue::usual("UsualBlbError", &catalogue::blb_31()),
    );

    let synthetic = catalogue::synthetic(1_000);
    write("ours_1000.rs", catalogue::ours("OursError1000", &synthetic));
    write(
        "usual_1000.rs",
        catalogue::usual("UsualError1000", &synthetic),
    );
    let mut codes = String::from(
        "/// The 1,000 generated codes, in declaration order.\npub const CODES_1000: [&str; 1_000] = [\n",
    );
    for code in &synthetic {
        let _ = writeln!(codes, "    {:?},", code.code);
    }
    codes.push_str("];\n");
    write("codes_1000.rs", codes);
}
