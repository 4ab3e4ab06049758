//! Commands and comparisons.

use super::locale::Msg;
use crate::t;
use rust_decimal::Decimal;

// ── commands ─────────────────────────────────────────────────────────────────
/// Nothing was deducted.
pub const NOTHING_DEDUCTED: Msg = Msg("nothing-deducted");

/// `--item` matched nothing.
pub fn no_such_item(key: &str) -> String {
    t!("explain-no-such-item", key = key)
}

/// List of item paths.
pub fn item_list(paths: &[String]) -> String {
    t!("item-list", paths = paths.join(&t!("list-separator")))
}

/// Last line of explain.
pub fn explain_summary(total: Decimal, max: Decimal, grade: &str) -> String {
    t!("explain-summary", total = total, max = max, grade = grade)
}

/// A pack passed check.
pub fn check_ok(id: &str, origin: &str, items: usize, warnings: usize) -> String {
    if warnings == 0 {
        t!("check-ok", id = id, origin = origin, items = items)
    } else {
        t!(
            "check-ok-warnings",
            id = id,
            origin = origin,
            items = items,
            warnings = warnings
        )
    }
}

/// A pack failed check.
pub fn check_failed(origin: &str, n: usize) -> String {
    t!("check-failed", origin = origin, n = n)
}

/// One line of `jixiao policies` (tab-separated columns; a pack without a region is national).
pub fn policy_listing(
    id: &str,
    title: &str,
    region: Option<&str>,
    year: i64,
    origin: &str,
) -> String {
    let region = region.map_or_else(|| t!("policy-region-national"), str::to_string);
    format!("{id}\t{year}\t{region}\t{title}\t{origin}")
}
/// How `each` is written.
pub const EACH_HELP: Msg = Msg("each-help");

/// A bad `each` selector.
pub fn bad_each(sel: &str) -> String {
    t!("bad-each", sel = sel)
}

/// An `each` node matched no indicator.
pub fn no_indicators(sel: &str, weight: Decimal) -> String {
    t!("no-indicators", sel = sel, weight = weight)
}

/// Indicator 分值 do not fill the node.
pub fn indicator_weights(
    path: &str,
    sum: Decimal,
    total: Decimal,
    given: usize,
    all: usize,
) -> String {
    if given == all {
        t!(
            "indicator-weights-sum",
            path = path,
            sum = sum,
            total = total
        )
    } else {
        t!(
            "indicator-weights-partial",
            path = path,
            all = all,
            given = given
        )
    }
}

/// A crosswalk names a path this pack does not have.
pub fn crosswalk_unknown(path: &str) -> String {
    t!("crosswalk-unknown", path = path)
}

// ── comparisons ──────────────────────────────────────────────────────────────
/// The rule's inputs or args changed.
pub const RULE_INPUTS_CHANGED: Msg = Msg("rule-inputs-changed");
/// Some library function the rule calls changed.
pub const LIBRARY_CHANGED: Msg = Msg("library-changed");
/// Nothing identifiable changed, yet the score moved.
pub const UNEXPLAINED: Msg = Msg("unexplained");

/// The name of a cause.
pub fn cause_label(cause: crate::compare::Cause) -> Msg {
    use crate::compare::Cause;
    match cause {
        Cause::Weight => Msg("cause-weight"),
        Cause::Parameter => Msg("cause-parameter"),
        Cause::Rounding => Msg("cause-rounding"),
        Cause::Formula => Msg("cause-formula"),
        Cause::Structure => Msg("cause-structure"),
        Cause::Added => Msg("cause-added"),
        Cause::Removed => Msg("cause-removed"),
    }
}

/// A crosswalk path matched no item.
pub fn crosswalk_no_match(path: &str, policy: &str) -> String {
    t!("crosswalk-no-match", path = path, policy = policy)
}

/// Detail of a structure change.
pub fn structure_detail(a: &str, a_weight: Decimal, b: &str, b_weight: Decimal) -> String {
    t!(
        "structure-detail",
        a = a,
        a_weight = a_weight,
        b = b,
        b_weight = b_weight
    )
}

/// Detail of an added item.
pub fn added_detail(b: &str, w: Decimal) -> String {
    t!("added-detail", b = b, w = w)
}

