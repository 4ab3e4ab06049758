//! The points ledger: for every item, weight = score + Σ deductions, exactly.

use crate::num::RoundingMode;
use crate::policy::{PackFiles, Policy};
use crate::project::{Cut, Evidence, Project};
use crate::source::{Sp, Span};
use rust_decimal::Decimal;
use std::sync::Arc;

/// The result of scoring one project under one pack: the single source of truth for every output.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// The project scored.
    pub project: Arc<Project>,
    /// The pack it was scored under (its id, title, year, origin and files are read from here).
    pub policy: Arc<Policy>,
    /// Scoring items in policy order (the scored ones).
    pub items: Vec<ItemScore>,
    /// Items a cut-off form holds no data for, in policy order: not scored, not in the total.
    pub unscored: Vec<Unscored>,
    /// Groups (一级, 二级) with their weights and subtotals, in policy order.
    pub sections: Vec<SectionScore>,
    /// Σ item scores − Σ adjustments.
    pub total: Decimal,
    /// Points available: Σ scored item weights (the form's weights where the pack takes them);
    /// on a partial evaluation, the points scored out of (已评分值).
    pub max_total: Decimal,
    /// Deductions from the total made by the pack's total rule (e.g. a cap by 预算执行率).
    pub adjustments: Vec<Adjustment>,
    /// Grade of the total; on a partial evaluation no grade is given and this holds the words
    /// that say so (a grade on a partial total would be invented).
    pub grade: String,
    /// Where that grade's band is defined (on a partial evaluation: where the form breaks off).
    pub grade_span: Span,
}

impl Evaluation {
    /// Pack id.
    pub fn policy_id(&self) -> &str {
        &self.policy.id.value
    }

    /// Pack title.
    pub fn policy_title(&self) -> &str {
        &self.policy.title
    }

    /// Pack year.
    pub fn policy_year(&self) -> i64 {
        self.policy.year
    }

    /// Where the pack came from.
    pub fn policy_origin(&self) -> &str {
        &self.policy.origin
    }

    /// The pack's files (directory or embedded id): where it came from, for machines.
    pub fn policy_files(&self) -> &PackFiles {
        &self.policy.files
    }

    /// 总分 the pack sets (`total:` in policy.yaml); differs from `max_total` only when the
    /// form's weights do not add up to it.
    pub fn policy_total(&self) -> Decimal {
        self.policy.total.value
    }
}

/// One scoring item's ledger.
#[derive(Debug, Clone)]
pub struct ItemScore {
    /// Item id.
    pub id: String,
    /// Name.
    pub name: String,
    /// 一级/二级/三级 path.
    pub path: Vec<String>,
    /// 分值.
    pub weight: Decimal,
    /// Where that 分值 comes from (the form, its label, inferred from its 得分, the pack).
    pub weight_origin: WeightOrigin,
    /// Score after rounding.
    pub score: Decimal,
    /// Score before rounding.
    pub raw_score: Decimal,
    /// Deductions; their points add up to weight − score exactly.
    pub deductions: Vec<Deduction>,
    /// Notes the rule made (e.g. that a self-judgement was taken).
    pub notes: Vec<Note>,
    /// Every project value handed to the rule.
    pub evidence: Vec<Evidence>,
    /// The score the form declares for this item, if any.
    pub declared: Option<Sp<Decimal>>,
    /// The pack parameters the rule read, by whatever means (recorded by `param` as it ran):
    /// (name, value as shown).
    pub params: Vec<(String, String)>,
    /// The script functions the rule can call, itself included, by the calls in rhai's AST.
    pub calls: Vec<String>,
    /// For an item made from an indicator (`each`), the indicator's index in the project.
    pub indicator: Option<usize>,
    /// The rule function's name.
    pub rule: String,
    /// Where policy.yaml names the rule.
    pub rule_span: Span,
    /// Where the rule function is defined.
    pub function_span: Option<Span>,
    /// Formula and reading.
    pub help: Option<String>,
    /// Basis clause.
    pub basis: Option<String>,
    /// Figures the rule reported: each indicator's completion, a funds ratio.
    pub figures: Vec<Figure>,
}

