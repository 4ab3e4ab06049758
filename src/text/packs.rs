//! Pack diff, new-policy and policy test cases.

use crate::text::Msg;
// ── pack diff ────────────────────────────────────────────────────────────────
/// Heading of a pack diff.
pub fn diff_heading(a: &str, b: &str, n: usize) -> String {
    crate::t!("diff-heading", a = a, b = b, n = n)
}

/// 一级 structure changed.
pub fn diff_structure(a: &str, b: &str) -> String {
    crate::t!("diff-structure", a = a, b = b)
}

/// A node added.
pub fn diff_added(path: &str, w: &str) -> String {
    crate::t!("diff-added", path = path, w = w)
}

/// A node removed.
pub fn diff_removed(path: &str, w: &str) -> String {
    crate::t!("diff-removed", path = path, w = w)
}

/// A node moved.
pub fn diff_moved(id: &str, a: &str, b: &str) -> String {
    crate::t!("diff-moved", id = id, a = a, b = b)
}

/// A weight changed.
pub fn diff_weight(path: &str, a: &str, b: &str) -> String {
    crate::t!("diff-weight", path = path, a = a, b = b)
}

/// A rule changed.
pub fn diff_rule(path: &str, a: &str, b: &str) -> String {
    crate::t!("diff-rule", path = path, a = a, b = b)
}

/// The total changed.
pub fn diff_total(a: &str, b: &str) -> String {
    crate::t!("diff-total", a = a, b = b)
}

/// Bands changed.
pub fn diff_bands(a: &str, b: &str) -> String {
    crate::t!("diff-bands", a = a, b = b)
}

/// Rounding changed.
pub fn diff_rounding(a: &str, b: &str) -> String {
    crate::t!("diff-rounding", a = a, b = b)
}

/// A parameter changed.
pub fn diff_param(name: &str, a: &str, b: &str) -> String {
    crate::t!("diff-param", name = name, a = a, b = b)
}

/// A function changed.
pub fn diff_function(name: &str) -> String {
    crate::t!("diff-function", name = name)
}

/// A function added or removed.
pub fn diff_function_set(name: &str, added: bool) -> String {
    if added {
        crate::t!("diff-function-added", name = name)
    } else {
        crate::t!("diff-function-removed", name = name)
    }
}

// ── new-policy ───────────────────────────────────────────────────────────────
/// An id unusable as a directory name.
pub fn bad_policy_id(id: &str) -> String {
    crate::t!("bad-policy-id", id = id)
}

/// The target exists.
pub fn policy_exists(path: &str) -> String {
    crate::t!("policy-exists", path = path)
}

/// A file could not be written.
pub fn cannot_write(path: &str, err: &str) -> String {
    crate::t!("cannot-write", path = path, err = err)
}

/// Cases of an embedded pack are not copied.
pub const EMBEDDED_CASES_NOT_COPIED: Msg = Msg("embedded-cases-not-copied");

/// new-policy succeeded.
pub fn policy_created(path: &str, from: &str, year: Option<i64>) -> String {
    match year {
        Some(y) => crate::t!("policy-created-year", from = from, path = path, y = y),
        None => crate::t!("policy-created", from = from, path = path),
    }
}

/// A crosswalk entry.
pub fn diff_crosswalk(to: &str, from: &str) -> String {
    crate::t!("diff-crosswalk", to = to, from = from)
}

// ── policy test cases ────────────────────────────────────────────────────────
/// Kind of file: a test case.
pub const CASE_FILE: Msg = Msg("case-file");

/// A replace edit did not match exactly once.
pub fn replace_count(from: &str, count: usize) -> String {
    crate::t!("replace-count", from = from, count = count)
}

/// Name of a project edited by a case.
pub fn patched_name(project: &str, case: &str) -> String {
    crate::t!("patched-name", project = project, case = case)
}
/// Expectation label: an error.
pub const EXPECTED_ERROR: Msg = Msg("expected-error");
/// Expectation label: discrepancies.
pub const DISCREPANCIES: Msg = Msg("discrepancies");
/// An expected item the pack does not have.
pub const NO_SUCH_ITEM: Msg = Msg("no-such-item");

/// A case expected an error but the project scored.
pub fn scored_instead(total: &str) -> String {
    crate::t!("scored-instead", total = total)
}

/// An item key matching several items.
pub fn ambiguous_item(n: usize) -> String {
    crate::t!("ambiguous-item", n = n)
}

/// Embedded packs have no runnable case directory.
pub fn embedded_cases(id: &str) -> String {
    crate::t!("embedded-cases", id = id)
}

/// Heading of one pack's cases.
pub fn testing_pack(id: &str, origin: &str) -> String {
    crate::t!("testing-pack", id = id, origin = origin)
}

/// Coverage summary line.
pub fn coverage_line(pct: &str, fired: usize, all: usize) -> String {
    crate::t!("coverage-line", pct = pct, fired = fired, all = all)
}

/// A deduction site never fired.
pub fn never_fired(at: &str, line: &str) -> String {
    crate::t!("never-fired", at = at, line = line)
}

/// A rule never run.
pub fn rule_never_run(name: &str, at: &str, _ran: bool) -> String {
    crate::t!("rule-never-run", name = name, at = at)
}

/// An item never scored or never deducted.
pub fn item_coverage(path: &str, scored: bool, lost: bool) -> String {
    match (scored, lost) {
        (false, _) => crate::t!("item-never-scored", path = path),
        (true, false) => crate::t!("item-never-deducted", path = path),
        _ => String::new(),
    }
}