/// Detail of a removed item.
pub fn removed_detail(b: &str, w: Decimal) -> String {
    t!("removed-detail", b = b, w = w)
}

/// Detail of a weight change.
pub fn weight_detail(a: Decimal, b: Decimal) -> String {
    t!("weight-detail", a = a, b = b)
}

/// Detail of parameter changes.
pub fn params_detail(changes: &[(String, String, String)]) -> String {
    changes
        .iter()
        .map(|(n, a, b)| t!("param-detail", name = n, a = a, b = b))
        .collect::<Vec<_>>()
        .join(&t!("params-separator"))
}

/// Detail of a rounding change.
pub fn rounding_detail(a: &crate::policy::Rounding, b: &crate::policy::Rounding) -> String {
    t!(
        "rounding-detail",
        a_mode = a.mode.label().to_string(),
        a_places = a.places,
        b_mode = b.mode.label().to_string(),
        b_places = b.places
    )
}

/// The rule function was renamed or replaced.
pub fn rule_renamed(a: &str, b: &str) -> String {
    t!("rule-renamed", a = a, b = b)
}

/// The rule function's script changed.
pub fn rule_script_changed(rule: &str) -> String {
    t!("rule-script-changed", rule = rule)
}

/// Label of a rule function span.
pub fn rule_of(policy: &str, rule: &str) -> String {
    t!("rule-of", policy = policy, rule = rule)
}

/// Why a grade changed.
pub fn grade_change(a: &str, b: &str, ta: &str, tb: &str, bands: Option<(&str, &str)>) -> String {
    match bands {
        Some((ba, bb)) => t!(
            "grade-change-bands",
            a = a,
            b = b,
            ta = ta,
            tb = tb,
            ba = ba,
            bb = bb
        ),
        None => t!("grade-change", a = a, b = b, ta = ta, tb = tb),
    }
}
/// Corner cell of the transition matrix: rows A, columns B.
pub const TRANSITION_CORNER: Msg = Msg("transition-corner");
/// Grade transitions heading.
pub const GRADE_TRANSITIONS: Msg = Msg("grade-transitions");
/// Largest moves heading.
pub const LARGEST_MOVES: Msg = Msg("largest-moves");
/// Top movers heading.
pub const TOP_MOVERS: Msg = Msg("top-movers");

/// Header of the compare table (A and B are named in the line above it).
pub const COMPARE_HEADER: [Msg; 7] = [
    Msg("compare-header-item"),
    Msg("compare-header-a-weight"),
    Msg("compare-header-a-score"),
    Msg("compare-header-b-weight"),
    Msg("compare-header-b-score"),
    Msg("compare-header-delta"),
    Msg("compare-header-cause"),
];

/// Label of a crosswalk row.
pub fn crosswalk_label(to: &str, from: &str) -> String {
    t!("crosswalk-label", to = to, from = from)
}

/// Label of an added row.
pub fn added_label(path: &str) -> String {
    t!("added-label", path = path)
}

/// Label of a removed row.
pub fn removed_label(path: &str) -> String {
    t!("removed-label", path = path)
}

/// The attribution total cell.
pub fn attributed_total(sum: &str) -> String {
    t!("attributed-total", sum = sum)
}

/// The headline of a comparison.
pub fn compare_line(
    a: &str,
    ta: &str,
    ga: &str,
    b: &str,
    tb: &str,
    gb: &str,
    delta: &str,
) -> String {
    t!(
        "compare-line",
        a = a,
        ta = ta,
        ga = ga,
        b = b,
        tb = tb,
        gb = gb,
        delta = delta
    )
}

/// A warning line.
pub fn warning_line(w: &str) -> String {
    t!("warning-line", w = w)
}

/// Headline of a formula-change report.
pub fn formula_headline(item: &str, points: &str, detail: &str) -> String {
    t!(
        "formula-headline",
        item = item,
        points = points,
        detail = detail
    )
}

/// Portfolio heading.
pub fn portfolio_heading(n: usize, mean: &str) -> String {
    t!("portfolio-heading", n = n, mean = mean)
}

/// A grade transition.
pub fn transition_line(a: &str, b: &str, n: usize) -> String {
    t!("transition-line", a = a, b = b, n = n)
}

