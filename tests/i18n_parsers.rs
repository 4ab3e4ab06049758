//! The foreign parsers' errors (YAML, rhai) in the user's language: Chinese by default with no
//! English word outside the labelled 「原文：…」 line, English with `--lang en`.

mod errors_common;

use errors_common::*;

const EXTRA_RHAI: &str = "policies/pack/extra.rhai";

/// The pack with `scripts: [extra.rhai]` and 到位及时率 scored by `extra_rule` from it.
const WITH_EXTRA: &[(&str, &str)] = &[
    (
        "rounding: { places: 2, mode: 四舍五入 }\n",
        "rounding: { places: 2, mode: 四舍五入 }\nscripts: [extra.rhai]\n",
    ),
    (
        "name: 到位及时率\n            weight: 3\n            rule: judgement",
        "name: 到位及时率\n            weight: 3\n            rule: extra_rule",
    ),
];

/// ASCII words of three letters or more in `err`, outside the 原文 / original line, the code
/// line (`jixiao::…`), the quoted source lines (` N │ …`) and file names.
fn english_words(err: &str) -> Vec<String> {
    err.lines()
        .filter(|l| !l.contains("原文：") && !l.contains("original:"))
        .filter(|l| !l.trim_start().starts_with("jixiao::"))
        .filter(|l| !l.contains('│') && !l.contains('╭') && !l.contains('·'))
        .flat_map(|l| {
            // Field names and values are quoted in 「」: they stay as written.
            let mut plain = String::new();
            let mut depth = 0usize;
            // A list of allowed field names is ids.
            let l = l.split("可用的字段：").next().unwrap_or(l);
            for c in l.chars() {
                match c {
                    '「' => depth += 1,
                    '」' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            plain
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 3)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        // "Tab" glosses 制表符, the key's name on a keyboard.
        .filter(|w| !["yaml", "YAML", "rhai", "Tab"].contains(&w.as_str()))
        .collect()
}

fn project_error(changes: &[(&str, &str)], lang: &[&str]) -> String {
    let c = Case::new();
    c.project(changes);
    let mut args = vec!["evaluate", "project.yaml"];
    args.extend_from_slice(lang);
    c.fails(&args).stderr
}

fn both(changes: &[(&str, &str)], zh: &str, en: &str) {
    let err = project_error(changes, &[]);
    assert!(err.contains(zh), "{err}");
    assert!(
        english_words(&err).is_empty(),
        "{:?}\n{err}",
        english_words(&err)
    );
    let err = project_error(changes, &["--lang", "en"]);
    assert!(err.contains(en), "{err}");
}

#[test]
fn a_tab_in_the_indentation() {
    both(
        &[("  allocated: 2364.01", "\tallocated: 2364.01")],
        "格式错误",
        "is malformed",
    );
}

#[test]
fn a_bad_block_scalar() {
    both(
        &[(
            "  name: 城乡居民养老金缴费补助（入口补）",
            "  name: |\n    第一行\n   第二行",
        )],
        "格式错误",
        "is malformed",
    );
}

#[test]
fn an_unknown_key() {
    both(
        &[(
            "  name: 城乡居民养老金缴费补助（入口补）",
            "  nmae: 城乡居民养老金缴费补助（入口补）",
        )],
        "未知字段「nmae」",
        "unknown field “nmae”",
    );
}

#[test]
fn a_wrong_type() {
    both(
        &[("  year: 2020", "  year: 二〇二〇")],
        "应为整数",
        "expected an integer",
    );
}

fn script_error(script: &str, lang: &[&str]) -> String {
    let c = Case::new();
    c.project(&[]);
    c.pack(WITH_EXTRA);
    c.file(EXTRA_RHAI, script);
    let mut args = vec!["evaluate", "project.yaml", "--policy", PACK];
    args.extend_from_slice(lang);
    c.fails(&args).stderr
}

#[test]
fn a_rhai_parse_error() {
    let script = "fn extra_rule(item, input) {\n    let x = ;\n}\n";
    let err = script_error(script, &[]);
    assert!(err.contains("此处不应出现「;」"), "{err}");
    assert!(
        english_words(&err).is_empty(),
        "{:?}\n{err}",
        english_words(&err)
    );
    let err = script_error(script, &["--lang", "en"]);
    assert!(err.contains("“;” is not expected here"), "{err}");
}

#[test]
fn an_undefined_variable_at_run_time() {
    let script = "fn extra_rule(item, input) {\n    nothing_here + 1\n}\n";
    let err = script_error(script, &[]);
    assert!(err.contains("nothing_here"), "{err}");
    let words: Vec<_> = english_words(&err)
        .into_iter()
        .filter(|w| !["nothing", "here", "extra", "rule"].contains(&w.as_str()))
        .collect();
    assert!(words.is_empty(), "{words:?}\n{err}");
    let err = script_error(script, &["--lang", "en"]);
    assert!(err.contains("undefined variable"), "{err}");
}
