//! The real forms of tests/data/forms/ evaluated: the complete ones score what their
//! EXPECTED.md says under the pack auto-selection picks, and every slip EXPECTED.md lists is
//! among the findings, located on the form, each once; cut-off forms are not compared as totals.

mod common;

use common::{jixiao, run};

/// Imports a form; returns (exit code, YAML, stderr).
fn import(folder: &str, args: &[&str]) -> (i32, String, String) {
    let form = format!("tests/data/forms/{folder}/form.txt");
    run(jixiao().arg("import").arg(&form).args(args))
}
/// Scores one real form under the pack auto-selection picks; (stdout, stderr).
fn score(form: &str) -> (String, String) {
    let (code, out, err) =
        run(jixiao().args(["evaluate", &format!("tests/data/forms/{form}/form.txt")]));
    assert!(code == 0 || code == 1, "{form}: {code}\n{err}");
    (out, err)
}

#[test]
fn yongde_scores_99_80_and_finds_its_slips() {
    let (out, err) = score("yongde-minglang-2022-yingyang");
    assert!(err.contains("按全国政策包 mof-2020"), "{err}");
    assert!(out.contains("综合得分 99.80 / 100，等次「优」"), "{out}");
    // 资金到位及时率 met but scored 7 with no 偏差原因; 政策知晓率 9 vs 9.80; 总分 96.
    assert!(out.contains("资金到位及时率：表上 7，核对应为 10.00  [tests/data/forms/yongde-minglang-2022-yingyang/form.txt:16:31]"), "{out}");
    assert!(out.contains("表中未填偏差原因"), "{out}");
    assert!(out.contains("政策知晓率：表上 9，核对应为 9.80"), "{out}");
    assert!(out.contains("综合得分：表上 96，核对应为 99.80"), "{out}");
    // 产出 40 and 满意度 20 depart from the 10号 defaults 50 / 10: findings, not errors.
    assert!(out.contains("产出指标：表上 40，核对应为 50"), "{out}");
    assert!(out.contains("满意度指标：表上 20，核对应为 10"), "{out}");
}

#[test]
fn tianchang_scores_100() {
    let (out, _) = score("tianchang-slj-2022-shuihan");
    assert!(out.contains("综合得分 100.00 / 100，等次「优」"), "{out}");
}

#[test]
fn zhongjiang_scores_its_110_points_and_flags_the_total() {
    let (out, _) = score("zhongjiang-slj-2022-shuibiaochi");
    assert!(out.contains("综合得分 110.00 / 110，等次「优」"), "{out}");
    assert!(out.contains("综合得分：表上 100，核对应为 110.00"), "{out}");
    assert!(
        out.contains("表中各项分值之和为 110，不等于总分 100"),
        "{out}"
    );
    assert!(out.contains("产出指标：表上 70，核对应为 50"), "{out}");
    assert!(out.contains("效益指标：表上 20，核对应为 30"), "{out}");
}

#[test]
fn huangshi_sponge_city_scores_99_55_under_the_hubei_pack() {
    let (out, err) = score("huangshi-zjj-2022-haimian");
    assert!(
        err.contains("表头中有「黄石」，按地区政策包 hubei-2022"),
        "{err}"
    );
    assert!(out.contains("综合得分 99.55 / 100，等次「优」"), "{out}");
    assert!(out.contains("预算执行情况"), "{out}");
}

#[test]
fn linxiang_budget_row_slips() {
    let (out, _) = score("linxiang-lcj-2023-shourongsuo");
    // 得分 9 vs 10 × 97.81% = 9.78; 执行率 written 97.80% vs 97.81%.
    assert!(out.contains("预算执行率：表上 9，核对应为 9.78"), "{out}");
    assert!(
        out.contains("预算执行率：表上 97.80%，核对应为 97.81%"),
        "{out}"
    );
}

