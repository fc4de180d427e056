//! The table of `docs/error-codes.md` is what `bce-explain --markdown BLB` prints.

use blb_errors::BlbError;

#[test]
fn the_error_code_table_is_the_generated_one() {
    let page = include_str!("../../docs/error-codes.md");
    let section = page
        .split("# Error codes\n")
        .nth(1)
        .expect("docs/error-codes.md has its `# Error codes` heading");
    let table: String = section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(
        table,
        blb_errors::markdown_table::<BlbError>(),
        "regenerate it with `cargo run -p blb-errors-explain -- --markdown BLB`"
    );
}
