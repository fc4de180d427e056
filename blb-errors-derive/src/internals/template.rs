//! Parses a message template: `{name}` and `{0}` name fields, `{{` and `}}` are literal braces.

use syn::LitStr;

use crate::internals::Ctxt;
use crate::internals::ast::Field;

pub enum Piece {
    Literal(String),
    /// The index of the field in the variant.
    Field(usize),
}

pub struct Template {
    pub pieces: Vec<Piece>,
}

impl Template {
    /// The message itself when it has no placeholder.
    pub fn as_static(&self) -> Option<String> {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Literal(literal) => text.push_str(literal),
                Piece::Field(_) => return None,
            }
        }
        Some(text)
    }

    /// Whether the message has a placeholder.
    pub fn has_fields(&self) -> bool {
        self.pieces
            .iter()
            .any(|piece| matches!(piece, Piece::Field(_)))
    }

    pub fn field_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Field(index) => Some(*index),
            Piece::Literal(_) => None,
        })
    }
}

/// The template of `literal`, or `None` after recording every mistake at the literal.
pub fn parse(
    cx: &Ctxt,
    literal: &LitStr,
    text: &str,
    fields: &[Field],
    variant: &syn::Ident,
) -> Option<Template> {
    if !text.contains('{') && !text.contains('}') {
        // No placeholder and no brace: the message is its own text.
        let pieces = if text.is_empty() {
            Vec::new()
        } else {
            vec![Piece::Literal(text.to_owned())]
        };
        return Some(Template { pieces });
    }
    let mut pieces = Vec::new();
    let mut pending = String::new();
    let mut valid = true;
    let mut chars = text.char_indices().peekable();
    while let Some((_, character)) = chars.next() {
        match character {
            '{' if chars.peek().map(|&(_, next)| next) == Some('{') => {
                chars.next();
                pending.push('{');
            }
            '}' if chars.peek().map(|&(_, next)| next) == Some('}') => {
                chars.next();
                pending.push('}');
            }
            '}' => {
                cx.error_at(
                    literal,
                    "unmatched `}` in the message: write `}}` for a literal brace",
                );
                return None;
            }
            '{' => {
                let mut name = String::new();
                let closed = loop {
                    match chars.next() {
                        Some((_, '}')) => break true,
                        Some((_, '{')) | None => break false,
                        Some((_, inner)) => name.push(inner),
                    }
                };
                if !closed {
                    cx.error_at(literal, "unclosed `{` in the message: close the placeholder with `}`, or write `{{` for a literal brace");
                    return None;
                }
                match resolve(&name, fields, variant) {
                    Ok(index) => {
                        if !pending.is_empty() {
                            pieces.push(Piece::Literal(std::mem::take(&mut pending)));
                        }
                        pieces.push(Piece::Field(index));
                    }
                    Err(message) => {
                        cx.error_at(literal, message);
                        valid = false;
                    }
                }
            }
            other => pending.push(other),
        }
    }
    if !pending.is_empty() {
        pieces.push(Piece::Literal(pending));
    }
    valid.then_some(Template { pieces })
}

/// The index of the field a placeholder names, or why it names none.
fn resolve(name: &str, fields: &[Field], variant: &syn::Ident) -> Result<usize, String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(
            "empty placeholder `{}`: name a field, like `{name}`, or a tuple field, like `{0}`"
                .to_owned(),
        );
    }
    if trimmed.contains(':') {
        return Err(format!(
            "`{{{name}}}`: format specs are not supported; fields are written with Display as `{{field}}`"
        ));
    }
    if trimmed.bytes().all(|byte| byte.is_ascii_digit()) {
        let named = fields.first().is_some_and(|field| field.ident.is_some());
        if named {
            let first = fields
                .first()
                .and_then(|field| field.ident.as_ref())
                .map(unraw)
                .unwrap_or_default();
            return Err(format!(
                "`{{{trimmed}}}`: `{variant}` has named fields; name one, like `{{{first}}}`"
            ));
        }
        return match trimmed.parse::<usize>() {
            Ok(index) if index < fields.len() => Ok(index),
            _ => Err(format!(
                "`{{{trimmed}}}` is out of range: `{variant}` has {} tuple field{}",
                fields.len(),
                if fields.len() == 1 { "" } else { "s" }
            )),
        };
    }
    let wanted = trimmed.strip_prefix("r#").unwrap_or(trimmed);
    fields
        .iter()
        .position(|field| field.ident.as_ref().is_some_and(|ident| unraw(ident) == wanted))
        .ok_or_else(|| {
            if fields.is_empty() {
                format!("`{{{trimmed}}}` names no field: `{variant}` has no fields; write `{{{{` for a literal brace")
            } else if fields[0].ident.is_none() {
                format!("`{{{trimmed}}}` names no field: `{variant}` has tuple fields; use `{{0}}`")
            } else {
                format!("`{{{trimmed}}}` names no field of `{variant}`; its fields are {}", field_list(fields))
            }
        })
}

fn unraw(ident: &syn::Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#")
        .map_or_else(|| text.clone(), ToOwned::to_owned)
}

fn field_list(fields: &[Field]) -> String {
    fields
        .iter()
        .filter_map(|field| {
            field
                .ident
                .as_ref()
                .map(|ident| format!("`{}`", unraw(ident)))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
