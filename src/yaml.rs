//! YAML loading through serde-saphyr: typed values with spans, errors as our diagnostics.
//! serde-saphyr's default budget (depth 64, 250,000 nodes, alias/anchor ratio) stops
//! alias bombs and absurd nesting before they cost anything.

use crate::diag::{Diagnostic, Result};
use crate::source::{SourceFile, Sp, Span};
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Deserializes a whole file; `what` names the kind of file in messages (项目文件, 政策包).
pub fn parse<T: DeserializeOwned>(file: &Arc<SourceFile>, what: &str) -> Result<T> {
    serde_saphyr::from_str(file.text()).map_err(|e| {
        let raw = e.without_snippet().to_string();
        let message = crate::text::yaml_error(what, &strip_location(&raw));
        let mut d = Diagnostic::error("jixiao::yaml", message);
        if let Some(loc) = e.location() {
            let span = Span::at_line_col(file, loc.line() as usize, loc.column() as usize);
            d = d.at(&span, crate::text::HERE);
        }
        d.into()
    })
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
