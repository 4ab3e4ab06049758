//! The form audit and Excel output.

use crate::text::Msg;
use rust_decimal::Decimal;

// ── form audit (the form's internal consistency) ────────────────────────────
/// Severity labels.
pub const SEVERITY_ERROR: Msg = Msg("severity-error");
/// Severity labels.
pub const SEVERITY_WARNING: Msg = Msg("severity-warning");
/// Severity labels.
pub const SEVERITY_INFO: Msg = Msg("severity-info");
/// A score above its weight.
pub fn form_score_above_weight(path: &str, score: Decimal, weight: Decimal) -> String {
    crate::t!(
        "form-score-above-weight",
        path = path,
        score = score,
        weight = weight
    )
}
/// Label on a weight.
pub const FORM_WEIGHT_HERE: Msg = Msg("form-weight-here");
/// A subtotal that is not the sum of its items.
pub fn form_subtotal(name: &str, declared: Decimal, sum: Decimal) -> String {
    crate::t!("form-subtotal", name = name, declared = declared, sum = sum)
}
/// A subtotal weight that is not the sum of its items' weights.
pub fn form_subtotal_weight(name: &str, declared: Decimal, sum: Decimal) -> String {
    crate::t!(
        "form-subtotal-weight",
        name = name,
        declared = declared,
        sum = sum
    )
}
/// A grade that does not match the declared total.
pub fn form_grade(grade: &str, total: Decimal, expected: &str) -> String {
    crate::t!(
        "form-grade",
        grade = grade,
        total = total,
        expected = expected
    )
}
/// Label on the total.
pub const FORM_TOTAL_HERE: Msg = Msg("form-total-here");
/// A section or total weight differing from the pack.
pub fn form_pack_weight(path: &str, form: Decimal, pack: Decimal, pack_id: &str) -> String {
    crate::t!(
        "form-pack-weight",
        path = path,
        form = form,
        pack_id = pack_id,
        pack = pack
    )
}
/// An indicator row without a name.
pub fn form_unnamed_indicator(subject: &str, label: &str) -> String {
    crate::t!("form-unnamed-indicator", subject = subject, label = label)
}
/// Subject: department.
pub const FORM_DEPARTMENT: Msg = Msg("form-department");
/// What the department field should hold.
pub const FORM_NAME_AND_CODE: Msg = Msg("form-name-and-code");
/// A department code without a name.
pub fn form_department_without_name(code: &str) -> String {
    crate::t!("form-department-without-name", code = code)
}
/// Subject: period.
pub const FORM_PERIOD: Msg = Msg("form-period");
/// A period that does not cover the form's year.
pub fn form_period_year(period: &str, year: i64) -> String {
    crate::t!("form-period-year", period = period, year = year)
}
/// Label on the year.
pub const FORM_YEAR_HERE: Msg = Msg("form-year-here");
/// Subject: filing date.
pub const FORM_FILED_ON: Msg = Msg("form-filed-on");
/// Filed before the period ended.
pub fn form_filed_early(filed: &str, end: &str) -> String {
    crate::t!("form-filed-early", filed = filed, end = end)
}
/// Less allocated than budgeted, not explained.
pub fn form_funds_gap(allocated: Decimal, budget: Decimal, gap: Decimal) -> String {
    crate::t!(
        "form-funds-gap",
        allocated = allocated,
        budget = budget,
        gap = gap
    )
}
/// Label on the budget.
pub const FORM_BUDGET_HERE: Msg = Msg("form-budget-here");
/// A funding identity broken.
pub fn form_funds_identity(
    big: &str,
    b: Decimal,
    small: &str,
    s: Decimal,
    explained: bool,
) -> String {
    if explained {
        crate::t!(
            "form-funds-identity-explained",
            big = big,
            b = b,
            small = small,
            s = s
        )
    } else {
        crate::t!(
            "form-funds-identity-unexplained",
            big = big,
            b = b,
            small = small,
            s = s
        )
    }
}
/// A rate claimed in the narrative that the item's rule contradicts (`how` from the ledger).
pub fn form_claim(word: &str, claimed: Decimal, how: &str, pct: &str) -> String {
    crate::t!(
        "form-claim",
        word = word,
        claimed = claimed,
        how = how,
        pct = pct
    )
}
/// Label on a numerator.
pub const FORM_NUMERATOR_HERE: Msg = Msg("form-numerator-here");
/// Label on a denominator.
pub const FORM_DENOMINATOR_HERE: Msg = Msg("form-denominator-here");
/// A cost figure close to but not equal to the funds figure.
pub fn form_cost_vs_funds(level2: &str, text: &str, field: &str, value: Decimal) -> String {
    crate::t!(
        "form-cost-vs-funds",
        level2 = level2,
        text = text,
        field = field,
        value = value
    )
}
/// Label on a part.
pub const FORM_PART_HERE: Msg = Msg("form-part-here");
/// Narrative amounts that nearly add up to a funds figure.
pub fn form_parts_of_funds(heading: &str, shown: &str, field: &str, v: Decimal) -> String {
    crate::t!(
        "form-parts-of-funds",
        heading = heading,
        shown = shown,
        field = field,
        v = v
    )
}
/// A 「其中」 breakdown that does not add up.
pub fn form_breakdown(heading: &str, total: &str, shown: &str, unit: &str) -> String {
    crate::t!(
        "form-breakdown",
        heading = heading,
        total = total,
        shown = shown,
        unit = unit
    )
}
/// A year that does not belong in the form.
pub fn form_year(heading: &str, excerpt: &str, y: i64, year: i64) -> String {
    if y > year.saturating_add(1) {
        crate::t!(
            "form-year-later",
            heading = heading,
            excerpt = excerpt,
            y = y,
            year = year
        )
    } else {
        crate::t!(
            "form-year-previous",
            heading = heading,
            excerpt = excerpt,
            y = y,
            year = year
        )
    }
}
/// Heading of the audit: the form against the rules and against itself, one list.
pub fn form_audit_heading(n: usize, errors: usize, warnings: usize, infos: usize) -> String {
    crate::t!(
        "form-audit-heading",
        n = n,
        errors = errors,
        warnings = warnings,
        infos = infos
    )
}
/// No findings.
pub const FORM_AUDIT_CLEAN: Msg = Msg("form-audit-clean");
/// One finding in the text report.
pub fn form_finding_line(
    severity: &str,
    subject: &str,
    stated: &str,
    expected: &str,
    at: &str,
) -> String {
    crate::t!(
        "form-finding-line",
        severity = severity,
        subject = subject,
        stated = stated,
        expected = expected,
        at = at
    )
}

