//! YAML loading through serde-saphyr: typed values with spans, errors as our diagnostics.
//! serde-saphyr's default budget (depth 64, 250,000 nodes, alias/anchor ratio) stops
//! alias bombs and absurd nesting before they cost anything.

use crate::diag::{Diagnostic, Result};
use crate::source::{SourceFile, Sp, Span};
use serde::de::DeserializeOwned;
use std::sync::Arc;

mod errors;

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
    serde_saphyr::from_str(file.text()).map_err(|e| diagnose(file, what, &e).into())
}

/// One serde-saphyr error as our diagnostic: the catalogue's sentence at the place, the
/// parser's own words as a labelled detail line.
fn diagnose(file: &Arc<SourceFile>, what: &str, e: &serde_saphyr::Error) -> Diagnostic {
    let explained = errors::explain(e);
    let mut message = explained.message.clone();
    let located = e.location().map(|loc| {
        let (line, col) = (loc.line() as usize, loc.column() as usize);
        (line, col, Span::at_line_col(file, line, col))
    });
    if let (true, Some((line, col, span))) = (explained.about_value, &located) {
        let key = key_before(file.line_text(*line), *col);
        let value = explained.quote.then(|| scalar_at(span)).flatten();
        message = crate::text::at_field(&message, key.as_deref(), value);
    }
    let mut d = Diagnostic::error("jixiao::yaml", crate::text::yaml_error(what, &message));
    if let Some((_, _, span)) = &located {
        d = d.at(span, crate::text::HERE);
    }
    if !explained.complete {
        let raw = strip_location(&e.without_snippet().to_string());
        d = d.help(crate::text::original_text(&raw));
    }
    d
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