#[test]
fn an_empty_directory_is_an_error() {
    common::Test::new()
        .args(["evaluate", "."])
        .code(2)
        .stderr_has("输入中没有项目文件或原表")
        .run();
}

// ── every slip of EXPECTED.md among the findings, located on the form ───────

/// The form's own findings (no pack), for forms whose scoring fails before the audit
/// (a cut page under the national pack): (code, stated, expected, "line:col").
fn own_findings(form: &str) -> Vec<(String, String, String, String)> {
    let path = common::root().join(format!("tests/data/forms/{form}/form.txt"));
    let p = jixiao::import::import(&path).unwrap().project;
    jixiao::form_audit::audit(&p, None)
        .into_iter()
        .map(|f| {
            let at = f
                .span
                .as_ref()
                .map(|s| format!("{}:{}", s.line(), s.column()))
                .unwrap_or_default();
            (f.code.to_string(), f.stated, f.expected, at)
        })
        .collect()
}

/// The findings `jixiao evaluate --format json` reports: (code, stated, expected, line).
fn evaluated_findings(form: &str) -> Vec<(String, String, String, u64)> {
    let file = format!("tests/data/forms/{form}/form.txt");
    let (_, out, _) = run(jixiao().args(["evaluate", &file, "--format", "json"]));
    let v = common::json_result(&out);
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            let line = f["location"]["line"].as_u64().unwrap_or(0);
            (s("code"), s("stated"), s("expected"), line)
        })
        .collect()
}

fn has<T: PartialEq + std::fmt::Debug>(all: &[T], one: T) {
    assert!(all.contains(&one), "{one:?} not in {all:#?}");
}

#[test]
fn yinchuan_declared_98_is_unreachable() {
    // Σ visible scores 84, the cut 满意度 group at most 10 more: at most 94.
    let fs = own_findings("yinchuan-6zhong-2021-gongyong");
    has(
        &fs,
        (
            "total_vs_rows".into(),
            "98".into(),
            "≤ 94".into(),
            "3:20".into(),
        ),
    );
    // Every label weight equals the sum of its 参考分值 (EXPECTED 5).
    assert!(fs.iter().all(|f| f.0 != "group_weight"), "{fs:#?}");
}

#[test]
fn chengan_applies_the_weight_twice() {
    let fs = own_findings("chengan-mzj-2020-gaoling");
    let twice: Vec<(&str, &str)> = fs
        .iter()
        .filter(|f| f.0 == "weight_twice")
        .map(|f| (f.1.as_str(), f.2.as_str()))
        .collect();
    assert_eq!(
        twice,
        [
            ("6.25", "≤ 25.00"),
            ("6.25", "≤ 25.00"),
            ("9.00", "≤ 30.00"),
            ("1.00", "≤ 10.00")
        ]
    );
}

#[test]
fn xiaoxian_budget_score_is_repeated_on_its_qizhong_row() {
    let fs = evaluated_findings("xiaoxian-zzz-2023-zhongyang");
    has(
        &fs,
        (
            "funds_part_score".into(),
            "10".into(),
            "—（其中行不计分）".into(),
            7,
        ),
    );
    assert!(fs.iter().all(|f| f.0 != "group_weight"), "{fs:#?}");
}

#[test]
fn linxiang_budget_score_is_repeated_on_its_qizhong_row() {
    let fs = evaluated_findings("linxiang-lcj-2023-shourongsuo");
    has(
        &fs,
        (
            "funds_part_score".into(),
            "9".into(),
            "—（其中行不计分）".into(),
            7,
        ),
    );
    has(&fs, ("item".into(), "9".into(), "9.78".into(), 6));
    has(&fs, ("rate".into(), "97.80%".into(), "97.81%".into(), 6));
}

#[test]
fn tianchang_scores_without_evidence_are_noted() {
    let fs = evaluated_findings("tianchang-slj-2022-shuihan");
    let lines: Vec<u64> = fs
        .iter()
        .filter(|f| f.0 == "unsupported_score")
        .map(|f| f.3)
        .collect();
    assert_eq!(lines, [16, 19, 22, 25, 28, 34]);
}

