//! Labels, nouns and reading files.

use rust_decimal::Decimal;

// ── labels and nouns ─────────────────────────────────────────────────────────
/// Label under a span that needs no other words.
pub const HERE: &str = "此处";
/// Kind of file: project.
pub const PROJECT_FILE: &str = "项目文件";
/// Kind of file: policy pack.
pub const POLICY_FILE: &str = "政策包";
/// 预算资金.
pub const FIELD_BUDGET: &str = "预算资金";
/// 预算下达资金.
pub const FIELD_ALLOCATED: &str = "预算下达资金";
/// 实际支出资金.
pub const FIELD_SPENT: &str = "实际支出资金";
/// 指标分值 of an indicator.
pub const INDICATOR_WEIGHT: &str = "指标分值";
/// 得分 of an indicator.
pub const INDICATOR_SCORE: &str = "指标得分";
/// 评分表 declared weight.
pub const DECLARED_WEIGHT: &str = "评分表分值";
/// 评分表 declared score.
pub const DECLARED_SCORE: &str = "评分表得分";
/// 评价人判定得分.
pub const JUDGEMENT_SCORE: &str = "评价人判定得分";
/// 等次.
pub const GRADE: &str = "等次";
/// Label: a negative amount.
pub const NEGATIVE_HERE: &str = "金额为负";
/// Label: a duplicate.
pub const DUPLICATE_HERE: &str = "重复出现";
/// Label: the first occurrence.
pub const FIRST_HERE: &str = "首次出现";
/// What a number field expects.
pub const EXPECT_NUMBER: &str = "数字（如 2536.08，绝对值不超过 10^15）";
/// What a percentage field expects.
pub const EXPECT_PERCENT: &str = "百分比（如 93.13%）";
/// What a target/actual expects.
pub const EXPECT_MEASURE: &str = "文字、数字，或 {text, value, unit}";
/// Help for directions.
pub const DIRECTION_HELP: &str = "可用的指标方向：>=（≥）、>、=、<、<=（≤）、定性";
/// Help for measures.
pub const MEASURE_HELP: &str =
    "定量指标须能读出唯一数值；文字里有多个数字时请写成 {text: 原文, value: 数值, unit: 单位}";

/// Prefixes a message with the scoring item it concerns.
pub fn item_prefix(item: &str, msg: &str) -> String {
    format!("评分项「{item}」：{msg}")
}

// ── reading files ────────────────────────────────────────────────────────────
/// A file could not be read.
pub fn cannot_read(path: &str, err: &str) -> String {
    format!("无法读取文件 {path}：{err}")
}

/// An I/O error in words.
pub fn io_error(e: &std::io::Error) -> String {
    if e.get_ref().is_some() {
        return e.to_string();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有读取权限".to_string(),
        std::io::ErrorKind::InvalidData => "不是 UTF-8 编码的文本".to_string(),
        std::io::ErrorKind::IsADirectory => "这是一个目录".to_string(),
        _ => e.to_string(),
    }
}

/// A judgement names an item the pack does not have.
pub fn unknown_judgement(path: &str, policy: &str) -> String {
    format!("评价人判定指向的评分项「{path}」在政策包 {policy} 中不存在，此判定无法采用")
}

/// A scalar is not a number.
pub fn not_a_number(text: &str, expected: &str) -> String {
    format!("「{text}」不是有效数值，应为{expected}")
}

/// A YAML syntax or shape error, with serde-saphyr's words translated where we know them.
pub fn yaml_error(what: &str, raw: &str) -> String {
    format!("{what}格式错误：{}", translate_yaml(raw))
}

/// A YAML error with the field and value it concerns.
pub fn yaml_field_error(what: &str, raw: &str, key: Option<&str>, value: Option<&str>) -> String {
    format!(
        "{what}格式错误：{}",
        at_field(&translate_yaml(raw), key, value)
    )
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)?.checked_add(open.len())?;
    let end = s.get(start..)?.find(close)?.checked_add(start)?;
    Some(&s[start..end])
}

