//! Evaluation, audit, reports and explanations.

use super::locale::Msg;
use crate::t;
use rust_decimal::Decimal;

// ── evaluation ───────────────────────────────────────────────────────────────
/// Label: a value is needed here.
pub const NEEDED_HERE: Msg = Msg("needed-here");
/// 目标值.
pub const TARGET: Msg = Msg("indicator-target");
/// 实际完成值.
pub const ACTUAL: Msg = Msg("indicator-actual");
/// 完成进度.
pub const PROGRESS: Msg = Msg("indicator-progress");
/// 评价档次.
pub const TIER: Msg = Msg("indicator-tier");
/// The declared score stands in for a judgement.
pub const SELF_JUDGEMENT: Msg = Msg("self-judgement");
/// How to give a judgement.
pub const JUDGEMENT_HELP: Msg = Msg("judgement-help");
/// Σ deductions above weight.
pub const DEDUCTIONS_EXCEED: Msg = Msg("deductions-exceed");
/// Label at a deduction.
pub const DEDUCTED_HERE: Msg = Msg("deducted-here");
/// Rounding adjustment reason.
pub const ROUNDING_ONLY: Msg = Msg("rounding-only");

/// Label pointing at the project.
pub fn in_project(file: &str) -> String {
    t!("in-project", file = file)
}

/// A field the rule needs is missing.
pub fn missing_field(label: &str, name: &str) -> String {
    t!("missing-field", label = label, name = name)
}

/// No judgement for a judgement item.
pub fn missing_judgement(path: &str) -> String {
    let _ = path;
    t!("missing-judgement")
}

/// A judgement outside [0, weight].
pub fn judgement_out_of_range(score: Decimal, weight: Decimal) -> String {
    t!("judgement-out-of-range", score = score, weight = weight)
}

/// Note: an evaluator judgement was used.
pub fn judged_by_evaluator(reason: &str) -> String {
    if reason.is_empty() {
        t!("judged-by-evaluator")
    } else {
        t!("judged-by-evaluator-reason", reason = reason)
    }
}

/// Label of an indicator value.
pub fn indicator_value(level2: &str, name: &str, what: &str) -> String {
    t!("indicator-value", level2 = level2, name = name, what = what)
}

/// Σ deductions above weight, with figures.
pub fn deductions_exceed(sum: Decimal, weight: Decimal) -> String {
    t!("deductions-exceed-figures", sum = sum, weight = weight)
}
/// Label: policy.yaml names the rule here.
pub const RULE_CALLED_HERE: Msg = Msg("rule-called-here");

// ── audit ────────────────────────────────────────────────────────────────────
/// 评分表.
pub const SCORECARD: Msg = Msg("score-sheet");

/// Count of declared items.
pub fn item_count(n: usize) -> String {
    t!("item-count", n = n)
}

/// The form's 评分表 follows another framework.
pub fn form_not_in_policy(policy: &str) -> String {
    t!("form-not-in-policy", policy = policy)
}

/// An item the pack scores but the form does not list.
pub const NOT_ON_FORM: Msg = Msg("not-on-form");

/// `over` when the form states more than the rules give, else `under` (a selector of the
/// messages below, not a word shown).
fn over_under(diff: Decimal) -> &'static str {
    if diff > Decimal::ZERO {
        "over"
    } else {
        "under"
    }
}

/// Cause of an item score difference.
pub fn item_cause(diff: Decimal, reason: &str) -> String {
    let (dir, points) = (over_under(diff), diff.abs());
    if reason.is_empty() {
        t!("item-cause-no-deduction", dir = dir, diff = points)
    } else {
        t!("item-cause", dir = dir, diff = points, reason = reason)
    }
}

/// Cause of a weight difference.
pub fn weight_cause(policy: &str) -> String {
    t!("weight-cause", policy = policy)
}

/// Cause of a section difference.
pub fn section_cause(diff: Decimal) -> String {
    t!("section-cause", dir = over_under(diff), diff = diff.abs())
}

/// Cause of a total difference.
pub fn total_cause(diff: Decimal) -> String {
    t!("total-cause", dir = over_under(diff), diff = diff.abs())
}

/// Cause of a grade difference.
pub fn grade_cause(total: &str, grade: &str) -> String {
    t!("grade-cause", total = total, grade = grade)
}

/// An item on the form the pack lacks.
pub fn not_in_policy(policy: &str) -> String {
    t!("not-in-policy", policy = policy)
}

/// Cause of a 完成进度 difference.
pub fn progress_cause(direction: &str, how: &str) -> String {
    t!("progress-cause", direction = direction, how = how)
}

// ── reports ──────────────────────────────────────────────────────────────────
/// Score table columns.
pub const TABLE_HEADER: [Msg; 5] = [
    Msg("table-header-item"),
    Msg("table-header-weight"),
    Msg("table-header-score"),
    Msg("table-header-deducted"),
    Msg("table-header-declared"),
];
/// The pack line.
pub fn policy_line(id: &str, title: &str, origin: &str) -> String {
    t!("policy-line", id = id, title = title, origin = origin)
}

