//! The command line, read into what the tool is asked to do.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use lexopt::{Arg, Parser, ValueExt};

/// Where saved input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn from(value: OsString) -> Self {
        if value == "-" {
            Self::Stdin
        } else {
            Self::File(value.into())
        }
    }
}

/// What saved input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Saved {
    /// An error body alone, with the status given on the command line.
    Body(u16),
    /// A whole response as `curl -i` prints it.
    Response,
    /// Either, told apart by its first line: standard input given as `-`, with the status of a
    /// body alone when one is given.
    Either(Option<u16>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    Help,
    Version,
    Codes(Vec<String>),
    Read(Source, Saved),
    List,
    Markdown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Command {
    pub(crate) action: Action,
    /// `--catalogue NAME`, or the name after `--list` and `--markdown`.
    pub(crate) catalogue: Option<String>,
    pub(crate) json: bool,
}

/// The program's name as it was started, and the command, or what is wrong with it.
pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> (String, Result<Command, String>) {
    let mut parser = Parser::from_iter(args);
    let name = parser
        .bin_name()
        .and_then(|path| Path::new(path).file_stem())
        .map_or_else(
            || "bce-explain".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        );
    (name, command(&mut parser))
}

fn command(parser: &mut Parser) -> Result<Command, String> {
    let (mut body, mut response, mut status) = (None, None, None);
    let (mut list, mut markdown, mut json, mut help, mut version) =
        (false, false, false, false, false);
    let mut catalogue = None;
    let mut values = Vec::new();
    while let Some(arg) = parser.next().map_err(|error| error.to_string())? {
        match arg {
            Arg::Short('h') | Arg::Long("help") => help = true,
            Arg::Short('V') | Arg::Long("version") => version = true,
            Arg::Long("json") => json = true,
            Arg::Long("list") => list = true,
            Arg::Long("markdown") => markdown = true,
            Arg::Long("catalogue") => catalogue = Some(string(parser.value())?),
            Arg::Long("body") => body = Some(Source::from(value(parser.value())?)),
            Arg::Long("response") => response = Some(Source::from(value(parser.value())?)),
            Arg::Long("status") => {
                let value = value(parser.value())?;
                status = Some(
                    value
                        .parse::<u16>()
                        .ok()
                        .filter(|status| (100..=599).contains(status))
                        .ok_or_else(|| {
                            format!(
                                "--status needs an HTTP status from 100 to 599, not `{}`",
                                value.to_string_lossy()
                            )
                        })?,
                );
            }
            Arg::Value(value) => values.push(string(Ok(value))?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if help || version {
        let action = if help { Action::Help } else { Action::Version };
        return Ok(Command {
            action,
            catalogue,
            json,
        });
    }
    let action = match (body, response, list, markdown) {
        (None, None, false, false) => match values.split_off(0).as_slice() {
            [] => return Err("give a code, a saved response or an option".to_owned()),
            [stdin] if stdin == "-" => Action::Read(Source::Stdin, Saved::Either(status.take())),
            codes if codes.iter().any(|code| code == "-") => {
                return Err("`-` reads standard input, and takes no codes beside it".to_owned());
            }
            codes => Action::Codes(codes.to_vec()),
        },
        (Some(body), None, false, false) => {
            let status = status
                .take()
                .ok_or("--body FILE needs --status N: the response's status")?;
            Action::Read(body, Saved::Body(status))
        }
        (None, Some(response), false, false) => {
            if status.is_some() {
                return Err("--status is read from the response's status line; leave it out with --response".to_owned());
            }
            Action::Read(response, Saved::Response)
        }
        (None, None, true, false) | (None, None, false, true) => {
            let named = match values.split_off(0).as_slice() {
                [] => None,
                [name] => Some(name.clone()),
                _ => return Err("--list and --markdown take at most one catalogue name".to_owned()),
            };
            catalogue = match (catalogue, named) {
                (Some(a), Some(b)) if !a.eq_ignore_ascii_case(&b) => {
                    return Err(format!("two catalogues named: `{a}` and `{b}`"));
                }
                (a, b) => a.or(b),
            };
            if list { Action::List } else { Action::Markdown }
        }
        _ => {
            return Err(
                "--body, --response, --list and --markdown are each a task of their own: give one"
                    .to_owned(),
            );
        }
    };
    if status.is_some() {
        return Err("--status goes with --body FILE or `-` only".to_owned());
    }
    if !values.is_empty() {
        return Err(format!("unexpected argument `{}`", values[0]));
    }
    if json && action == Action::Markdown {
        return Err("--markdown writes Markdown; leave out --json".to_owned());
    }
    Ok(Command {
        action,
        catalogue,
        json,
    })
}

fn value(value: Result<OsString, lexopt::Error>) -> Result<OsString, String> {
    value.map_err(|error| error.to_string())
}

fn string(value: Result<OsString, lexopt::Error>) -> Result<String, String> {
    self::value(value)?
        .string()
        .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::{Action, Command, Saved, Source, parse};

    fn command(args: &[&str]) -> Result<Command, String> {
        parse(
            std::iter::once("bce-explain")
                .chain(args.iter().copied())
                .map(Into::into),
        )
        .1
    }

    #[test]
    fn each_input_form_is_read() {
        let read = |args: &[&str]| command(args).map(|command| command.action);
        assert_eq!(
            read(&["A", "B"]),
            Ok(Action::Codes(vec!["A".into(), "B".into()]))
        );
        assert_eq!(
            read(&["--body", "f.json", "--status", "404"]),
            Ok(Action::Read(
                Source::File("f.json".into()),
                Saved::Body(404)
            ))
        );
        assert_eq!(
            read(&["--status=502", "--body", "-"]),
            Ok(Action::Read(Source::Stdin, Saved::Body(502)))
        );
        assert_eq!(
            read(&["--response", "dump.txt"]),
            Ok(Action::Read(
                Source::File("dump.txt".into()),
                Saved::Response
            ))
        );
        assert_eq!(
            read(&["-"]),
            Ok(Action::Read(Source::Stdin, Saved::Either(None)))
        );
        assert_eq!(
            read(&["-", "--status", "500"]),
            Ok(Action::Read(Source::Stdin, Saved::Either(Some(500))))
        );
    }

    #[test]
    fn a_catalogue_is_named_after_list_or_by_option() {
        let listed = command(&["--list", "blb"]).unwrap();
        assert_eq!(
            (listed.action, listed.catalogue.as_deref()),
            (Action::List, Some("blb"))
        );
        let listed = command(&["--catalogue", "BOS", "--markdown"]).unwrap();
        assert_eq!(
            (listed.action, listed.catalogue.as_deref()),
            (Action::Markdown, Some("BOS"))
        );
        assert!(command(&["--list", "BLB", "--catalogue", "BOS"]).is_err());
    }

    #[test]
    fn a_wrong_command_line_is_an_error() {
        for args in [
            &[][..],
            &["--bogus"],
            &["--body", "f.json"],
            &["--response", "f", "--status", "404"],
            &["--status", "404", "Code"],
            &["--status", "4040", "-"],
            &["--body", "f", "--status", "404", "--list"],
            &["-", "Code"],
            &["--list", "BLB", "BOS"],
            &["--markdown", "--json"],
            &["--catalogue"],
        ] {
            assert!(command(args).is_err(), "{args:?}");
        }
    }
}