fn translate_yaml(raw: &str) -> String {
    if raw.starts_with("unknown field") {
        let name = between(raw, "`", "`").unwrap_or("?");
        return match raw.split_once("expected one of ") {
            Some((_, list)) => format!("未知字段「{name}」；此处可用的字段：{list}"),
            None => format!("未知字段「{name}」"),
        };
    }
    if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return format!("键「{key}」在同一映射中出现了两次");
    }
    if raw.starts_with("missing field") {
        let name = between(raw, "`", "`").unwrap_or("?");
        return format!("缺少必填字段「{name}」");
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        return format!("类型不符（{}）", words(rest));
    }
    words(raw)
}

/// serde / YAML parser phrases and what they mean to a person filling in a form.
const YAML_WORDS: &[(&str, &str)] = &[
    ("cannot deserialize null into", "此处不能为空"),
    ("unexpected end of input", "文件为空或不完整"),
    (
        "expected string scalar",
        "类型不符：应为单个值（文字或数字），不能是列表或映射",
    ),
    ("invalid i64", "应为整数"),
    ("invalid u32", "应为非负整数"),
    ("invalid u64", "应为非负整数"),
    (
        "did not find expected key",
        "YAML 语法错误：缺少键（检查缩进和冒号）",
    ),
    (
        "did not find expected node content",
        "YAML 语法错误：缺少值",
    ),
    (
        "mapping values are not allowed",
        "YAML 语法错误：此处不能出现“键: 值”（检查缩进，或给含冒号的文字加引号）",
    ),
    (
        "found character that cannot start any token",
        "YAML 语法错误：无法识别的字符（含 @ ` 等符号的文字请加引号）",
    ),
    (
        "found unexpected end of stream",
        "YAML 语法错误：文件在引号或括号闭合前结束",
    ),
    (
        "did not find expected ',' or ']'",
        "YAML 语法错误：方括号列表未闭合",
    ),
    (
        "did not find expected ',' or '}'",
        "YAML 语法错误：花括号映射未闭合",
    ),
    (
        "expected mapping end",
        "YAML 语法错误：花括号映射未正确结束",
    ),
    ("a sequence", "列表"),
    ("a map", "映射"),
];

/// Replaces the parser's phrases we know; what we do not know stays as it is.
fn words(raw: &str) -> String {
    YAML_WORDS
        .iter()
        .find(|(en, _)| raw.contains(en))
        .map_or_else(|| raw.to_string(), |(_, zh)| (*zh).to_string())
}

/// Names the field and quotes the value a YAML error is about.
pub fn at_field(msg: &str, key: Option<&str>, value: Option<&str>) -> String {
    let mut out = match key {
        Some(k) => format!("字段「{k}」：{msg}"),
        None => msg.to_string(),
    };
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        out.push_str(&format!("（写的是「{v}」）"));
    }
    out
}

/// An empty file.
pub fn empty_file(what: &str) -> String {
    format!("{what}为空")
}

/// Unsupported project format version.
pub fn unknown_format(v: u32) -> String {
    format!("不支持的项目文件格式版本 {v}（本版本支持 format: 1）")
}

/// A negative amount of money.
pub fn negative_money(what: &str, v: Decimal) -> String {
    format!("{what}不能为负数（{v}）")
}

/// An unknown indicator direction.
pub fn bad_direction(d: &str) -> String {
    format!("无法识别的指标方向「{d}」")
}

/// An unknown qualitative tier.
pub fn bad_tier(t: &str) -> String {
    format!("无法识别的评价档次「{t}」，应为 达成、部分达成 或 未达成")
}

/// A quantitative target/actual without exactly one number.
pub fn no_single_number(text: &str, count: usize) -> String {
    if count == 0 {
        format!("定量指标的「{text}」中找不到数值")
    } else {
        format!("定量指标的「{text}」中有 {count} 个数值，无法确定取哪一个")
    }
}

/// Two judgements for one item.
pub fn duplicate_judgement(path: &str) -> String {
    format!("评价人判定中「{path}」出现了两次，无法确定采用哪一条")
}

/// The same item declared twice.
pub fn duplicate_item(path: &str) -> String {
    format!("评分表中「{path}」重复出现")
}
