//! The words a form is recognised by: block labels, header labels, indicator levels, directions.
//! Matching is on normalised text (full-width forms folded, spaces and trailing colons removed).

use crate::project::Direction;

/// Folds full-width ASCII (`：（）１２`) to half-width, drops whitespace (also U+3000) and
/// trailing colons: `项目名称：` and ` 项目名称 ` both become `项目名称`.
pub fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(u32::from(c).saturating_sub(0xFEE0)).unwrap_or(c)
            }
            _ => c,
        })
        .collect();
    folded.trim_end_matches(':').to_string()
}

/// Blocks of the form, each started by a label cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// 项目资金情况（万元）.
    Funds,
    /// 绩效目标实现情况 (绩效指标 table).
    Indicators,
    /// 评分表.
    Scorecard,
    /// 评价人员 table.
    People,
}

/// Narrative headings, in form order.
pub const NARRATIVES: &[&str] = &[
    "项目概况",
    "项目资金使用情况",
    "项目组织实施情况",
    "项目绩效情况",
    "其他需说明的问题",
];

/// The block a normalised label starts, if any.
pub fn block_of(label: &str) -> Option<Block> {
    if label.starts_with("项目资金情况") {
        return Some(Block::Funds);
    }
    if label.starts_with("绩效目标实现情况") || label == "绩效指标" {
        return Some(Block::Indicators);
    }
    if label == "评分表" || label == "评分情况" {
        return Some(Block::Scorecard);
    }
    if label == "评价人员" || label == "评价人员情况" {
        return Some(Block::People);
    }
    None
}

/// The narrative heading a normalised text starts with.
pub fn narrative_heading(text: &str) -> Option<&'static str> {
    NARRATIVES.iter().copied().find(|h| text.starts_with(h))
}

/// Header fields: (key, labels that name it).
pub const HEADER_LABELS: &[(&str, &[&str])] = &[
    ("name", &["项目名称"]),
    ("department", &["主管部门及代码", "主管部门"]),
    ("implementer", &["实施单位", "项目实施单位"]),
    ("kind", &["项目属性"]),
    ("period", &["项目期", "项目实施期", "项目周期", "实施期限"]),
    ("grade", &["评价结果等次", "评价等次", "自评等次"]),
    ("responsible", &["负责人"]),
    ("handler", &["经办人"]),
    ("phone", &["联系电话"]),
    ("filled_on", &["填报日期"]),
    ("unit", &["填报单位"]),
    ("signature", &["单位负责人(签章)", "单位负责人"]),
];

/// The header key of a normalised cell that starts with a header label, and the byte length
/// of that label in the *original* text (so the inline value after it can be spanned).
pub fn header_label(original: &str) -> Option<(&'static str, usize)> {
    let n = norm(original);
    let mut best: Option<(&'static str, &str)> = None;
    for (key, labels) in HEADER_LABELS {
        for l in *labels {
            if n.starts_with(l) && best.is_none_or(|(_, b)| l.chars().count() > b.chars().count()) {
                best = Some((key, l));
            }
        }
    }
    let (key, label) = best?;
    // A longer text that merely begins with a label word (a sentence) is not a label cell,
    // unless a colon separates label and value.
    let rest = &n[label.len()..];
    if !rest.is_empty() && !original.contains([':', '：']) {
        return None;
    }
    Some((key, original_len(original, label.chars().count())))
}

/// Byte length of the prefix of `original` holding `chars` non-space characters,
/// plus any colon and spaces right after it.
fn original_len(original: &str, chars: usize) -> usize {
    let mut seen = 0;
    let mut end = 0;
    let mut paren = false;
    for (i, c) in original.char_indices() {
        if seen == chars {
            // A parenthesised note right after the label (`填报单位（公章）：`) belongs to it.
            if paren || (end == i && (c == '(' || c == '（') && original[i..].contains([')', '）']))
            {
                paren = !(c == ')' || c == '）');
                end = i.saturating_add(c.len_utf8());
                continue;
            }
            if c.is_whitespace() || c == ':' || c == '：' {
                end = i.saturating_add(c.len_utf8());
                continue;
            }
            break;
        }
        if !c.is_whitespace() {
            seen = seen.saturating_add(1);
        }
        end = i.saturating_add(c.len_utf8());
    }
    end
}

/// Funds categories: (key, labels).
pub const FUND_CATEGORIES: &[(&str, &[&str])] = &[
    ("allocated", &["预算下达资金", "下达资金", "全年预算数"]),
    ("budget", &["预算资金", "年初预算数", "预算数"]),
    (
        "spent",
        &["实际支出资金", "实际支出", "全年执行数", "执行数"],
    ),
];

/// The funds category a normalised label names.
pub fn fund_category(label: &str) -> Option<&'static str> {
    FUND_CATEGORIES
        .iter()
        .find(|(_, ls)| ls.contains(&label))
        .map(|(k, _)| *k)
}