#[test]
fn a_group_label_weight_must_match_its_rows() {
    let src = common::root().join("tests/data/forms/xiaoxian-zzz-2023-zhongyang/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    assert!(text.contains("(50分)"));
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    std::fs::write(&form, text.replacen("(50分)", "(55分)", 1)).unwrap();
    let p = jixiao::import::import(&form).unwrap().project;
    let fs = jixiao::form_audit::audit(&p, None);
    let f = fs.iter().find(|f| f.code == "group_weight").expect("found");
    assert_eq!((f.stated.as_str(), f.expected.as_str()), ("55", "50"));
    assert!(f.span.as_ref().unwrap().text().contains("55"));
}

#[test]
fn a_qizhong_row_that_disagrees_with_its_total_row() {
    let src = common::root().join("tests/data/forms/linxiang-lcj-2023-shourongsuo/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    let line = text.lines().nth(6).unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    let edited = line.replacen("\t9\t", "\t8\t", 1);
    assert_ne!(edited, line, "{line}");
    std::fs::write(&form, text.replacen(&line, &edited, 1)).unwrap();
    let p = jixiao::import::import(&form).unwrap().project;
    let fs = jixiao::form_audit::audit(&p, None);
    let f = fs
        .iter()
        .find(|f| f.code == "funds_part_score")
        .expect("found");
    assert_eq!(
        (f.severity, f.stated.as_str(), f.expected.as_str()),
        (jixiao::form_audit::Severity::Warning, "8", "9")
    );
}

#[test]
fn zhongjiang_actuals_written_as_targets() {
    let fs = evaluated_findings("zhongjiang-slj-2022-shuibiaochi");
    let stated: Vec<&str> = fs
        .iter()
        .filter(|f| f.0 == "actual_as_target")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(
        stated,
        ["≥266米", "≥50厘米", "≥90%", "≥90%", "≥1000人", "≥95%"]
    );
    // 总分 100 against Σ 110, and the 一级 weights against the pack's 50 / 30 (EXPECTED 1, 2).
    has(&fs, ("total".into(), "100".into(), "110.00".into(), 22));
    has(&fs, ("pack_weight".into(), "70".into(), "50".into(), 11));
    has(&fs, ("pack_weight".into(), "20".into(), "30".into(), 18));
}

// ── partial results, each slip once ─────────────────────────────────────────

/// Every finding `jixiao evaluate --format json` reports on `file`, as JSON objects.
fn findings_json(file: &str) -> Vec<serde_json::Value> {
    let (_, out, _) = run(jixiao().args(["evaluate", file, "--format", "json"]));
    let v = common::json_result(&out);
    v["findings"].as_array().unwrap().clone()
}

fn field<'a>(f: &'a serde_json::Value, k: &str) -> &'a str {
    f[k].as_str().unwrap_or_default()
}

/// No two findings about the same written value: (line, column, stated) each once.
fn each_once(file: &str, fs: &[serde_json::Value]) {
    let mut seen = Vec::new();
    for f in fs.iter().filter(|f| f["location"].is_object()) {
        let key = (
            f["location"]["line"].as_u64(),
            f["location"]["column"].as_u64(),
            field(f, "stated").to_string(),
        );
        assert!(!seen.contains(&key), "{file}: {key:?} twice in {fs:#?}");
        seen.push(key);
    }
}

