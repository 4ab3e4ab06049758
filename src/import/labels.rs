//! Generic label machinery: text normalised for matching (full-width forms folded, spaces and
//! trailing colons removed) and `指标N:` labels. The words themselves are in the layouts.

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
}
