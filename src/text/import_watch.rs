//! Importing forms and watch mode.

use crate::text::Msg;
use rust_decimal::Decimal;

// ── import (forms as published: text export, xlsx) ──────────────────────────
/// Content of a form row the importer could not place.
pub fn import_unmapped(at: &str, shown: &str) -> String {
    crate::t!("import-unmapped", at = at, shown = shown)
}
/// Help for unmapped content.
pub const IMPORT_UNMAPPED_HELP: Msg = Msg("import-unmapped-help");
/// Label on an unread cell.
pub const IMPORT_NOT_READ: Msg = Msg("import-not-read");
/// A workbook without sheets.
pub const IMPORT_EMPTY: Msg = Msg("import-empty");
/// A required field not found on the form.
pub fn import_missing(what: &str) -> String {
    crate::t!("import-missing", what = what)
}
/// Help when the form is not recognised.
pub const IMPORT_FORM_HELP: Msg = Msg("import-form-help");
/// Label on the project name.
pub const IMPORT_PROJECT_HERE: Msg = Msg("import-project-here");
/// Help when the year is missing.
pub const IMPORT_YEAR_HELP: Msg = Msg("import-year-help");
/// Inference: year from the period.
pub const INFER_YEAR_FROM_PERIOD: Msg = Msg("infer-year-from-period");
/// A category total that disagrees with its sources.
pub fn import_funds_total(label: &str, total: Decimal, sum: Decimal) -> String {
    crate::t!(
        "import-funds-total",
        label = label,
        total = total,
        sum = sum
    )
}
/// Label on a total.
pub const IMPORT_TOTAL_HERE: Msg = Msg("import-total-here");
/// Label on a part.
pub const IMPORT_PART_HERE: Msg = Msg("import-part-here");
/// An indicator row without target or actual.
pub fn import_indicator_values(level2: &str) -> String {
    crate::t!("import-indicator-values", level2 = level2)
}
/// A quantitative indicator whose number cannot be read.
pub const IMPORT_NOT_NUMERIC: Msg = Msg("import-not-numeric");
/// Label on a target.
pub const IMPORT_TARGET_HERE: Msg = Msg("import-target-here");
/// Label on an actual.
pub const IMPORT_ACTUAL_HERE: Msg = Msg("import-actual-here");
/// Inference: qualitative because no single number.
pub const INFER_QUALITATIVE_AMBIGUOUS: Msg = Msg("infer-qualitative-ambiguous");
/// Inference: 一级 from the 二级 name.
pub fn infer_level1(level1: &str, level2: &str) -> String {
    crate::t!("infer-level1", level2 = level2, level1 = level1)
}
/// Inference: direction from a word in the target.
pub fn infer_direction_word(word: &str) -> String {
    crate::t!("infer-direction-word", word = word)
}
/// Inference: timeliness targets are qualitative.
pub const INFER_TIMELINESS: Msg = Msg("infer-timeliness");
/// Inference: a text target is qualitative.
pub const INFER_TEXT_TARGET: Msg = Msg("infer-text-target");
/// Inference: cost is lower-is-better.
pub const INFER_COST: Msg = Msg("infer-cost");
/// Inference: quantities are higher-is-better.
pub const INFER_AT_LEAST: Msg = Msg("infer-at-least");
/// Inference: 二级 of a scoring item from a merged cell further down.
pub fn infer_merged_level2(level2: &str) -> String {
    crate::t!("infer-merged-level2", level2 = level2)
}
/// First comment line of a written project file.
pub fn written_from(source: &str) -> String {
    crate::t!("written-from", source = source)
}
/// Second comment line of a written project file.
pub const WRITTEN_UNITS: Msg = Msg("written-units");
/// `import` wrote a file.
pub fn import_written(
    path: &str,
    indicators: usize,
    items: usize,
    inferred: usize,
    warnings: usize,
) -> String {
    crate::t!(
        "import-written",
        path = path,
        indicators = indicators,
        items = items,
        inferred = inferred,
        warnings = warnings
    )
}
/// `-o` is needed for xlsx output.
pub const XLSX_NEEDS_OUTPUT: Msg = Msg("xlsx-needs-output");
/// Output written.
pub fn output_written(path: &str) -> String {
    crate::t!("output-written", path = path)
}

// ── watch ────────────────────────────────────────────────────────────────────
/// Waiting for the next edit.
pub const WAITING: Msg = Msg("waiting");
/// An edit that moved nothing.
pub const NOTHING_MOVED: Msg = Msg("nothing-moved");
/// A project changed by its data, not the rules.
pub const PROJECT_DATA_CHANGED: Msg = Msg("project-data-changed");
/// A watched project file was removed.
pub const PROJECT_REMOVED: Msg = Msg("project-removed");

/// The watch could not start.
pub fn watch_failed(e: &str) -> String {
    crate::t!("watch-failed", e = e)
}

/// Embedded packs cannot be edited.
pub fn watch_embedded(id: &str) -> String {
    crate::t!("watch-embedded", id = id)
}

/// The pack in force.
pub fn watching(id: &str, origin: &str) -> String {
    crate::t!("watching", id = id, origin = origin)
}

/// A portfolio's state in one line.
pub fn portfolio_state(n: usize, grades: &str, failing: usize) -> String {
    if failing == 0 {
        crate::t!("portfolio-state", n = n, grades = grades)
    } else {
        crate::t!(
            "portfolio-state-failing",
            n = n,
            grades = grades,
            failing = failing
        )
    }
}

/// A project that does not score.
pub fn project_failing(n: usize) -> String {
    crate::t!("project-failing", n = n)
}

/// Portfolio summary of an edit.
pub fn watch_summary(moved: usize, unchanged: usize) -> String {
    crate::t!("watch-summary", moved = moved, unchanged = unchanged)
}

/// A broken edit.
pub fn edit_rejected(id: &str) -> String {
    crate::t!("edit-rejected", id = id)
}

/// Cases failed under --gate.
pub fn gate_rejected(id: &str) -> String {
    crate::t!("gate-rejected", id = id)
}

/// One failed case under --gate.
pub fn gate_case_failed(name: &str, n: usize) -> String {
    crate::t!("gate-case-failed", name = name, n = n)
}

/// The pack was reloaded.
pub fn policy_reloaded(id: &str) -> String {
    crate::t!("policy-reloaded", id = id)
}

/// A funds amount that cannot be read.
pub fn import_funds_unreadable(source: &str, text: &str) -> String {
    crate::t!("import-funds-unreadable", source = source, text = text)
}

/// A block the form does not have.
pub fn import_missing_block(block: &str) -> String {
    crate::t!("import-missing-block", block = block)
}

/// Bytes that are not text in the form's encoding.
pub const IMPORT_BAD_BYTES: Msg = Msg("import-bad-bytes");

/// A 评分表 number that cannot be read.
pub fn import_score_unreadable(item: &str, text: &str) -> String {
    crate::t!("import-score-unreadable", item = item, text = text)
}
