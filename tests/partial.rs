//! Cut-off forms (issue 8): the real forms of tests/data/forms/ that the publisher's store cut
//! short are scored for what they hold; the rest is listed 未评分 with its weight and where the
//! form breaks off, never scored 0, and no grade is given. A batch prints one result per form
//! and a one-line-per-form summary. On a project that is not cut, missing data stays an error.

mod common;

use common::{jixiao, root, run};
use std::path::PathBuf;

fn form(folder: &str) -> String {
    format!("tests/data/forms/{folder}/form.txt")
}

/// `jixiao evaluate` on one form: (exit code, stdout, stderr).
fn evaluate(folder: &str, args: &[&str]) -> (i32, String, String) {
    run(jixiao().arg("evaluate").arg(form(folder)).args(args))
}

/// Evaluates a cut form and checks the partial result line.
fn partial(folder: &str, line: &str) -> String {
    let (code, out, err) = evaluate(folder, &[]);
    assert_eq!(code, 0, "{folder}: {err}");
    assert!(out.contains(line), "{folder}: no {line:?} in\n{out}");
    assert!(out.contains("已评合计"), "{folder}\n{out}");
    assert!(
        !out.contains("等次「"),
        "{folder}: a grade on a partial total\n{out}"
    );
    out
}

#[test]
fn linxiang_scores_the_visible_90_and_leaves_satisfaction_unscored() {
    let out = partial(
        "linxiang-lcj-2023-shourongsuo",
        "已评 90 分中得 89.78；满意度指标 10 分因原表截断未评分（原表第 18 行起缺）；部分评分，不评定等次",
    );
    let row = out.lines().find(|l| l.contains("满意度指标")).unwrap();
    assert!(row.contains("10") && row.contains("未评分"), "{row}");
}

#[test]
fn xiaoxian_cut_at_satisfaction() {
    partial(
        "xiaoxian-zzz-2023-zhongyang",
        "已评 90 分中得 90.00；满意度指标 10 分因原表截断未评分",
    );
}

#[test]
fn daying_cut_in_its_first_indicator_row_scores_only_the_funds() {
    partial(
        "daying-sfj-2023-anke",
        "已评 10 分中得 10.00；产出指标 50 分、效益指标 30 分、满意度指标 10 分因原表截断未评分（原表第 14 行起缺）",
    );
}

#[test]
fn lingling_cut_before_its_indicators() {
    partial(
        "lingling-cdc-2021-zhengti",
        "已评 10 分中得 10.00；产出指标 50 分、效益指标 30 分、满意度指标 10 分因原表截断未评分",
    );
}

#[test]
fn longyang_cut_in_its_benefit_rows() {
    partial(
        "longyang-tfz-2022-huafei",
        "满意度指标 10 分因原表截断未评分",
    );
}

#[test]
fn langfang_2019_is_chosen_for_the_national_pack_and_scores_whole() {
    let (code, out, err) = evaluate("langfang-spgc-2019-nuantong", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("mof-2020"), "{err}");
    assert!(out.contains("综合得分 97.24 / 100，等次「优」"), "{out}");
}