// ── xlsx output ──────────────────────────────────────────────────────────────
/// Columns of the 汇总 sheet.
pub const XLSX_SUMMARY_HEADER: [Msg; 10] = [
    Msg("xlsx-summary-name"),
    Msg("xlsx-summary-file"),
    Msg("xlsx-summary-policy"),
    Msg("xlsx-summary-total"),
    Msg("xlsx-summary-grade"),
    Msg("xlsx-summary-stated-total"),
    Msg("xlsx-summary-stated-grade"),
    Msg("xlsx-summary-findings"),
    Msg("xlsx-summary-audit-counts"),
    Msg("xlsx-summary-notes"),
];
/// Columns of a project sheet.
pub const XLSX_CARD_HEADER: [Msg; 8] = [
    Msg("xlsx-card-level1"),
    Msg("xlsx-card-level2"),
    Msg("xlsx-card-level3"),
    Msg("xlsx-card-weight"),
    Msg("xlsx-card-stated-score"),
    Msg("xlsx-card-score"),
    Msg("xlsx-card-deduction"),
    Msg("xlsx-card-reason"),
];
/// Heading of the findings list in a project sheet.
pub const XLSX_FORM_AUDIT: Msg = Msg("xlsx-form-audit");

// ── the form's rows against each other ───────────────────────────────────────
/// A group label's weight against its rows' 分值.
pub fn form_group_weight(label: &str, weight: Decimal, sum: Decimal) -> String {
    crate::t!(
        "form-group-weight",
        label = label,
        weight = weight,
        sum = sum
    )
}
/// A 其中 row whose 得分 differs from the total row's.
pub fn form_part_score(part: &str, s: Decimal, whole: &str, ts: Decimal) -> String {
    crate::t!(
        "form-part-score",
        part = part,
        s = s,
        whole = whole,
        ts = ts
    )
}
/// Label: 全年预算数.
pub const FORM_FUNDS_BUDGET: Msg = Msg("form-funds-budget");
/// Label: 全年执行数.
pub const FORM_FUNDS_EXECUTED: Msg = Msg("form-funds-executed");
/// 其中 rows whose amounts do not add up to the total row's.
pub fn form_funds_parts(whole: &str, label: &str, w: Decimal, sum: Decimal) -> String {
    crate::t!(
        "form-funds-parts",
        whole = whole,
        label = label,
        w = w,
        sum = sum
    )
}
/// The declared total against the rows, each counted once.
pub fn form_total_vs_rows(t: Decimal, sum: Decimal) -> String {
    crate::t!("form-total-vs-rows", t = t, sum = sum)
}
/// A declared total no score on the form can reach.
pub fn form_total_unreachable(t: Decimal, sum: Decimal, missing: Decimal, most: Decimal) -> String {
    crate::t!(
        "form-total-unreachable",
        t = t,
        sum = sum,
        missing = missing,
        most = most
    )
}
/// A score that is the weight applied twice.
pub fn form_weight_twice(name: &str, s: Decimal, w: Decimal) -> String {
    crate::t!("form-weight-twice", name = name, s = s, w = w)
}
/// A score with neither target nor result on its row.
pub fn form_unsupported(name: &str, s: Decimal) -> String {
    crate::t!("form-unsupported", name = name, s = s)
}
/// What an actual should hold.
pub const FORM_MEASURED: Msg = Msg("form-measured");
/// An actual written as a target expression.
pub fn form_actual_as_target(name: &str, t: &str) -> String {
    crate::t!("form-actual-as-target", name = name, t = t)
}