/// Where an item's 分值 comes from: what an audit may hold the form to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WeightOrigin {
    /// The pack's own weight (a `weights: pack` pack, or a fixed item the form gives none for).
    Pack,
    /// The 分值 the form writes for the item.
    Form,
    /// The weight in the group's label on the form (产出指标(40分)), spread equally.
    Label,
    /// Implied by the form (推断): no 分值 column, and the group's declared 得分 add up to its
    /// label's weight exactly, so each row's 分值 is its 得分.
    Inferred,
    /// The pack's group weight spread equally over rows the form gives no 分值 for: a default,
    /// not on the form.
    #[serde(rename = "pack_spread")]
    Spread,
}

impl WeightOrigin {
    /// True when the 分值 is written on, or implied by, the form.
    pub fn on_form(self) -> bool {
        matches!(
            self,
            WeightOrigin::Form | WeightOrigin::Label | WeightOrigin::Inferred
        )
    }
}

/// A scoring item a cut-off form holds no data for: on the ledger with its weight, not scored.
#[derive(Debug, Clone)]
pub struct Unscored {
    /// Item id (empty for the rest of the total).
    pub id: String,
    /// Name (empty for the rest of the total).
    pub name: String,
    /// 一级/二级 path.
    pub path: Vec<String>,
    /// 分值 not scored.
    pub weight: Decimal,
    /// What the form does not hold.
    pub missing: Missing,
    /// Where the form breaks off.
    pub cut: Cut,
}

/// What a cut-off form does not hold for an unscored item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// No indicator of this group (一级 or 二级 name).
    Indicators(String),
    /// The project field the rule reads (e.g. `funds.executed`).
    Field(String),
    /// The points of the total left after the scored and unscored items: rows cut halfway.
    Rest,
}

impl Missing {
    /// A stable code for the reason, for JSON and the batch summary.
    pub fn code(&self) -> &'static str {
        match self {
            Missing::Indicators(_) => "no_indicators",
            Missing::Field(_) => "missing_field",
            Missing::Rest => "rest_of_total",
        }
    }
}

/// A figure a rule computed and reported (`report(subject, value, how)`).
#[derive(Debug, Clone)]
pub struct Figure {
    /// What it is about: `indicators[N]` (the project's indicator N) or `funds`.
    pub subject: String,
    /// The value, as a ratio (1 = 100%).
    pub value: Decimal,
    /// How the rule computed it, with the numbers.
    pub how: String,
    /// Where the rule reported it.
    pub site: Option<Span>,
}

impl Figure {
    /// The indicator index of an `indicators[N]` subject.
    pub fn indicator(&self) -> Option<usize> {
        self.subject
            .strip_prefix("indicators[")?
            .strip_suffix(']')?
            .parse()
            .ok()
    }
}

/// Points taken off an item, and why.
#[derive(Debug, Clone)]
pub struct Deduction {
    /// Points (after folding in the rounding step, if any).
    pub points: Decimal,
    /// Reason with the numbers used.
    pub reason: String,
    /// The script line that made it (`None` for a pure rounding adjustment).
    pub site: Option<Span>,
    /// The project values it used.
    pub evidence: Vec<Evidence>,
    /// The rounding folded into these points.
    pub rounding: Option<RoundingStep>,
}

/// A rounding of the item score, shown on the deduction it changed.
#[derive(Debug, Clone)]
pub struct RoundingStep {
    /// Points before rounding.
    pub before: Decimal,
    /// Points after rounding.
    pub after: Decimal,
    /// Score before rounding.
    pub score_before: Decimal,
    /// Score after rounding.
    pub score_after: Decimal,
    /// Mode used.
    pub mode: RoundingMode,
    /// Places kept.
    pub places: u32,
}

