//! Layout loading, synonyms and label parsing.

use super::*;

#[test]
fn labels_lose_weights_units_and_numbering() {
    let l = Layout {
        weight_marks: vec![WeightMark {
            open: "(".into(),
            close: "分)".into(),
        }],
        units: [("万元".to_string(), "1".to_string())]
            .into_iter()
            .collect(),
        ..Default::default()
    };
    let (n, w, u) = l.split_label("预算执行情况(万元) (20分)");
    assert_eq!(n, "预算执行情况");
    assert_eq!(w.unwrap().0.to_string(), "20");
    assert_eq!(u.as_deref(), Some("万元"));
    assert_eq!(l.split_label("产 出 指 标 (50分)").0, "产出指标");
    assert_eq!(
        l.split_label("四、年度绩效指标完成情况").0,
        "年度绩效指标完成情况"
    );
    assert_eq!(strip_notes("执行率(B/A)"), "执行率");
    assert!(glob("附件*", "附件1"));
    assert!(glob("公开*表", "公开14表"));
    assert!(!glob("公开*表", "公开14"));
}

#[test]
fn normalised_words_follow_inheritance() {
    let base = Layout {
        placeholders: vec!["／".into()],
        blocks: [("funds".to_string(), vec!["项目资金 情况".to_string()])]
            .into_iter()
            .collect(),
        ..Default::default()
    };
    let mut l = Layout::default();
    assert!(!l.is_placeholder("/"));
    l.inherit(&base);
    assert!(
        l.is_placeholder("/"),
        "a cache filled before inherit is dropped"
    );
    assert_eq!(l.block_of("项目资金情况（万元）"), Some("funds"));
}
