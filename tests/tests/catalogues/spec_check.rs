//! The table check's report on a catalogue that has drifted from its table: every kind of
//! difference, each at its line.

use blb_errors::spec::compare;
use blb_errors::{ApiError, UnknownCode};

#[derive(Debug, ApiError)]
enum Drifted {
    /// As the table prints it.
    #[api(code = "Same", status = 400, message = "Same.")]
    Same,
    /// Another status.
    #[api(code = "Moved", status = 404, message = "Moved.")]
    Moved,
    /// Other words.
    #[api(code = "Reworded", status = 400, message = "New words.")]
    Reworded,
    /// A template the table's message does not follow.
    #[api(code = "Templated", status = 400, message = "Name '{name}' is bad.")]
    Templated { name: String },
    /// Where the table's placeholder stands for the field.
    #[api(code = "Placeheld", status = 400, message = "Name '{name}' is bad.")]
    Placeheld { name: String },
    /// Not in the table.
    #[api(code = "Extra", status = 500, message = "Extra.")]
    Extra,
    #[api(unknown)]
    Unknown(UnknownCode),
}

const TABLE: &str = "\
| 错误码 | 错误描述 | HTTP状态码 | 中文解释 |
|---|---|---|---|
| success | success | 200 OK | 成功 |
| Same | Same. | 400 Bad Request | |
| Same | Same. | 400 Bad Request | 再次 |
| Moved | Moved. | 409Conflict | |
| Reworded | Old words. | 400 | |
| Templated | Bad name 'x'. | 400 | |
| Placeheld | Name 'parameterName' is bad. | 400 | |
| Missing | Missing. | 400 | |
| Same | Other. | 400 | |
";

#[test]
fn the_report_lists_every_difference_at_its_line() {
    let comparison = compare::<Drifted>(TABLE);
    assert_eq!(comparison.compared(), 6);
    let report = comparison.to_string();
    let expected = r#"6 codes of the table compared with `catalogues::spec_check::Drifted` (not errors, not compared: line 3): 6 differences
  line 6: `Moved`: status 409 in the table, 404 in the catalogue
  line 7: `Reworded`: the message differs
      table:     "Old words."
      catalogue: "New words."
  line 8: `Templated`: the table's message does not read as the template
      table:     "Bad name 'x'."
      template:  "Name '{name}' is bad."
  line 10: `Missing` is a row of the table, not a code of the catalogue
  line 11: `Same` again, with another message or status than on line 4
  `Extra` is a code of the catalogue, not a row of the table"#;
    assert_eq!(report, expected);
}

#[test]
#[should_panic(expected = "`Extra` is a code of the catalogue, not a row of the table")]
fn assert_same_panics_with_the_report() {
    compare::<Drifted>(TABLE).assert_same();
}

#[test]
fn a_text_without_an_error_table_is_a_difference() {
    let comparison =
        compare::<Drifted>("| Parameter name | Type |\n|---|---|\n| code | String |\n");
    assert!(
        comparison
            .to_string()
            .contains("no error rows: an error table's header names a code and a status column")
    );
}

#[test]
fn allowing_unlisted_drops_only_the_included_catalogues_codes() {
    #[derive(Debug, ApiError)]
    enum Inner {
        /// Included.
        #[api(code = "Extra", status = 500, message = "Extra.")]
        Extra,
    }
    let comparison = compare::<Drifted>(TABLE).allowing_unlisted::<Inner>();
    assert_eq!(comparison.differences().len(), 6 - 1);
    let still = compare::<Drifted>(TABLE).allowing_unlisted::<Drifted>();
    assert!(
        still
            .to_string()
            .contains("`Missing` is a row of the table")
    );
}
