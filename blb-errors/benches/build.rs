//! Writes the benchmark catalogues into `OUT_DIR` from `gen/catalogue.rs`: at every size of
//! `SIZES`, the catalogue with `#[derive(ApiError)]` (`ours.rs`), the usual way (`usual.rs`), its
//! codes (`codes.rs`), and `each_size!`, which the benchmarks expand once per size.

#[path = "gen/catalogue.rs"]
mod catalogue;

use std::fmt::Write as _;
use std::path::Path;

/// The sizes code -> value is measured at; 31 is `BlbError`'s codes.
const SIZES: [usize; 5] = [10, 31, 64, 100, 1_000];

fn main() {
    println!("cargo::rerun-if-changed=gen/catalogue.rs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let (mut ours, mut usual, mut codes) = (String::new(), String::new(), String::new());
    let mut each_size = String::from(
        "/// `each_size!(m)` expands `m!(size, OursType, UsualType, CODES)` for every size, in\n\
         /// increasing order.\n#[macro_export]\nmacro_rules! each_size {\n    ($m:ident) => {\n",
    );
    for size in SIZES {
        let catalogue = catalogue::of_size(size);
        ours.push_str(&catalogue::ours(&format!("Ours{size}"), &catalogue));
        usual.push_str(&catalogue::usual(&format!("Usual{size}"), &catalogue));
        let _ = writeln!(
            codes,
            "/// The {size} codes of `Ours{size}` and `Usual{size}`, in declaration order.\n\
             pub const CODES_{size}: [&str; {size}] = ["
        );
        for code in &catalogue {
            let _ = writeln!(codes, "    {:?},", code.code);
        }
        codes.push_str("];\n");
        let _ = writeln!(
            each_size,
            "        $m!({size}, Ours{size}, Usual{size}, CODES_{size});"
        );
    }
    each_size.push_str("    };\n}\n");
    let write = |name: &str, text: &str| {
        std::fs::write(out.join(name), text).expect("OUT_DIR is writable");
    };
    write("ours.rs", &ours);
    write("usual.rs", &usual);
    write("codes.rs", &codes);
    write("each_size.rs", &each_size);
}