/// 二级 indicator → 一级 (财预〔2013〕53号 and 财预〔2020〕10号 both use these names).
pub const LEVEL2_TO_LEVEL1: &[(&str, &str)] = &[
    ("数量指标", "产出指标"),
    ("质量指标", "产出指标"),
    ("时效指标", "产出指标"),
    ("成本指标", "产出指标"),
    ("经济效益指标", "效益指标"),
    ("社会效益指标", "效益指标"),
    ("生态效益指标", "效益指标"),
    ("可持续影响指标", "效益指标"),
    ("服务对象满意度指标", "满意度指标"),
    ("满意度指标", "满意度指标"),
];

/// 一级 indicator names.
pub const LEVEL1: &[&str] = &["产出指标", "效益指标", "满意度指标", "效果指标"];

/// The 一级 a 二级 belongs to, when the name is a known one.
pub fn level1_of(level2: &str) -> Option<&'static str> {
    LEVEL2_TO_LEVEL1
        .iter()
        .find(|(l2, _)| *l2 == level2)
        .map(|(_, l1)| *l1)
}

/// Words in a target that state a direction, checked in order.
const DIRECTION_WORDS: &[(&str, Direction)] = &[
    ("不低于", Direction::AtLeast),
    ("不少于", Direction::AtLeast),
    ("不小于", Direction::AtLeast),
    ("以上", Direction::AtLeast),
    ("不高于", Direction::AtMost),
    ("不超过", Direction::AtMost),
    ("不大于", Direction::AtMost),
    ("以内", Direction::AtMost),
    ("以下", Direction::AtMost),
];

/// An explicit comparison sign at the start of a target (`≥95%`, `<=3天`): the direction and
/// the sign's byte length.
pub fn leading_sign(text: &str) -> Option<(Direction, usize)> {
    let t = text.trim_start();
    let skipped = text.len().saturating_sub(t.len());
    for sign in [
        "≥", ">=", "＞＝", "≤", "<=", "＜＝", ">", "＞", "<", "＜", "=", "＝",
    ] {
        if let Some(rest) = t.strip_prefix(sign) {
            let dir = Direction::parse(sign)?;
            return Some((
                dir,
                skipped.saturating_add(t.len().saturating_sub(rest.len())),
            ));
        }
    }
    None
}

/// A direction stated in words (`不低于95%`, `控制在100万元以内`).
pub fn worded_direction(text: &str) -> Option<(Direction, &'static str)> {
    DIRECTION_WORDS
        .iter()
        .find(|(w, _)| text.contains(w))
        .map(|(w, d)| (*d, *w))
}

/// `指标1: 名称` / `指标2：` → (label, name after the colon, byte offset of the name).
pub fn indicator_label(text: &str) -> Option<(String, Option<(String, usize)>)> {
    let t = text.trim_start();
    let lead = text.len().saturating_sub(t.len());
    let rest = t.strip_prefix("指标")?;
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .collect();
    if digits.is_empty() {
        return None;
    }
    let after = &rest[digits.len()..];
    let colon = after
        .strip_prefix(':')
        .or_else(|| after.strip_prefix('：'))?;
    let label = format!("指标{}", norm(&digits));
    let name = colon.trim();
    if name.is_empty() {
        return Some((label, None));
    }
    let at = lead
        .saturating_add(t.len().saturating_sub(colon.len()))
        .saturating_add(colon.len().saturating_sub(colon.trim_start().len()));
    Some((label, Some((name.to_string(), at))))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn normalises_full_width_and_colons() {
        assert_eq!(norm(" 项目名称： "), "项目名称");
        assert_eq!(norm("项目资金情况（万元）"), "项目资金情况(万元)");
        assert_eq!(norm("投入:"), "投入");
        assert_eq!(norm("１２"), "12");
    }

    #[test]
    fn header_labels_with_inline_values() {
        assert_eq!(header_label("负责人: 闫小全"), Some(("responsible", 11)));
        assert_eq!(header_label("项目名称"), Some(("name", 12)));
        assert_eq!(header_label("联系电话:"), Some(("phone", 13)));
        assert_eq!(header_label("项目名称很长的一句话"), None);
        let unit = "填报单位（公章）：";
        assert_eq!(header_label(unit), Some(("unit", unit.len())));
        assert_eq!(
            header_label("单位负责人(签章):").map(|l| l.0),
            Some("signature")
        );
    }

    #[test]
    fn indicator_labels() {
        assert_eq!(indicator_label("指标2:"), Some(("指标2".into(), None)));
        let (l, n) = indicator_label("指标1: 补助城乡居民养老保险").unwrap();
        assert_eq!(l, "指标1");
        let (name, at) = n.unwrap();
        assert_eq!(name, "补助城乡居民养老保险");
        assert_eq!(&"指标1: 补助城乡居民养老保险"[at..], "补助城乡居民养老保险");
        assert!(indicator_label("指标：").is_none());
        assert!(indicator_label("指标1：名称").is_some());
    }

    #[test]
    fn signs_and_words() {
        assert_eq!(leading_sign("≥95%"), Some((Direction::AtLeast, 3)));
        assert_eq!(leading_sign("<=3天"), Some((Direction::AtMost, 2)));
        assert_eq!(leading_sign("95%"), None);
        assert_eq!(
            worded_direction("控制在100万元以内").map(|d| d.0),
            Some(Direction::AtMost)
        );
    }
}