/// A note a rule made.
#[derive(Debug, Clone)]
pub struct Note {
    /// Text.
    pub text: String,
    /// Where it was made.
    pub site: Option<Span>,
}

/// Points taken off the total by the pack's total rule (`total_rule`), and why.
#[derive(Debug, Clone)]
pub struct Adjustment {
    /// Points taken off the total.
    pub points: Decimal,
    /// Reason with the numbers used.
    pub reason: String,
    /// The script line that made it.
    pub site: Option<Span>,
    /// The values it used.
    pub evidence: Vec<Evidence>,
}

/// A group's weight and subtotal.
#[derive(Debug, Clone)]
pub struct SectionScore {
    /// Group id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Path.
    pub path: Vec<String>,
    /// 分值 applied: Σ of its items' weights (the pack's weight when it has no items).
    pub weight: Decimal,
    /// 分值 the pack sets for the group, if it sets one (the default when the form gives its own).
    pub pack_weight: Option<Decimal>,
    /// Σ item scores below.
    pub score: Decimal,
    /// Depth: 1 for 一级.
    pub level: usize,
}

impl ItemScore {
    /// The path joined by `/`.
    pub fn path_str(&self) -> String {
        self.path.join("/")
    }

    /// Points lost: Σ deductions.
    pub fn lost(&self) -> Decimal {
        self.deductions.iter().map(|d| d.points).sum()
    }

    /// True when weight = score + Σ deductions exactly.
    pub fn balances(&self) -> bool {
        self.score.checked_add(self.lost()) == Some(self.weight)
    }
}

impl SectionScore {
    /// The path joined by `/`.
    pub fn path_str(&self) -> String {
        self.path.join("/")
    }
}

/// One line of the 评分表 as laid out for people: a 一级 section (with what the form declares
/// for it) before its items, or an item.
pub enum Line<'e> {
    /// A 一级 section and its declared subtotal.
    Section(&'e SectionScore, Option<Decimal>),
    /// A scoring item.
    Item(&'e ItemScore),
}

impl Evaluation {
    /// The 评分表 in reading order: each 一级 section, then its items; top-level items alone.
    pub fn lines(&self) -> Vec<Line<'_>> {
        let declared = |path: &str| {
            let card = self.project.scorecard.as_ref()?;
            card.sections
                .iter()
                .find(|d| d.path.value == path)
                .map(|d| d.score.value)
        };
        let mut out = Vec::new();
        let mut section: Option<&str> = None;
        for i in &self.items {
            let top = i.path.first().map(String::as_str);
            if i.path.len() > 1 && section != top {
                section = top;
                if let Some(s) = self
                    .sections
                    .iter()
                    .find(|s| s.level == 1 && s.path.first().map(String::as_str) == top)
                {
                    out.push(Line::Section(s, declared(&s.path_str())));
                }
            }
            out.push(Line::Item(i));
        }
        out
    }

    /// True when part of the pack's total is unscored because the form is cut off.
    pub fn is_partial(&self) -> bool {
        !self.unscored.is_empty()
    }

    /// Σ unscored weights (points the form does not let us score).
    pub fn unscored_weight(&self) -> Decimal {
        self.unscored.iter().map(|u| u.weight).sum()
    }

    /// True when every item balances and the total is the sum of the items less the adjustments.
    pub fn balances(&self) -> bool {
        let items: Decimal = self.items.iter().map(|i| i.score).sum();
        let adjusted: Decimal = self.adjustments.iter().map(|a| a.points).sum();
        self.items.iter().all(ItemScore::balances)
            && items.checked_sub(adjusted) == Some(self.total)
    }

    /// Finds items by id, path or name.
    pub fn find_items(&self, key: &str) -> Vec<&ItemScore> {
        let exact: Vec<&ItemScore> = self
            .items
            .iter()
            .filter(|i| i.id == key || i.path_str() == key)
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        self.items
            .iter()
            .filter(|i| i.name == key || i.path_str().ends_with(&format!("/{key}")))
            .collect()
    }
}