#[test]
fn chengan_missing_group_between_present_ones_stays_an_error() {
    // chengan writes its 效益 group 「效果指标」, which the hebei-system layout reads as
    // 效益指标 (level1_names): the form scores 100.00 (EXPECTED.md). With that label changed
    // to a name no layout knows, 效益 is missing while 满意度 after it is on the form — not the
    // cut's doing, so it stays an error.
    let (code, out, err) = evaluate("chengan-mzj-2020-gaoling", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("综合得分 100.00 / 100，等次「优」"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(form("chengan-mzj-2020-gaoling"))).unwrap();
    let copy = dir.path().join("form.txt");
    std::fs::write(&copy, text.replace("效果指标", "影响指标")).unwrap();
    let (code, _, err) = run(jixiao().arg("evaluate").arg(&copy));
    assert_eq!(code, 2);
    assert!(err.contains("jixiao::eval::no_indicators"), "{err}");
}

#[test]
fn json_marks_the_evaluation_partial_without_grade() {
    let (code, out, err) = evaluate("linxiang-lcj-2023-shourongsuo", &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v = common::json_result(&out);
    assert_eq!(v["partial"], true);
    assert!(v["grade"].is_null());
    assert_eq!(v["total"], "89.78");
    assert_eq!(v["max_total"], "90");
    assert_eq!(v["unscored_weight"], "10");
    let u = &v["unscored"][0];
    assert_eq!(u["name"], "满意度指标");
    assert_eq!(u["weight"], "10");
    assert_eq!(u["reason"], "no_indicators");
    assert_eq!(u["location"]["line"], 18);
    assert_eq!(v["cut"]["location"]["line"], 18);
    // Every scored item balances and the total is the sum of the scored items.
    let items = v["items"].as_array().unwrap();
    let sum: rust_decimal::Decimal = items
        .iter()
        .map(|i| {
            i["score"]
                .as_str()
                .unwrap()
                .parse::<rust_decimal::Decimal>()
                .unwrap()
        })
        .sum();
    assert_eq!(sum.to_string(), "89.78");
}

#[test]
fn explain_lists_the_unscored_items() {
    let (code, out, err) = run(jixiao()
        .arg("explain")
        .arg(form("linxiang-lcj-2023-shourongsuo")));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("满意度指标 10 分：未评分 — 原表截断，表中没有「满意度指标」的指标"),
        "{out}"
    );
    assert!(out.contains("已评 90 分中得 89.78"), "{out}");
}

#[test]
fn batch_prints_one_result_per_form_and_a_summary() {
    let (code, out, _) = run(jixiao().arg("evaluate").arg("tests/data/forms/"));
    // Forms without a 年度 (chongqing, hainan, hubei-60sui) cannot be scored:
    // the batch exits 2, as any failed project does.
    assert_eq!(code, 2);
    let at = out.find("汇总：").expect("summary");
    let summary = &out[at..];
    for l in summary.lines() {
        let width: usize = l.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
        assert!(width <= 80, "wider than 80 columns: {l}");
    }
    insta::assert_snapshot!("batch_summary", summary);
    // One result per scored form: a header line with its file.
    let shown = out
        .lines()
        .filter(|l| l.contains("tests/data/forms/") && l.ends_with("form.txt"))
        .count();
    assert_eq!(shown, 13, "{out}");
}

/// A project YAML written by `jixiao import` from a cut form, with or without its `cut:` line.
fn imported(folder: &str, keep_cut: bool) -> PathBuf {
    let (code, yaml, err) = run(jixiao().arg("import").arg(form(folder)));
    assert_eq!(code, 0, "{err}");
    assert!(yaml.contains("\ncut: 原表第"), "{yaml}");
    let yaml: String = yaml
        .lines()
        .filter(|l| keep_cut || !l.starts_with("cut:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let dir = root().join("target").join("partial-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{folder}-{keep_cut}.yaml"));
    std::fs::write(&path, yaml).unwrap();
    path
}

#[test]
fn an_uncut_project_with_a_missing_group_still_errors() {
    let path = imported("daying-sfj-2023-anke", false);
    let (code, out, err) = run(jixiao().arg("evaluate").arg(&path));
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("jixiao::eval::no_indicators"), "{err}");
    assert!(err.contains("缺失的指标不会按 0 分计"), "{err}");
}

#[test]
fn a_project_file_can_say_it_is_cut() {
    let path = imported("daying-sfj-2023-anke", true);
    let (code, out, err) = run(jixiao().arg("evaluate").arg(&path));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("已评 10 分中得 10.00；产出指标 50 分、效益指标 30 分、满意度指标 10 分因原表截断未评分（原表第 14 行起缺）"),
        "{out}"
    );
}

#[test]
fn huangshi_lib_keeps_the_cut_satisfaction_points_out_of_the_visible_groups() {
    // One node over all indicators: on a cut form each 一级 group takes its label's weight
    // (产出指标(40分), 效益指标(30分)); 满意度指标(10分) was cut away and stays unscored.
    let out = partial(
        "huangshi-lib-2022-gongxiang",
        "已评 90 分中得 90.00；其余 10 分因原表截断未评分（原表第 25 行起缺）",
    );
    assert!(!out.contains("综合得分 100"), "{out}");
}

#[test]
fn yinchuan_declared_total_stands_beside_the_whole_total_not_the_scored_part() {
    let out = partial(
        "yinchuan-6zhong-2021-gongyong",
        "已评 90 分中得 90.00；服务对象满意度指标 10 分因原表截断未评分",
    );
    let scored = out.lines().find(|l| l.contains("已评合计")).unwrap();
    assert!(!scored.contains("98"), "{out}");
    let whole = out
        .lines()
        .find(|l| l.contains("综合得分") && l.contains("未评分"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(whole.contains("100") && whole.contains("98"), "{whole}");
}
