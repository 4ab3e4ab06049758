//! YAML loading through serde-saphyr: typed values with spans, errors as our diagnostics.
//! serde-saphyr's default budget (depth 64, 250,000 nodes, alias/anchor ratio) stops
//! alias bombs and absurd nesting before they cost anything.

use crate::diag::{Diagnostic, Result};
use crate::source::{SourceFile, Sp, Span};
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Deserializes a whole file; `what` names the kind of file in messages (项目文件, 政策包).
pub fn parse<T: DeserializeOwned>(file: &Arc<SourceFile>, what: &str) -> Result<T> {
    let content = file.text().lines().any(|l| {
        let l = l.trim();
        !l.is_empty() && !l.starts_with('#') && l != "---"
    });
    if !content {
        let d = Diagnostic::error("jixiao::yaml::empty", crate::text::empty_file(what));
        return Err(d.help(file.name().to_string()).into());
    }
    serde_saphyr::from_str(file.text()).map_err(|e| {
        let raw = strip_location(&e.without_snippet().to_string());
        let Some(loc) = e.location() else {
            return Diagnostic::error("jixiao::yaml", crate::text::yaml_error(what, &raw)).into();
        };
        let (line, col) = (loc.line() as usize, loc.column() as usize);
        let span = Span::at_line_col(file, line, col);
        let message = if is_syntax(&raw)
            || raw.starts_with("unknown field")
            || raw.starts_with("missing field")
        {
            crate::text::yaml_error(what, &raw)
        } else {
            let key = key_before(file.line_text(line), col);
            let value = raw.contains("invalid").then(|| scalar_at(&span)).flatten();
            crate::text::yaml_field_error(what, &raw, key.as_deref(), value)
        };
        Diagnostic::error("jixiao::yaml", message)
            .at(&span, crate::text::HERE)
            .into()
    })
}

/// True for errors in the YAML syntax itself (as opposed to a value of the wrong kind).
fn is_syntax(raw: &str) -> bool {
    [
        "while parsing",
        "did not find",
        "found ",
        "unexpected end",
        "mapping end",
    ]
    .iter()
    .any(|p| raw.contains(p))
}

/// The YAML key a value at `col` belongs to: the word before the `:` at or just before it
/// (`  year: 二〇二〇` → `year`, `{ …, score:  }` → `score`).
fn key_before(line: &str, col: usize) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut end = col.saturating_sub(1).min(chars.len());
    if chars.get(end) != Some(&':') {
        end = chars.get(..end)?.iter().rposition(|c| *c == ':')?;
    }
    let before = chars.get(..end)?;
    let start = before
        .iter()
        .rposition(|c| matches!(c, ' ' | '{' | ',' | '-' | '\t'))
        .map_or(0, |i| i.saturating_add(1));
    let key: String = before.get(start..)?.iter().collect();
    (!key.is_empty()).then_some(key)
}

/// The plain scalar a span starts (not a bracket or quote), for quoting in messages.
fn scalar_at(span: &Span) -> Option<&str> {
    let t = span.text().trim();
    (!t.is_empty() && !t.starts_with(['{', '[', '"', '\'', '#'])).then_some(t)
}

/// serde-saphyr appends " at line L, column C"; we show the location as a label instead.
fn strip_location(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Converts a serde-saphyr span into ours.
pub fn span_of<T>(file: &Arc<SourceFile>, s: &serde_saphyr::Spanned<T>) -> Span {
    let loc = s.referenced;
    let sp = loc.span();
    match (sp.byte_offset(), sp.byte_len()) {
        (Some(off), Some(len)) if loc.line() > 0 => Span::new(file, off as usize, len as usize),
        _ => Span::at_line_col(file, loc.line() as usize, loc.column() as usize),
    }
}

/// Converts a serde-saphyr spanned value into ours.
pub fn sp<T>(file: &Arc<SourceFile>, s: serde_saphyr::Spanned<T>) -> Sp<T> {
    let span = span_of(file, &s);
    Sp::new(s.value, span)
}
