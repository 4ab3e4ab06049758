//! The two 评分表 forms the national pack cannot score, under their regional packs: 银川 2021
//! (picked from the title's 银川) and 海南 服务贸易 (no year and no province on the page:
//! `--year` and `--policy` given). Each slip EXPECTED.md lists is found once, at its cell.

mod common;

use common::{jixiao, root, run};

/// One finding of `evaluate --format json`: (code, subject, stated, expected, line, column).
type Found = (String, String, String, String, u64, u64);

/// `jixiao evaluate <form> --format json <args>`: (exit code, JSON, stderr).
fn evaluate(folder: &str, args: &[&str]) -> (i32, serde_json::Value, String) {
    let file = format!("tests/data/forms/{folder}/form.txt");
    let (code, out, err) = run(jixiao()
        .args(["evaluate", &file, "--format", "json"])
        .args(args));
    let v = common::json_result(&out);
    (code, v, err)
}

fn findings(v: &serde_json::Value) -> Vec<Found> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            let at = |k: &str| f["location"][k].as_u64().unwrap_or(0);
            (
                s("code"),
                s("subject"),
                s("stated"),
                s("expected"),
                at("line"),
                at("column"),
            )
        })
        .collect()
}

/// The text of the form at `line:column` (1-based, in characters) up to the next tab.
fn cell(folder: &str, line: u64, column: u64) -> String {
    let form = std::fs::read_to_string(root().join(format!("tests/data/forms/{folder}/form.txt")))
        .unwrap();
    let l = form.lines().nth(line as usize - 1).unwrap();
    l.chars()
        .skip(column as usize - 1)
        .take_while(|c| *c != '\t')
        .collect()
}

/// The one finding on `subject` with these values, located on the cell that holds `stated`.
fn slip(folder: &str, fs: &[Found], subject: &str, stated: &str, expected: &str) {
    let hits: Vec<&Found> = fs
        .iter()
        .filter(|f| f.1 == subject && f.2 == stated && f.3 == expected)
        .collect();
    assert_eq!(hits.len(), 1, "{subject} {stated} → {expected} in {fs:#?}");
    let f = hits[0];
    assert!(f.4 > 0, "{subject}: no location");
    assert_eq!(
        cell(folder, f.4, f.5),
        stated,
        "{subject} at {}:{}",
        f.4,
        f.5
    );
}

const YINCHUAN: &str = "yinchuan-6zhong-2021-gongyong";
const HAINAN: &str = "hainan-swt-fuwumaoyi-pingfen";

#[test]
fn yinchuan_picks_its_pack_and_scores_the_visible_part() {
    let (code, v, err) = evaluate(YINCHUAN, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("表头中有「银川」，按地区政策包 yc-2021"),
        "{err}"
    );
    assert_eq!(v["policy"]["id"], "yc-2021");
    assert_eq!(v["partial"], true);
    // Visible 90 points all earned (EXPECTED: hand 10 + 25 + 30 + 25); 满意度 10 cut.
    assert_eq!(v["total"], "90.00");
    assert_eq!(v["unscored_weight"], "10");
    let cut = v["unscored"].as_array().unwrap();
    assert_eq!(cut.len(), 1, "{cut:#?}");
    assert_eq!(cut[0]["name"], "服务对象满意度指标");
}

#[test]
fn yinchuan_slips_are_found_at_their_cells() {
    let (_, v, _) = evaluate(YINCHUAN, &[]);
    let fs = findings(&v);
    // (2) 预算执行率 64.8 ÷ 64.8 = 100% scored 9 of 10.
    slip(YINCHUAN, &fs, "项目管理/投入管理/预算执行率", "9", "10.00");
    // (3) 公用经费完成时间: target = actual, scored 4 of 5.
    slip(
        YINCHUAN,
        &fs,
        "项目产出/时效指标/公用经费完成时间",
        "4",
        "5.00",
    );
    // (4) 效果显著 13 of 15 and 可持续影响 8 of 10, actual = target.
    slip(
        YINCHUAN,
        &fs,
        "项目效益/效益指标/社会效益指标/效果显著",
        "13",
        "15.00",
    );
    slip(
        YINCHUAN,
        &fs,
        "项目效益/效益指标/可持续影响指标/使学生和老师行个更好的学习和工作环境,做到",
        "8",
        "10.00",
    );
    // (1) declared 98 cannot be reached: visible 84 + the cut 10 at most.
    let unreachable: Vec<&Found> = fs
        .iter()
        .filter(|f| f.0 == "total_vs_rows" && f.2 == "98" && f.3 == "≤ 94")
        .collect();
    assert_eq!(unreachable.len(), 1, "{fs:#?}");
    assert_eq!(cell(YINCHUAN, unreachable[0].4, unreachable[0].5), "98");
    // No row the form scored at its weight is reported (成本 M.8万元 is not read as 8).
    assert!(
        !fs.iter()
            .any(|f| f.1.contains("绿化") || f.1.contains("保障人数")),
        "{fs:#?}"
    );
    // (5) every label weight equals the sum of its 参考分值.
    assert!(fs.iter().all(|f| f.0 != "group_weight"), "{fs:#?}");
}