/// Total and grade, with the declared grade.
pub fn result_line(total: &str, max: &str, grade: &str, declared_grade: Option<&str>) -> String {
    match declared_grade {
        Some(g) => t!(
            "result-line-declared",
            total = total,
            max = max,
            grade = grade,
            declared = g
        ),
        None => t!("result-line", total = total, max = max, grade = grade),
    }
}

/// Where to see why points were lost.
pub fn explain_hint(file: &str, policy: &str) -> String {
    t!("explain-hint", file = file, policy = policy)
}

/// Heading of a related report in another file.
pub fn related_in(file: &str) -> String {
    t!("related-in", file = file)
}

// ── explanations ─────────────────────────────────────────────────────────────
/// Formula line of help.
pub fn formula_line(h: &str) -> String {
    t!("formula-line", h = h)
}

/// Basis line of help.
pub fn basis_line(b: &str) -> String {
    t!("basis-line", b = b)
}

/// Note line of help.
pub fn note_line(n: &str) -> String {
    t!("note-line", n = n)
}

/// Headline of one deduction.
pub fn deduction_headline(name: &str, path: &str, points: Decimal, reason: &str) -> String {
    t!(
        "deduction-headline",
        name = name,
        path = path,
        points = points,
        reason = reason
    )
}

/// Headline of an item with full marks.
pub fn full_marks(name: &str, path: &str, score: Decimal) -> String {
    t!("full-marks", name = name, path = path, score = score)
}

/// Label at the deduct() line, with rounding.
pub fn rounding_label(
    reason: &str,
    before: Decimal,
    after: Decimal,
    mode: &str,
    places: u32,
) -> String {
    t!(
        "rounding-label",
        before = crate::num::short(before),
        mode = mode,
        places = places,
        after = after,
        reason = reason
    )
}

/// Label at the deduct() line when the rounding difference of the score was folded in.
pub fn balancing_label(reason: &str, before: Decimal, after: Decimal, score: Decimal) -> String {
    t!(
        "balancing-label",
        before = crate::num::short(before),
        score = score,
        after = after,
        reason = reason
    )
}

/// Label at the deduct() line.
pub fn deducted_label(points: Decimal, reason: &str) -> String {
    t!("deducted-label", points = points, reason = reason)
}

/// Label at the rule: line of policy.yaml.
pub fn item_uses_rule(name: &str, weight: &str) -> String {
    t!("item-uses-rule", name = name, weight = weight)
}

/// Label at a project value.
pub fn evidence_label(label: &str, value: &str) -> String {
    t!("evidence-label", label = label, value = value)
}

// ── partial evaluations (cut-off forms) ─────────────────────────────────────
/// What a partial evaluation shows for its grade: none is given.
pub const GRADE_WITHHELD: Msg = Msg("grade-withheld");
/// Name of the unscored rest of the total (rows cut halfway).
pub const UNSCORED_REST: Msg = Msg("unscored-rest");
/// The 得分 cell of an unscored item.
pub const UNSCORED_CELL: Msg = Msg("unscored-cell");
/// The total row of a partial evaluation: the sum of the scored items only.
pub const SCORED_TOTAL: Msg = Msg("scored-total");

/// Where a cut-off form breaks off: the project file's own words, or the form's line.
pub fn cut_place(cut: &crate::project::Cut) -> String {
    match &cut.note {
        Some(note) => note.clone(),
        None => t!("cut-place", line = cut.at.line()),
    }
}

/// One unscored item in a sentence: `满意度指标 10 分`.
pub fn unscored_phrase(name: &str, weight: Decimal) -> String {
    let rest = UNSCORED_REST.to_string();
    let name = if name.is_empty() { rest.as_str() } else { name };
    t!("unscored-phrase", name = name, weight = weight.normalize())
}

/// The result line of a partial evaluation: what was scored, what was not and why, no grade.
pub fn partial_line(total: &str, scored: &str, unscored: &[String], place: &str) -> String {
    t!(
        "partial-line",
        scored = scored,
        total = total,
        unscored = unscored.join(&t!("list-separator")),
        place = place
    )
}

/// Why an unscored item has no data, for `explain` and JSON.
pub fn unscored_reason(missing: &crate::eval::Missing) -> String {
    match missing {
        crate::eval::Missing::Indicators(group) => t!("unscored-indicators", group = group),
        crate::eval::Missing::Field(field) => t!(
            "unscored-field",
            label = crate::project::field_label(field),
            field = field
        ),
        crate::eval::Missing::Rest => t!("unscored-rest-reason"),
    }
}

/// `explain` headline of an unscored item.
pub fn unscored_headline(name: &str, weight: Decimal, reason: &str) -> String {
    t!(
        "unscored-headline",
        phrase = unscored_phrase(name, weight),
        reason = reason
    )
}

/// Label at the place a cut-off form breaks off.
pub const CUT_HERE: Msg = Msg("cut-here");

/// The label of the total score (综合得分) in tables, findings and sheets.
pub const TOTAL_SCORE: Msg = Msg("total-score");