#[test]
fn partial_results_are_not_compared_as_totals() {
    for form in [
        "daying-sfj-2023-anke",
        "lingling-cdc-2021-zhengti",
        "yinchuan-6zhong-2021-gongyong",
        "linxiang-lcj-2023-shourongsuo",
        "xiaoxian-zzz-2023-zhongyang",
        "longyang-tfz-2022-huafei",
        "huangshi-lib-2022-gongxiang",
    ] {
        let file = format!("tests/data/forms/{form}/form.txt");
        let fs = findings_json(&file);
        for f in &fs {
            let code = field(f, "code");
            assert!(
                !["weights_total", "grade"].contains(&code),
                "{form}: {f:#?}"
            );
            // The computed sum of a partial evaluation is not a total: only a bound.
            if code == "total" || code == "total_vs_rows" {
                assert!(field(f, "expected").starts_with('≤'), "{form}: {f:#?}");
            }
            // A group the cut falls in is not checked against the pack's weight.
            assert!(
                !(code == "pack_weight" && field(f, "subject") == "年度绩效目标"),
                "{form}: {f:#?}"
            );
        }
        each_once(&file, &fs);
    }
    // yinchuan: 98 against at most 84 + 10 on the form (EXPECTED); nothing against 10.00.
    let fs = evaluated_findings("yinchuan-6zhong-2021-gongyong");
    has(&fs, ("total_vs_rows".into(), "98".into(), "≤ 94".into(), 3));
    assert_eq!(fs.iter().filter(|f| f.3 == 3).count(), 1, "{fs:#?}");
}