// ── partial evaluations, repeated and blank cells ───────────────────────────
/// Subject: the 总分 (分值) the form writes beside its total score.
pub const FORM_TOTAL_WEIGHT: Msg = Msg("form-total-weight");
/// Subject: the sum of the form's 分值 when the form writes no 总分 分值.
pub const FORM_WEIGHTS_SUM: Msg = Msg("form-weights-sum");
/// On a partial evaluation: a declared total above the visible score plus every unscored point.
pub fn total_beyond_partial(
    t: Decimal,
    scored: Decimal,
    unscored: Decimal,
    most: Decimal,
) -> String {
    crate::t!(
        "total-beyond-partial",
        scored = scored,
        unscored = unscored,
        most = most,
        t = t
    )
}
/// What a 其中 row is expected to hold in its 得分 cell.
pub const FORM_PART_NOT_SCORED: Msg = Msg("form-part-not-scored");
/// A 其中 row that repeats the total row's 得分.
pub fn form_part_repeats_score(part: &str, whole: &str, score: Decimal) -> String {
    crate::t!(
        "form-part-repeats-score",
        part = part,
        whole = whole,
        score = score
    )
}
/// A finding that also stands for another check's conclusion at the same place.
pub fn form_also(first: &str, second: &str) -> String {
    crate::t!("form-also", first = first, second = second)
}
/// What a blank 执行率 cell of a 其中 row should hold.
pub const FORM_RATE_EXPECTED: Msg = Msg("form-rate-expected");
/// A 其中 row filled across whose 执行率 cell is left blank.
pub fn form_part_rate_blank(part: &str, whole: &str) -> String {
    crate::t!("form-part-rate-blank", part = part, whole = whole)
}
/// A cell the form leaves blank.
pub const FORM_BLANK: Msg = Msg("form-blank");

/// Expected side of an `execution_twice` finding.
pub const FORM_EXECUTION_ONCE: Msg = Msg("form-execution-once");

/// Label of the funds row's 执行率 cell.
pub const FORM_FUNDS_RATE_HERE: Msg = Msg("form-funds-rate-here");

/// An indicator that restates the funds row's 执行率 and scores it full while the funds row
/// loses points at the same rate.
pub fn form_execution_twice(
    rate: rust_decimal::Decimal,
    score: rust_decimal::Decimal,
    weight: rust_decimal::Decimal,
    funds_score: rust_decimal::Decimal,
    funds_weight: rust_decimal::Decimal,
) -> String {
    crate::t!(
        "form-execution-twice",
        rate = rate,
        score = score,
        weight = weight,
        funds_score = funds_score,
        funds_weight = funds_weight
    )
}
