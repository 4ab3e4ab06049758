//! The language of what users read: English throughout under an English locale or `--lang en`
//! (item names and values stay as the pack and the project write them), Chinese by default, and
//! no English fragment of clap, miette, rhai, the YAML parser or calamine in any snapshot.

mod common;

use common::*;
use regex::Regex;

const ITEM: [&str; 4] = ["explain", EXAMPLE, "--item", "资金到位率"];

/// Every text a pack or project author wrote that output may quote: the pack and the project.
/// (Not the rule library: its reasons come from rules/messages/ in the reader's language.)
fn authored() -> String {
    let mut all = String::new();
    for dir in ["policies/jinzhong-2020"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                all.push_str(&std::fs::read_to_string(p).unwrap());
            }
        }
    }
    all + &std::fs::read_to_string(root().join(EXAMPLE)).unwrap()
}

/// The runs of Chinese characters in `out` that no author wrote: words from our catalogue.
fn our_chinese(out: &str) -> Vec<String> {
    let authored = authored();
    let han = Regex::new(r"[\p{Han}（）「」：，、。；]+").unwrap();
    let mut ours: Vec<String> = han
        .find_iter(out)
        .map(|m| {
            m.as_str()
                .trim_matches(['（', '）', '「', '」', '：', '，', '、', '。', '；'])
        })
        .filter(|w| !w.is_empty() && !authored.contains(*w))
        .map(str::to_string)
        .collect();
    ours.dedup();
    ours
}

fn explained(envs: &[(&str, &str)], extra: &[&str]) -> String {
    let mut cmd = jixiao();
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let (code, out, err) = run(cmd.args(ITEM).args(extra));
    assert_eq!(code, 0, "{err}");
    format!("{err}{out}")
}

#[test]
fn an_english_locale_explains_in_english() {
    let en = [("LC_ALL", "en_US.UTF-8"), ("LANG", "en_US.UTF-8")];
    let out = explained(&en, &[]);
    assert!(
        our_chinese(&out).is_empty(),
        "{:?}\n{out}",
        our_chinese(&out)
    );
    for english in [
        "loses 0.20",
        "half away from zero",
        "allocated funds",
        "Total score 99.25",
    ] {
        assert!(out.contains(english), "{english:?} in\n{out}");
    }
    assert!(
        out.contains("资金到位率"),
        "item names stay as the pack writes them"
    );
}

#[test]
fn every_deduction_of_the_seed_is_explained_in_english() {
    let (code, out, err) = run(jixiao().args(["explain", EXAMPLE, "--lang", "en"]));
    assert_eq!(code, 0, "{err}");
    let all = format!("{err}{out}");
    assert!(
        our_chinese(&all).is_empty(),
        "{:?}\n{all}",
        our_chinese(&all)
    );
    assert!(all.contains("score = "), "{all}");
}

#[test]
fn lang_en_is_the_same_as_an_english_locale() {
    let by_flag = explained(&[], &["--lang", "en"]);
    let by_locale = explained(&[("LC_ALL", "en_US.UTF-8")], &[]);
    assert_eq!(by_flag, by_locale);
}

#[test]
fn the_default_is_chinese() {
    let out = explained(&[("LC_ALL", "C.UTF-8"), ("LANG", "")], &[]);
    assert!(!our_chinese(&out).is_empty(), "{out}");
    assert!(out.contains("综合得分 99.25"), "{out}");
    assert!(!out.contains("Total score"), "{out}");
}

#[test]
fn the_prose_detector_finds_foreign_fragments() {
    assert!(!english_prose("Usage: jixiao evaluate").is_empty());
    assert!(!english_prose("  × Expecting ';' to terminate this statement").is_empty());
    assert!(!english_prose("while parsing a block mapping").is_empty());
    assert!(!english_prose("Advice: ").is_empty());
    assert!(
        english_prose("  × 政策包格式错误：未知字段「wieght」；可用的字段：id, name, weight")
            .is_empty()
    );
    assert!(english_prose("   ╭─[policies/pack/policy.yaml:22:13]").is_empty());
    assert!(english_prose("  提示：原文：while parsing a block mapping").is_empty());
}

#[test]
fn no_snapshot_holds_an_english_fragment() {
    let mut found = Vec::new();
    for e in std::fs::read_dir(root().join("tests/snapshots")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "snap") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
        for line in body.lines() {
            let words = english_prose(line);
            if !words.is_empty() {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                found.push(format!("{name}: {words:?} in {line:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English in default output:\n{}",
        found.join("\n")
    );
}
