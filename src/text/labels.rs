//! Labels, nouns and reading files.

use super::locale::Msg;
use rust_decimal::Decimal;

// ── labels and nouns ─────────────────────────────────────────────────────────
/// Label under a span that needs no other words.
pub const HERE: Msg = Msg("here");
/// Kind of file: project.
pub const PROJECT_FILE: Msg = Msg("project-file");
/// Kind of file: policy pack.
pub const POLICY_FILE: Msg = Msg("policy-file");
/// 预算资金.
pub const FIELD_BUDGET: Msg = Msg("field-budget");
/// 预算下达资金.
pub const FIELD_ALLOCATED: Msg = Msg("field-allocated");
/// 实际支出资金.
pub const FIELD_SPENT: Msg = Msg("field-spent");
/// 指标分值 of an indicator.
pub const INDICATOR_WEIGHT: Msg = Msg("indicator-weight");
/// 得分 of an indicator.
pub const INDICATOR_SCORE: Msg = Msg("indicator-score");
/// 评分表 declared weight.
pub const DECLARED_WEIGHT: Msg = Msg("declared-weight");
/// 评分表 declared score.
pub const DECLARED_SCORE: Msg = Msg("declared-score");
/// 评价人判定得分.
pub const JUDGEMENT_SCORE: Msg = Msg("judgement-score");
/// 等次.
pub const GRADE: &str = "等次";
/// Label: a negative amount.
pub const NEGATIVE_HERE: Msg = Msg("negative-here");
/// Label: a duplicate.
pub const DUPLICATE_HERE: Msg = Msg("duplicate-here");
/// Label: the first occurrence.
pub const FIRST_HERE: Msg = Msg("first-here");
/// What a number field expects.
pub const EXPECT_NUMBER: Msg = Msg("expect-number");
/// What a percentage field expects.
pub const EXPECT_PERCENT: Msg = Msg("expect-percent");
/// What a target/actual expects.
pub const EXPECT_MEASURE: Msg = Msg("expect-measure");
/// Help for directions.
pub const DIRECTION_HELP: Msg = Msg("direction-help");
/// Help for measures.
pub const MEASURE_HELP: Msg = Msg("measure-help");

/// Prefixes a message with the scoring item it concerns.
pub fn item_prefix(item: &str, msg: &str) -> String {
    crate::t!("item-prefix", item = item, msg = msg)
}

// ── reading files ────────────────────────────────────────────────────────────
/// A file could not be read.
pub fn cannot_read(path: &str, err: &str) -> String {
    crate::t!("cannot-read", path = path, err = err)
}

/// An I/O error in words (the system's own words for a kind we do not name).
pub fn io_error(e: &std::io::Error) -> String {
    if e.get_ref().is_some() {
        return e.to_string();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::t!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => crate::t!("io-permission-denied"),
        std::io::ErrorKind::InvalidData => crate::t!("io-invalid-data"),
        std::io::ErrorKind::IsADirectory => crate::t!("io-is-a-directory"),
        _ => e.to_string(),
    }
}

/// A judgement names an item the pack does not have.
pub fn unknown_judgement(path: &str, policy: &str) -> String {
    crate::t!("unknown-judgement", path = path, policy = policy)
}

/// A scalar is not a number.
pub fn not_a_number(text: &str, expected: &str) -> String {
    crate::t!("not-a-number", text = text, expected = expected)
}

/// A YAML error: `what` is the kind of file, `msg` what is wrong (see `yaml::errors`).
pub fn yaml_error(what: &str, msg: &str) -> String {
    crate::t!("yaml-error", what = what, msg = msg)
}

/// Names the field and quotes the value a YAML error is about.
pub fn at_field(msg: &str, key: Option<&str>, value: Option<&str>) -> String {
    let mut out = match key {
        Some(k) => crate::t!("at-field", key = k, msg = msg),
        None => msg.to_string(),
    };
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        out.push_str(&crate::t!("value-written", value = v));
    }
    out
}

/// An empty file.
pub fn empty_file(what: &str) -> String {
    crate::t!("empty-file", what = what)
}

/// Unsupported project format version.
pub fn unknown_format(v: u32) -> String {
    crate::t!("unknown-format", v = v.to_string())
}

/// A negative amount of money.
pub fn negative_money(what: &str, v: Decimal) -> String {
    crate::t!("negative-money", what = what, v = v)
}

/// An unknown indicator direction.
pub fn bad_direction(d: &str) -> String {
    crate::t!("bad-direction", d = d)
}

/// An unknown qualitative tier.
pub fn bad_tier(t: &str) -> String {
    crate::t!("bad-tier", t = t)
}

/// A quantitative target/actual without exactly one number.
pub fn no_single_number(text: &str, count: usize) -> String {
    if count == 0 {
        crate::t!("no-number-in", text = text)
    } else {
        crate::t!("many-numbers-in", text = text, count = count)
    }
}

/// Two judgements for one item.
pub fn duplicate_judgement(path: &str) -> String {
    crate::t!("duplicate-judgement", path = path)
}

/// The same item declared twice.
pub fn duplicate_item(path: &str) -> String {
    crate::t!("duplicate-item", path = path)
}