#[test]
fn hainan_with_year_and_policy_finds_the_arrival_rate() {
    let (code, v, err) = evaluate(HAINAN, &["--year", "2021", "--policy", "hainan-285"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["policy"]["id"], "hainan-285");
    assert_eq!(v["partial"], true);
    // 57 judged + 到位率 3 × 398.88 ÷ 570 = 2.10; 项目效益 40 cut.
    assert_eq!(v["total"], "59.10");
    assert_eq!(v["unscored_weight"], "40");
    let fs = findings(&v);
    slip(HAINAN, &fs, "项目管理/资金到位/到位率", "3", "2.10");
    // The judgement items take the declared scores: no other item finding.
    let items: Vec<&Found> = fs.iter().filter(|f| f.0 == "item").collect();
    assert_eq!(items.len(), 1, "{fs:#?}");
}

#[test]
fn hainan_without_a_year_is_not_guessed() {
    let (code, out, err) = run(jixiao().args([
        "evaluate",
        &format!("tests/data/forms/{HAINAN}/form.txt"),
        "--policy",
        "hainan-285",
    ]));
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("import::no_year") && err.contains("--year"),
        "{err}"
    );
}

#[test]
fn explain_and_compare_take_the_year_too() {
    let form = format!("tests/data/forms/{HAINAN}/form.txt");
    let (code, out, err) = run(jixiao().args([
        "explain",
        &form,
        "--year",
        "2021",
        "--policy",
        "hainan-285",
        "--item",
        "到位率",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("398.88 ÷ 570 = 69.98%"), "{out}");
    let (code, out, err) = run(jixiao().args([
        "compare",
        &form,
        "--year",
        "2021",
        "--policy",
        "hainan-285",
        "--policy",
        "mof-2020",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("59.10"), "{out}");
}

#[test]
fn a_year_that_disagrees_with_the_project_is_a_diagnostic() {
    // The YAML project states 2020; --year 2021 does not override it.
    let (code, out, err) = run(jixiao().args([
        "evaluate",
        "examples/jinzhong-2020-pension-subsidy.yaml",
        "--year",
        "2021",
    ]));
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("jixiao::input::year") && err.contains("写明年度 2020，与 --year 2021 不符"),
        "{err}"
    );
    // A form that shows its year (银川 2021) is not overridden either.
    let (code, _, err) = evaluate_status(YINCHUAN, &["--year", "2020"]);
    assert_eq!(code, 2);
    assert!(err.contains("jixiao::input::year"), "{err}");
    // The same year is accepted.
    let (code, _, err) = evaluate_status(YINCHUAN, &["--year", "2021"]);
    assert_eq!(code, 0, "{err}");
}

/// `evaluate` on a form, text output: (exit code, stdout, stderr).
fn evaluate_status(folder: &str, args: &[&str]) -> (i32, String, String) {
    let file = format!("tests/data/forms/{folder}/form.txt");
    run(jixiao().arg("evaluate").arg(&file).args(args))
}

#[test]
fn the_new_packs_check_and_pass_their_cases() {
    for pack in ["policies/yc-2021", "policies/hainan-285"] {
        let (code, out, err) = run(jixiao().args(["check", pack]));
        assert_eq!(code, 0, "{out}{err}");
        let (code, out, err) = run(jixiao().args(["test", pack]));
        assert_eq!(code, 0, "{out}{err}");
        assert!(out.contains("通过 3 例，未通过 0 例"), "{out}");
    }
}

#[test]
fn yinchuan_import_reads_the_indicator_rows_as_indicators() {
    let (code, yaml, err) =
        run(jixiao().args(["import", &format!("tests/data/forms/{YINCHUAN}/form.txt")]));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("jixiao::import::unmapped"), "{err}");
    assert_eq!(err.matches("jixiao::import::cut_row").count(), 1, "{err}");
    assert!(err.contains("学生和老"), "{err}");
    // 8 decision/management rows stay scorecard items; the 8 产出/效益 rows are indicators.
    assert_eq!(yaml.matches("    - { path:").count(), 8, "{yaml}");
    assert_eq!(yaml.matches("  - level1:").count(), 8, "{yaml}");
    for l in [
        "- { path: 项目管理/投入管理/预算执行率, weight: 10, score: 9",
        "level1: 产出指标\n    level2: 时效指标\n    name: 公用经费完成时间",
        "level1: 效益指标\n    level2: 社会效益指标\n    name: 效果显著",
        "target: M.8万元",
        "- { label: 数量指标(10分), level1: 产出指标, level2: 数量指标, weight: 10 }",
    ] {
        assert!(yaml.contains(l), "missing {l:?} in\n{yaml}");
    }
}
