//! The project YAML writer: quoting and round-trips.

use super::*;

#[test]
fn quotes_only_what_yaml_would_misread() {
    assert_eq!(
        scalar("城乡居民养老金缴费补助（入口补）", false),
        "城乡居民养老金缴费补助（入口补）"
    );
    assert_eq!(scalar("077", false), "\"077\"");
    assert_eq!(scalar("1", false), "\"1\"");
    assert_eq!(scalar(">=", false), "\">=\"");
    assert_eq!(scalar("≤", false), "≤");
    assert_eq!(scalar("yes", false), "\"yes\"");
    assert_eq!(scalar("2021-07-05", false), "\"2021-07-05\"");
    assert_eq!(scalar("12月底前完成", false), "12月底前完成");
    assert_eq!(scalar("a, b", true), "\"a, b\"");
    assert_eq!(scalar("a, b", false), "a, b");
    assert_eq!(scalar("say \"x\": y", false), "\"say \\\"x\\\": y\"");
    assert_eq!(scalar("", false), "\"\"");
}
