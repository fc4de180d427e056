//! The reader of error tables: Markdown tables as Baidu's pages print them, pasted into a file.

/// The rows of every error table in a text, in the order they appear.
///
/// An error table is a Markdown table whose header names a code column and a status column; other
/// tables (a body's parameters, say) and every line outside a table are passed over. Columns are
/// found by their header, in English or Chinese and in any order, as the pages print them:
///
/// | column | header names it with |
/// |---|---|
/// | code | "code", 错误码, 返回码 |
/// | status | "status", "states", 状态码 |
/// | message | "message", "error description", 错误消息, 错误描述 |
/// | description | "description", "semantics", "explanation", 说明, 描述, 解释, 语义 |
///
/// A table without a message column, or a message cell of `—`, has no message for the row. The
/// status is the number a cell starts with: `403Forbidden`, `400 BadRequest` and `404` are 403, 400
/// and 404.
///
/// ```
/// use blb_errors::spec::Table;
///
/// let table = Table::parse(
///     "| 错误码 | 错误描述 | HTTP状态码 | 中文解释 |\n\
///      |---|---|---|---|\n\
///      | Volume.SystemDiskCannotBeDeleted | System disk can not be deleted. | 403 | 系统盘不能被删除 |\n",
/// );
/// let row = &table.rows()[0];
/// assert_eq!(row.code(), "Volume.SystemDiskCannotBeDeleted");
/// assert_eq!((row.status(), row.message()), (Some(403), Some("System disk can not be deleted.")));
/// assert_eq!(row.line(), 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    rows: Vec<Row>,
}

/// One row of an error table, its cells as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    line: usize,
    code: String,
    message: Option<String>,
    status: Option<u16>,
    description: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Code,
    Message,
    Status,
    Description,
}

impl Table {
    /// Reads every error table of `text`.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let mut rows = Vec::new();
        let mut lines = text.lines().enumerate().peekable();
        while let Some((_, line)) = lines.next() {
            let Some(columns) = header(line) else {
                continue;
            };
            if !lines
                .peek()
                .is_some_and(|(_, next)| is_separator(next.trim()))
            {
                continue;
            }
            lines.next();
            while let Some((index, line)) = lines.next_if(|(_, line)| line.trim().starts_with('|'))
            {
                rows.push(Row::read(index + 1, line, &columns));
            }
        }
        Self { rows }
    }

    /// The rows, in the order of the text; a code listed on several pages is here as often.
    #[must_use]
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

impl Row {
    fn read(line: usize, text: &str, columns: &[Option<Column>]) -> Self {
        let mut row = Self {
            line,
            code: String::new(),
            message: None,
            status: None,
            description: String::new(),
        };
        for (column, cell) in columns.iter().zip(cells(text)) {
            match column {
                Some(Column::Code) => row.code = cell.to_owned(),
                Some(Column::Message) if !matches!(cell, "" | "—") => {
                    row.message = Some(cell.to_owned());
                }
                Some(Column::Status) => row.status = status(cell),
                Some(Column::Description) => row.description = cell.to_owned(),
                _ => {}
            }
        }
        row
    }

    /// The line of the text the row is on, counted from 1.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The code, as printed.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message, as printed; `None` where the table prints none.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The HTTP status; `None` where the status cell starts with no number.
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The description, as printed.
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Whether the row is an error: a status from 400 up. Tables list successes too (BOS
    /// `success` at 200 and 203, TableStorage's 2xx and 304), and a row without a status says
    /// nothing an error catalogue holds.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.status.is_some_and(|status| status >= 400)
    }
}

/// The columns a header line names, or `None` when it is not the header of an error table.
fn header(line: &str) -> Option<Vec<Option<Column>>> {
    let line = line.trim();
    if !line.starts_with('|') || is_separator(line) {
        return None;
    }
    let columns: Vec<Option<Column>> = cells(line).map(column).collect();
    let has = |wanted| columns.contains(&Some(wanted));
    (has(Column::Code) && has(Column::Status)).then_some(columns)
}

/// The column a header cell names. Status is asked first ("HTTP status code" names a code too),
/// then the message ("Error description" is the message on BLB's page, "描述" alone a description).
fn column(cell: &str) -> Option<Column> {
    let lower = cell.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    if any(&["status", "states", "状态码"]) {
        Some(Column::Status)
    } else if any(&[
        "message",
        "error description",
        "err description",
        "错误消息",
        "错误描述",
    ]) {
        Some(Column::Message)
    } else if any(&["code", "错误码", "返回码"]) {
        Some(Column::Code)
    } else if any(&[
        "description",
        "semantics",
        "explanation",
        "说明",
        "描述",
        "解释",
        "语义",
    ]) {
        Some(Column::Description)
    } else {
        None
    }
}

fn is_separator(line: &str) -> bool {
    line.starts_with('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn cells(line: &str) -> impl Iterator<Item = &str> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(str::trim)
}

/// The number a status cell starts with.
fn status(cell: &str) -> Option<u16> {
    let digits = cell.len() - cell.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    cell[..digits].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn columns_are_found_by_header_in_any_order() {
        let bos = "| Error code (code) | Message (message) | Description | HTTP status code |\n\
                   |---|---|---|---|\n\
                   | BucketNotEmpty | The bucket you tried to delete is not empty. | Not empty. | 409 Conflict |\n";
        let table = Table::parse(bos);
        let row = &table.rows()[0];
        assert_eq!(row.code(), "BucketNotEmpty");
        assert_eq!(
            row.message(),
            Some("The bucket you tried to delete is not empty.")
        );
        assert_eq!(row.description(), "Not empty.");
        assert_eq!(row.status(), Some(409));

        let bts = "| HTTP状态码 | 错误码(Code) | 描述 |\n|---|---|---|\n| 503 | ServerBusy | 服务过载 |\n";
        let table = Table::parse(bts);
        let row = &table.rows()[0];
        assert_eq!(
            (row.code(), row.status(), row.message(), row.description()),
            ("ServerBusy", Some(503), None, "服务过载")
        );
    }

    #[test]
    fn statuses_are_read_as_printed() {
        let text = "| Error code | Error message | HTTP status code | Description |\n|---|---|---|---|\n\
                    | A | a | 403Forbidden | |\n| B | b | 400 BadRequest | |\n| C | c | 500Internal Server Error | |\n\
                    | D | — | 404 | |\n| E | e |  | |\n";
        let rows = Table::parse(text);
        let read: Vec<_> = rows
            .rows()
            .iter()
            .map(|row| (row.code(), row.status(), row.message()))
            .collect();
        assert_eq!(
            read,
            [
                ("A", Some(403), Some("a")),
                ("B", Some(400), Some("b")),
                ("C", Some(500), Some("c")),
                ("D", Some(404), None),
                ("E", None, Some("e")),
            ]
        );
        assert!(!rows.rows()[4].is_error());
    }

    #[test]
    fn other_tables_and_text_are_passed_over() {
        let text = "Body\n| Parameter name | Type | Description |\n|---|---|---|\n| code | String | Error code |\n\n\
                    Global\n| Error code | Error description | HTTP status code | Semantics |\n|---|---|---|---|\n\
                    | AccessDenied | Access denied. | 403 Forbidden | No permission |\n\
                    Partially seen: `InvalidURI | Could not parse | 400`\n";
        let table = Table::parse(text);
        assert_eq!(table.rows().len(), 1);
        assert_eq!(table.rows()[0].code(), "AccessDenied");
        assert_eq!(table.rows()[0].line(), 9);
    }
}
