//! Reads a project file into the model, checking what serde cannot: signs, directions, numbers.

use super::raw::*;
use super::*;
use crate::diag::{Diagnostic, Diags, Result};
use crate::num::parse_decimal;
use crate::source::{SourceFile, Span};
use crate::text;
use crate::yaml::{sp, span_of};
use serde_saphyr::Spanned;
use std::path::Path;

mod forms;

/// Loads and validates a project file; a form (`.txt` text export, `.xlsx` workbook) is
/// imported on the fly, anything else is read as the YAML project format.
pub fn load(path: &Path) -> Result<Project> {
    if crate::import::is_form(path) {
        return crate::import::import(path).map(|i| i.project);
    }
    let file = SourceFile::read(path).map_err(|e| {
        let shown = path.display().to_string();
        Diags::from(crate::fsx::read_diagnostic("jixiao::io", &shown, &e))
    })?;
    from_source(file)
}

/// Parses a project from an already loaded source file.
pub fn from_source(file: Arc<SourceFile>) -> Result<Project> {
    let raw: RawProject = crate::yaml::parse(&file, &text::PROJECT_FILE.to_string())?;
    let mut cx = Cx {
        file: &file,
        diags: Diags::default(),
    };
    if let Some(f) = &raw.format {
        if f.value != 1 {
            let span = span_of(&file, f);
            cx.diags.push(
                Diagnostic::error("jixiao::project::format", text::unknown_format(f.value))
                    .at(&span, text::HERE),
            );
        }
    }
    let goals = cx.goals(raw.goals);
    let group_weights = cx.group_weights(raw.group_weights);
    let project = Project {
        header: cx.header(raw.header),
        funds: cx.funds(raw.funds),
        indicators: raw
            .indicators
            .into_iter()
            .filter_map(|i| cx.indicator(i))
            .collect(),
        scorecard: raw.scorecard.map(|s| cx.scorecard(s)),
        judgements: cx.judgements(raw.judgements),
        narratives: raw.narratives,
        people: raw.people.map(people).unwrap_or_default(),
        warnings: Vec::new(),
        goals,
        group_weights,
        cut: raw.cut.map(|c| {
            let c = cx.sp(c);
            Cut {
                at: c.span,
                note: Some(c.value),
            }
        }),
        source: Arc::clone(&file),
    };
    cx.diags.into_result(project)
}

struct Cx<'a> {
    file: &'a Arc<SourceFile>,
    diags: Diags,
}

