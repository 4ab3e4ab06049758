//! What a form's block readers have read so far, and the project built from it at the end of
//! the walk: every block reader writes into the one [`Builder`], none depends on the walk.

use super::{Imported, Inference};
use crate::diag::{Diagnostic, Diags, Result};
use crate::project::{Funds, Header, Indicator, People, Project, Scorecard};
use crate::source::{SourceFile, Sp};
use crate::text;
use indexmap::IndexMap;
use std::sync::Arc;

/// What has been read so far.
#[derive(Default)]
pub(super) struct Builder {
    pub region: Option<Sp<String>>,
    pub year: Option<Sp<i64>>,
    pub name: Option<Sp<String>>,
    pub department: Option<Sp<String>>,
    pub department_code: Option<Sp<String>>,
    pub implementer: Option<Sp<String>>,
    pub kind: Option<Sp<String>>,
    pub period: Option<Sp<String>>,
    pub grade: Option<Sp<String>>,
    pub funds: Funds,
    pub indicators: Vec<Indicator>,
    pub card: Option<Scorecard>,
    pub narratives: IndexMap<String, String>,
    pub people: People,
    pub inferences: Vec<Inference>,
    pub diags: Diags,
}

impl Builder {
    /// Records an inferred value.
    pub fn infer(&mut self, field: String, note: String) {
        self.inferences.push(Inference { field, note });
    }
}

/// The project read: name and year required, missing blocks and bad bytes warned about.
pub(super) fn build(mut b: Builder, files: &[Arc<SourceFile>]) -> Result<Imported> {
    if files.is_empty() {
        return Err(Diagnostic::error("jixiao::import::empty", text::IMPORT_EMPTY).into());
    }
    let Some(name) = b.name.take() else {
        b.diags.push(
            Diagnostic::error("jixiao::import::no_name", text::import_missing("项目名称"))
                .help(text::IMPORT_FORM_HELP),
        );
        return Err(b.diags);
    };
    let year = match b.year.take() {
        Some(y) => y,
        None => match year_from_period(b.period.as_ref()) {
            Some(y) => {
                b.infer("header.year".into(), text::INFER_YEAR_FROM_PERIOD.into());
                y
            }
            None => {
                b.diags.push(
                    Diagnostic::error("jixiao::import::no_year", text::import_missing("年度"))
                        .at(&name.span, text::IMPORT_PROJECT_HERE)
                        .help(text::IMPORT_YEAR_HELP),
                );
                return Err(b.diags);
            }
        },
    };
    let source = Arc::clone(&name.span.file);
    missing_blocks(&mut b, &name);
    let warnings = b.diags.warnings_or_errors()?;
    let project = Project {
        source,
        header: Header {
            name,
            department: b.department,
            department_code: b.department_code,
            implementer: b.implementer,
            kind: b.kind,
            period: b.period,
            year,
            region: b.region,
            extra: IndexMap::new(),
        },
        funds: b.funds,
        indicators: b.indicators,
        scorecard: with_grade(b.card, b.grade),
        judgements: Vec::new(),
        narratives: b.narratives,
        people: b.people,
        warnings,
        goals: Vec::new(),
        group_weights: Vec::new(),
        cut: None,
    };
    Ok(Imported {
        project,
        inferences: b.inferences,
        layout: String::new(),
    })
}

/// A form without its 绩效指标 or 评分表 (cut short, or not a self-evaluation form), or with
/// bytes that are not text, is imported with a warning for each, not silently.
fn missing_blocks(b: &mut Builder, name: &Sp<String>) {
    let mut missing = Vec::new();
    if b.indicators.is_empty() {
        missing.push("绩效目标实现情况");
    }
    if b.card.as_ref().is_none_or(|c| c.items.is_empty()) {
        missing.push("评分表");
    }
    for block in missing {
        let d = Diagnostic::warning(
            "jixiao::import::missing_block",
            text::import_missing_block(block),
        );
        b.diags.push(d.at(&name.span, text::IMPORT_PROJECT_HERE));
    }
    if let Some(at) = name.span.file.text().find('\u{FFFD}') {
        let span = crate::source::Span::new(&name.span.file, at, '\u{FFFD}'.len_utf8());
        b.diags.push(
            Diagnostic::warning("jixiao::import::encoding", text::IMPORT_BAD_BYTES)
                .at(&span, text::HERE),
        );
    }
}

fn with_grade(card: Option<Scorecard>, grade: Option<Sp<String>>) -> Option<Scorecard> {
    match (card, grade) {
        (Some(mut c), g) => {
            if c.grade.is_none() {
                c.grade = g;
            }
            Some(c)
        }
        (None, Some(g)) => Some(Scorecard {
            total: None,
            grade: Some(g),
            sections: Vec::new(),
            items: Vec::new(),
        }),
        (None, None) => None,
    }
}

/// The year a period such as `2020-01-01至2020-12-31` starts in, spanned to its digits.
fn year_from_period(period: Option<&Sp<String>>) -> Option<Sp<i64>> {
    let p = period?;
    let start = p.value.find(|c: char| c.is_ascii_digit())?;
    let digits = p.value.get(start..start.checked_add(4)?)?;
    let year: i64 = digits.parse().ok()?;
    let span = crate::source::Span::new(&p.span.file, p.span.offset.saturating_add(start), 4);
    Some(Sp::new(year, span))
}
