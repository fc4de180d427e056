//! The README's `## Error codes` table is what `cargo run --example explain -- --markdown` prints.

use blb_errors::BlbError;

#[test]
fn the_readme_table_is_the_generated_one() {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("\n## Error codes\n")
        .nth(1)
        .expect("README has a `## Error codes` section");
    let table: String = section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(
        table,
        blb_errors::markdown_table::<BlbError>(),
        "regenerate it with `cargo run --example explain -- --markdown`"
    );
}