#[test]
fn a_partial_total_beyond_every_unscored_point_is_reported_once() {
    // yinchuan with 101 written for its 98: above the visible 10.00 + 90 unscored, and above
    // the form's own 84 + 10 — one finding, the tighter bound.
    let src = common::root().join("tests/data/forms/yinchuan-6zhong-2021-gongyong/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    let line = text.lines().nth(2).unwrap().to_string();
    let edited = line.replacen("\t98\t", "\t101\t", 1);
    assert_ne!(edited, line);
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    std::fs::write(&form, text.replacen(&line, &edited, 1)).unwrap();
    let fs = findings_json(form.to_str().unwrap());
    let at3: Vec<&serde_json::Value> = fs
        .iter()
        .filter(|f| f["location"]["line"].as_u64() == Some(3))
        .collect();
    assert_eq!(at3.len(), 1, "{fs:#?}");
    assert_eq!(field(at3[0], "stated"), "101");
    assert_eq!(field(at3[0], "expected"), "≤ 94");
    // The ledger's own bound is kept in the message.
    assert!(field(at3[0], "message").contains("至多 100"), "{fs:#?}");
}

#[test]
fn a_group_label_the_cut_runs_into_is_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("h.yaml");
    let (code, _, err) = import(
        "hubei-60sui-bingzhu-53pingfen",
        &["--year", "2021", "-o", yaml.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let fs = findings_json(yaml.to_str().unwrap());
    for f in &fs {
        assert!(
            !["group_weight", "weights_total", "total"].contains(&field(f, "code")),
            "{f:#?}"
        );
    }
}

#[test]
fn zhongjiang_total_slip_once_and_weights_apart() {
    let fs = findings_json("tests/data/forms/zhongjiang-slj-2022-shuibiaochi/form.txt");
    let at22: Vec<(&str, &str, &str, &str)> = fs
        .iter()
        .filter(|f| f["location"]["line"].as_u64() == Some(22))
        .map(|f| {
            (
                field(f, "code"),
                field(f, "subject"),
                field(f, "stated"),
                field(f, "expected"),
            )
        })
        .collect();
    assert_eq!(
        at22,
        [
            ("total", "综合得分", "100", "110.00"),
            ("weights_total", "综合得分的分值", "100", "110"),
        ]
    );
    each_once("zhongjiang", &fs);
}

#[test]
fn chengan_one_finding_per_row_that_says_the_weight_was_applied_twice() {
    let fs = findings_json("tests/data/forms/chengan-mzj-2020-gaoling/form.txt");
    for (line, stated) in [(12, "6.25"), (13, "6.25"), (14, "9.00"), (15, "1.00")] {
        let row: Vec<&serde_json::Value> = fs
            .iter()
            .filter(|f| f["location"]["line"].as_u64() == Some(line))
            .collect();
        assert_eq!(row.len(), 1, "line {line}: {fs:#?}");
        assert_eq!(field(row[0], "stated"), stated);
        assert!(
            field(row[0], "message").contains("又乘了一次权重占比"),
            "{fs:#?}"
        );
    }
    // 预算执行率's score would stand on the row the form breaks off at: not an omission.
    assert!(
        fs.iter().all(|f| field(f, "subject") != "预算执行率"),
        "{fs:#?}"
    );
}

#[test]
fn yongde_qizhong_rate_left_blank_is_noted() {
    let fs = findings_json("tests/data/forms/yongde-minglang-2022-yingyang/form.txt");
    let blank: Vec<(&str, &str, Option<u64>)> = fs
        .iter()
        .filter(|f| field(f, "code") == "funds_part_rate")
        .map(|f| {
            (
                field(f, "severity"),
                field(f, "subject"),
                f["location"]["line"].as_u64(),
            )
        })
        .collect();
    assert_eq!(blank, [("info", "当年财政拨款", Some(7))]);
    // Rows left blank across (langfang, zhongjiang) or without the column (chengan) are not.
    for form in [
        "langfang-spgc-2019-nuantong",
        "zhongjiang-slj-2022-shuibiaochi",
        "chengan-mzj-2020-gaoling",
        "tianchang-slj-2022-shuihan",
    ] {
        let fs = evaluated_findings(form);
        assert!(
            fs.iter().all(|f| f.0 != "funds_part_rate"),
            "{form}: {fs:#?}"
        );
    }
}

#[test]
fn langfang_rate_rounded_to_its_places_is_no_slip() {
    // 86% for 37.24 ÷ 43.2 = 86.20%: the form's own precision; linxiang's 97.80% is not.
    let fs = evaluated_findings("langfang-spgc-2019-nuantong");
    assert!(fs.iter().all(|f| f.0 != "rate"), "{fs:#?}");
    has(&fs, ("item".into(), "9".into(), "8.62".into(), 7));
}

#[test]
fn the_seed_scores_99_25_with_each_finding_once() {
    for file in [
        "examples/jinzhong-2020-pension-subsidy.yaml",
        "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt",
    ] {
        let (_, out, err) = run(jixiao().args(["evaluate", file]));
        assert!(out.contains("综合得分 99.25 / 100"), "{file}: {out}\n{err}");
        let fs = findings_json(file);
        each_once(file, &fs);
        let gap = fs
            .iter()
            .filter(|f| field(f, "subject").ends_with("实际完成率"))
            .count();
        assert_eq!(gap, 1, "{file}: {fs:#?}");
    }
}

#[test]
fn chongqing_budget_execution_scored_twice() {
    // EXPECTED slip 3: 预算完成率 70% / 76% scored 2 of 2 while the funds row's 执行率 76% scores
    // 7.6 of 10 — the same execution, two rules.
    let file = "tests/data/forms/chongqing-kxc-rmt-2021-zhengti/form.txt";
    let (code, out, err) = run(jixiao().args([
        "evaluate",
        file,
        "--year",
        "2021",
        "--policy",
        "chongqing-zhengti-2021",
        "--format",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = common::json_result(&out);
    let twice: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "execution_twice")
        .collect();
    assert_eq!(twice.len(), 1, "{twice:#?}");
    let f = twice[0];
    assert_eq!(f["subject"], "预算完成率");
    assert_eq!(f["location"]["line"], 12);
    assert!(f["message"].as_str().unwrap().contains("76%"), "{f:#?}");
    // No other real form restates its execution rate as a fully scored indicator.
    let (_, all, _) = run(jixiao().args(["evaluate", "tests/data/forms/", "--format", "json"]));
    assert!(!all.contains("execution_twice"), "{all}");
}