impl Cx<'_> {
    fn sp<T>(&self, s: Spanned<T>) -> Sp<T> {
        sp(self.file, s)
    }

    fn opt<T>(&self, s: Option<Spanned<T>>) -> Option<Sp<T>> {
        s.map(|s| self.sp(s))
    }

    /// A non-negative amount of money; a negative one is reported.
    fn money(&mut self, what: &str, s: Spanned<crate::num::Num>) -> Sp<Decimal> {
        let v = self.sp(s);
        let v = Sp::new(v.value.0, v.span);
        if v.value.is_sign_negative() && !v.value.is_zero() {
            let d = Diagnostic::error(
                "jixiao::project::negative_money",
                text::negative_money(what, v.value),
            )
            .at(&v.span, text::NEGATIVE_HERE);
            self.diags.push(d);
        }
        v
    }

    fn header(&mut self, h: RawHeader) -> Header {
        let (department, department_code) = match h.department {
            Some(d) => (self.opt(d.name), self.opt(d.code)),
            None => (None, None),
        };
        Header {
            name: self.sp(h.name),
            department,
            department_code,
            implementer: self.opt(h.implementer),
            kind: self.opt(h.kind),
            period: self.opt(h.period),
            year: self.sp(h.year),
            region: self.opt(h.region),
            extra: self.extra(h.extra),
        }
    }

    fn sources(
        &mut self,
        what: &str,
        m: IndexMap<String, Spanned<crate::num::Num>>,
    ) -> Vec<(String, Sp<Decimal>)> {
        m.into_iter()
            .map(|(k, v)| {
                let label = format!("{what}·{k}");
                let v = self.money(&label, v);
                (k, v)
            })
            .collect()
    }

    fn funds(&mut self, f: RawFunds) -> Funds {
        Funds {
            budget: self.sources(&text::FIELD_BUDGET.to_string(), f.budget),
            allocated: f
                .allocated
                .map(|a| self.money(&text::FIELD_ALLOCATED.to_string(), a)),
            spent: self.sources(&text::FIELD_SPENT.to_string(), f.spent),
            rows: self.funds_rows(f.rows),
            unit: self.opt(f.unit),
            parts: self.parts(f.parts),
        }
    }

    fn indicator(&mut self, i: RawIndicator) -> Option<Indicator> {
        let dir = self.sp(i.direction);
        let Some(direction) = Direction::parse(&dir.value) else {
            let d = Diagnostic::error(
                "jixiao::project::direction",
                text::bad_direction(&dir.value),
            )
            .at(&dir.span, text::HERE)
            .help(text::DIRECTION_HELP);
            self.diags.push(d);
            return None;
        };
        let numeric = direction != Direction::Qualitative;
        let target = self.measure(i.target, numeric)?;
        let actual = self.measure(i.actual, numeric)?;
        let tier = self.opt(i.tier);
        if let Some(t) = &tier {
            if !super::TIERS.contains(&t.value.as_str()) {
                let d = Diagnostic::error("jixiao::project::tier", text::bad_tier(&t.value))
                    .at(&t.span, text::HERE);
                self.diags.push(d);
            }
        }
        Some(Indicator {
            level1: self.sp(i.level1),
            level2: self.sp(i.level2),
            name: self.opt(i.name).filter(|n| !n.value.trim().is_empty()),
            label: self.opt(i.label),
            direction: Sp::new(direction, dir.span),
            target,
            actual,
            progress: i.progress.map(|p| {
                let p = self.sp(p);
                Sp::new(p.value.0, p.span)
            }),
            tier,
            weight: i
                .weight
                .map(|w| self.money(&text::INDICATOR_WEIGHT.to_string(), w)),
            score: i
                .score
                .map(|w| self.money(&text::INDICATOR_SCORE.to_string(), w)),
            nature: self.opt(i.nature),
            unit: self.opt(i.unit),
            deviation: self.opt(i.deviation),
            part_of: self.opt(i.part_of),
            extra: self.extra(i.extra),
        })
    }

    fn measure(&mut self, m: Spanned<RawMeasure>, numeric: bool) -> Option<Measure> {
        let span = span_of(self.file, &m);
        let (text, explicit, unit) = match m.value {
            RawMeasure::Text(t) => (t, None, None),
            RawMeasure::Number => (span.text().trim().to_string(), None, None),
            RawMeasure::Full { text, value, unit } => (text, value, unit),
        };
        let text = Sp::new(text, span.clone());
        if let Some(v) = explicit {
            let Some(value) = parse_decimal(&v) else {
                self.diags.push(
                    Diagnostic::error(
                        "jixiao::project::number",
                        text::not_a_number(&v, &text::EXPECT_NUMBER.to_string()),
                    )
                    .at(&span, text::HERE),
                );
                return None;
            };
            return Some(Measure::explicit(text, Sp::new(value, span), unit));
        }
        match Measure::from_text(text, numeric) {
            // A unit written next to the text wins over the one read from it.
            Ok(m) => Some(Measure {
                unit: unit.or(m.unit),
                ..m
            }),
            Err(count) => {
                let d = Diagnostic::error(
                    "jixiao::project::measure",
                    text::no_single_number(span.text(), count),
                )
                .at(&span, text::HERE)
                .help(text::MEASURE_HELP);
                self.diags.push(d);
                None
            }
        }
    }

    fn declared(&mut self, d: RawDeclared) -> Declared {
        Declared {
            path: self.sp(d.path),
            weight: d
                .weight
                .map(|w| self.money(&text::DECLARED_WEIGHT.to_string(), w)),
            score: self.money(&text::DECLARED_SCORE.to_string(), d.score),
            extra: self.extra(d.extra),
        }
    }

    fn scorecard(&mut self, s: RawScorecard) -> Scorecard {
        let items: Vec<Declared> = s.items.into_iter().map(|d| self.declared(d)).collect();
        self.duplicates(&items);
        let total = s.total.map(|t| Declared {
            path: Sp::new(super::TOTAL_PATH.to_string(), Span::new(self.file, 0, 0)),
            weight: t
                .weight
                .map(|w| self.money(&text::DECLARED_WEIGHT.to_string(), w)),
            score: self.money(&text::DECLARED_SCORE.to_string(), t.score),
            extra: IndexMap::new(),
        });
        Scorecard {
            total,
            grade: self.opt(s.grade),
            sections: s.sections.into_iter().map(|d| self.declared(d)).collect(),
            items,
        }
    }

    fn duplicates(&mut self, items: &[Declared]) {
        let paths: Vec<&Sp<String>> = items.iter().map(|d| &d.path).collect();
        self.repeated(
            &paths,
            "jixiao::project::duplicate_item",
            text::duplicate_item,
        );
    }

    /// Reports every path given a second time, at both places.
    fn repeated(&mut self, paths: &[&Sp<String>], code: &'static str, message: fn(&str) -> String) {
        for (i, p) in paths.iter().enumerate() {
            if let Some(first) = paths.iter().take(i).find(|e| e.value == p.value) {
                let diag = Diagnostic::error(code, message(&p.value))
                    .at(&p.span, text::DUPLICATE_HERE)
                    .at(&first.span, text::FIRST_HERE);
                self.diags.push(diag);
            }
        }
    }

    fn judgements(&mut self, raw: Vec<RawJudgement>) -> Vec<Judgement> {
        let list: Vec<Judgement> = raw.into_iter().map(|j| self.judgement(j)).collect();
        let paths: Vec<&Sp<String>> = list.iter().map(|j| &j.item).collect();
        self.repeated(
            &paths,
            "jixiao::project::duplicate_judgement",
            text::duplicate_judgement,
        );
        list
    }

    fn judgement(&mut self, j: RawJudgement) -> Judgement {
        Judgement {
            item: self.sp(j.item),
            score: self.money(&text::JUDGEMENT_SCORE.to_string(), j.score),
            reason: self.opt(j.reason),
        }
    }
}

fn people(p: RawPeople) -> People {
    People {
        evaluators: p
            .evaluators
            .into_iter()
            .map(|e| Person {
                name: e.name,
                title: e.title,
                office: e.office,
                phone: e.phone,
            })
            .collect(),
        responsible: p.responsible,
        handler: p.handler,
        phone: p.phone,
        filled_on: p.filled_on,
    }
}