/// A top mover.
pub fn mover_line(label: &str, cause: &str, points: &str, n: usize) -> String {
    t!(
        "mover-line",
        label = label,
        cause = cause,
        points = points,
        n = n
    )
}
/// CSV columns of `compare --format csv`.
pub const CSV_HEADER: [&str; 13] = [
    "file", "policy_a", "policy_b", "kind", "item", "weight_a", "score_a", "weight_b", "score_b",
    "delta", "cause", "points", "detail",
];

/// compare needs two packs.
pub const TWO_POLICIES: Msg = Msg("two-policies");

/// Rounding in short.
pub fn rounding_short(mode: &str, places: u32) -> String {
    t!("rounding-short", mode = mode, places = places)
}

/// Heading of the batch summary of `evaluate DIR`.
pub fn summary_heading(n: usize, whole: usize, partial: usize, failed: usize) -> String {
    t!(
        "summary-heading",
        n = n,
        whole = whole,
        partial = partial,
        failed = failed
    )
}

/// A summary line's status: scored whole.
pub fn summary_scored(total: Decimal, max: Decimal, grade: &str) -> String {
    t!(
        "summary-scored",
        total = total,
        max = max.normalize(),
        grade = grade
    )
}

/// A summary line's status: a cut-off form, scored in part, no grade.
pub fn summary_partial(total: Decimal, scored: Decimal, unscored: Decimal) -> String {
    // Weights are points (90, not 90.00, even when a weight was inferred from a score).
    t!(
        "summary-partial",
        total = total,
        scored = scored.normalize(),
        unscored = unscored.normalize()
    )
}

/// A summary line's status: could not be scored, with the diagnostic's code.
pub fn summary_failed(code: &str) -> String {
    t!("summary-failed", code = code)
}

/// `--year N` disagrees with the year a project file or form states (never overridden).
pub fn year_disagrees(file: &str, stated: i64, given: i64) -> String {
    t!(
        "year-disagrees",
        file = file,
        stated = stated,
        given = given
    )
}

/// Label on the stated year.
pub const YEAR_STATED_HERE: Msg = Msg("year-stated-here");

/// Help: `--year` is for forms that show no year.
pub const YEAR_FLAG_ONLY_WITHOUT: Msg = Msg("year-flag-only-without");

/// The last line of `jixiao test`: how many cases passed and failed.
pub fn test_summary(passed: usize, failed: usize) -> String {
    crate::t!("test-summary", passed = passed, failed = failed)
}

/// Examples and exit codes under `jixiao --help`.
pub fn cli_examples() -> String {
    t!("cli-examples")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{with_lang, Lang};

    #[test]
    fn help_examples_keep_their_layout() {
        let zh = with_lang(Lang::ZhCn, cli_examples);
        assert!(zh.starts_with(
            "示例：\n  jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml\n"
        ));
        assert!(zh.contains("\n  jixiao policies\n\n退出码：0 成功；"));
        assert!(zh.ends_with("2 输入或政策包有误。"));
        assert_eq!(
            with_lang(Lang::ZhCn, || t!("cli-explain-examples")),
            "示例：\n  jixiao explain examples/jinzhong-2020-pension-subsidy.yaml\n  jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 投入/资金落实/资金到位率"
        );
        let en = with_lang(Lang::En, cli_examples);
        assert!(en.starts_with("Examples:\n  jixiao evaluate "));
        assert!(en.contains("\n  jixiao policies\n\nExit codes: 0 success;"));
    }

    #[test]
    fn every_cause_has_its_own_name() {
        use crate::compare::Cause;
        let all = [
            Cause::Weight,
            Cause::Parameter,
            Cause::Rounding,
            Cause::Formula,
            Cause::Structure,
            Cause::Added,
            Cause::Removed,
        ];
        let names: std::collections::BTreeSet<String> =
            all.iter().map(|c| cause_label(*c).to_string()).collect();
        assert_eq!(names.len(), all.len());
        assert_eq!(
            with_lang(Lang::ZhCn, || cause_label(Cause::Weight).to_string()),
            "分值变化"
        );
        assert_eq!(
            with_lang(Lang::En, || cause_label(Cause::Weight).to_string()),
            "weight change"
        );
    }
}
