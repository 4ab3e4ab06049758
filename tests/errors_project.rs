//! Every error a user can make in a project file (and on the command line) gets a rendered
//! diagnostic and exit code 2, never a panic and never a silent 0. Each test runs the real
//! binary on the real example with one edit and snapshots what the user sees on stderr.
//!
//! Tests marked `#[ignore = "bug: …"]` assert the behaviour the standard asks for and fail today.

mod errors_common;

use errors_common::*;

/// `evaluate project.yaml` on the example with `changes`; must fail cleanly.
fn evaluate(changes: &[(&str, &str)]) -> String {
    let c = Case::new();
    c.project(changes);
    c.fails_cleanly(&["evaluate", "project.yaml"])
}

// ── YAML shape ───────────────────────────────────────────────────────────────

#[test]
fn malformed_yaml() {
    // `allocated` indented one space too few: not valid YAML any more.
    let err = evaluate(&[("\n  allocated: 2364.01", "\n allocated: 2364.01")]);
    assert!(err.contains("project.yaml:20:2"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn empty_project_file() {
    let c = Case::new();
    c.file("project.yaml", "");
    let err = c.fails_cleanly(&["evaluate", "project.yaml"]);
    assert!(
        !err.contains("unexpected end of input"),
        "untranslated:\n{err}"
    );
    assert!(err.contains("空"), "should say the file is empty:\n{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_key() {
    let err = evaluate(&[("  region: 晋中市\n", "  region: 晋中市\n  regoin: 晋中市\n")]);
    assert!(err.contains("未知字段「regoin」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn wrong_type_year_not_an_integer() {
    let err = evaluate(&[("  year: 2020\n", "  year: 二〇二〇\n")]);
    assert!(
        !err.contains("invalid i64"),
        "untranslated serde message:\n{err}"
    );
    assert!(err.contains("二〇二〇"), "should quote the value:\n{err}");
    assert!(
        err.contains("year") || err.contains("年度"),
        "should name the field:\n{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn wrong_type_map_where_text_expected() {
    let err = evaluate(&[(
        "  implementer: 晋中市养老保险中心",
        "  implementer: { 名称: 晋中市养老保险中心 }",
    )]);
    assert!(err.contains("类型不符"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn wrong_type_map_where_money_expected() {
    let err = evaluate(&[("  allocated: 2364.01", "  allocated: { 市级: 2364.01 }")]);
    assert!(
        !err.contains("expected string scalar"),
        "misleading:\n{err}"
    );
    assert!(
        err.contains("数字") || err.contains("数值"),
        "should ask for a number:\n{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn missing_required_field_header_name() {
    let err = evaluate(&[("  name: 城乡居民养老金缴费补助（入口补）\n", "")]);
    assert!(err.contains("缺少必填字段「name」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unsupported_format_version() {
    let err = evaluate(&[("format: 1\n", "format: 2\n")]);
    insta::assert_snapshot!(err);
}

#[test]
fn empty_declared_score() {
    let err = evaluate(&[(
        "path: 投入/项目目标/项目立项规范性, weight: 3, score: 3.00",
        "path: 投入/项目目标/项目立项规范性, weight: 3, score: ",
    )]);
    assert!(
        !err.contains("Option<String>"),
        "developer advice leaked:\n{err}"
    );
    assert!(!err.contains("cannot deserialize"), "untranslated:\n{err}");
    assert!(
        err.contains("score") || err.contains("得分"),
        "should name the field:\n{err}"
    );
    insta::assert_snapshot!(err);
}

// ── values ───────────────────────────────────────────────────────────────────

#[test]
fn negative_money_in_funds() {
    let err = evaluate(&[("    市级预算资金: 2536.08", "    市级预算资金: -2536.08")]);
    assert!(
        err.contains("预算资金·市级预算资金不能为负数（-2536.08）"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn progress_not_a_percentage() {
    let err = evaluate(&[("    progress: 93.13%", "    progress: 九成")]);
    assert!(err.contains("「九成」不是有效数值"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_indicator_direction() {
    let err = evaluate(&[(
        "    direction: \">=\"\n    target: 入口补每年116.11万人",
        "    direction: \"≈\"\n    target: 入口补每年116.11万人",
    )]);
    assert!(err.contains("无法识别的指标方向「≈」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn quantitative_target_without_a_number() {
    let err = evaluate(&[("target: 入口补每年116.11万人", "target: 入口补每年若干万人")]);
    assert!(err.contains("找不到数值"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn quantitative_target_with_two_numbers() {
    let err = evaluate(&[(
        "target: 入口补每年116.11万人",
        "target: 2020年入口补116.11万人",
    )]);
    assert!(err.contains("有 2 个数值"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_tier() {
    let err = evaluate(&[(
        "    actual: 严格按照标准发放到位\n",
        "    actual: 严格按照标准发放到位\n    tier: 基本达成\n",
    )]);
    assert!(err.contains("无法识别的评价档次「基本达成」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn duplicate_scorecard_item() {
    let err = evaluate(&[(
        "path: 投入/项目目标/绩效目标合理性",
        "path: 投入/项目目标/项目立项规范性",
    )]);
    assert!(err.contains("重复出现"), "{err}");
    assert!(err.contains("首次出现"), "{err}");
    insta::assert_snapshot!(err);
}

// ── missing data is never scored as 0 ────────────────────────────────────────

#[test]
fn judgement_item_without_judgement_or_declared_score() {
    let err = evaluate(&[(
        "    - { path: 过程/业务管理/制度执行有效性, weight: 3, score: 3.00 }\n",
        "",
    )]);
    assert!(
        err.contains("评分项「过程/业务管理/制度执行有效性」"),
        "{err}"
    );
    assert!(err.contains("既没有判定也没有自评得分"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn judgement_above_weight() {
    let err = evaluate(&[(
        "judgements: []",
        "judgements:\n  - { item: 过程/业务管理/制度执行有效性, score: 3.5, reason: 制度执行到位 }",
    )]);
    assert!(err.contains("判定得分 3.5 不在 [0, 3] 之内"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn judgement_below_zero() {
    let err = evaluate(&[(
        "judgements: []",
        "judgements:\n  - { item: 过程/业务管理/制度执行有效性, score: -1 }",
    )]);
    assert!(err.contains("评价人判定得分不能为负数（-1）"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn judgement_for_unknown_item() {
    let err = evaluate(&[(
        "judgements: []",
        "judgements:\n  - { item: 过程/业务管理/制度执行有效率, score: 1, reason: 制度执行不到位 }",
    )]);
    assert!(err.contains("过程/业务管理/制度执行有效率"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn missing_funds_allocated() {
    let err = evaluate(&[("  allocated: 2364.01      # 预算下达资金\n", "")]);
    // Both rules that read it fail, each naming its item; neither scores it as 0.
    assert!(err.contains("评分项「投入/资金落实/资金到位率」"), "{err}");
    assert!(err.contains("评分项「投入/资金落实/预算执行率」"), "{err}");
    assert!(err.contains("缺失的值不会按 0 计"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn missing_indicator_category() {
    let err = evaluate(&[(
        "  - level1: 产出指标\n    level2: 数量指标\n    label: 指标1\n    name: 补助城乡居民养老保险\n    direction: \">=\"\n    target: 入口补每年116.11万人\n    actual: 入口补每年108.13万人\n    progress: 93.13%\n",
        "",
    )]);
    assert!(
        err.contains("评分项「产出/项目产出/实际完成率」：项目中没有「数量指标」"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn zero_target_for_quantity_indicator() {
    let err = evaluate(&[("target: 入口补每年116.11万人", "target: 入口补每年0万人")]);
    assert!(err.contains("评分项「产出/项目产出/实际完成率」"), "{err}");
    assert!(err.contains("目标值为 0"), "{err}");
    // The rule line that refused to divide, and the project value it read.
    assert!(err.contains("╭─[内置:rules/indicators.rhai:"), "{err}");
    assert!(err.contains("╭─[project.yaml:41:"), "{err}");
    assert!(err.contains("目标值 = 0"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn nonexistent_project_path() {
    let c = Case::new();
    let err = c.fails_cleanly(&["evaluate", "missing.yaml"]);
    assert!(err.contains("无法读取文件 missing.yaml"), "{err}");
    insta::assert_snapshot!(err);
}

// ── locations ────────────────────────────────────────────────────────────────

/// `file:line:col` with the column counted in characters, as `Span::location` counts it.
fn char_location(file: &str, text: &str, needle: &str) -> String {
    let (i, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .expect("needle in fixture");
    let col = line[..line.find(needle).unwrap()].chars().count() + 1;
    format!("{file}:{}:{col}", i + 1)
}

#[test]
fn rendered_column_counts_characters() {
    let c = Case::new();
    c.project(&[("    市级预算资金: 2536.08", "    市级预算资金: -2536.08")]);
    let err = c.fails_cleanly(&["evaluate", "project.yaml"]);
    let text = edit(
        &example(),
        "    市级预算资金: 2536.08",
        "    市级预算资金: -2536.08",
    );
    let want = char_location("project.yaml", &text, "-2536.08");
    assert_eq!(headers(&err).first(), Some(&want), "{err}");
}

#[test]
fn duplicate_header_points_at_the_duplicate() {
    let c = Case::new();
    let to = "path: 投入/项目目标/项目立项规范性, weight: 4";
    c.project(&[("path: 投入/项目目标/绩效目标合理性, weight: 4", to)]);
    let err = c.fails_cleanly(&["evaluate", "project.yaml"]);
    let text = edit(
        &example(),
        "path: 投入/项目目标/绩效目标合理性, weight: 4",
        to,
    );
    let want = char_location(
        "project.yaml",
        &text,
        "投入/项目目标/项目立项规范性, weight: 4",
    );
    assert_eq!(headers(&err).first(), Some(&want), "{err}");
}

// ── nothing lost, nothing half-written ───────────────────────────────────────

#[test]
fn one_bad_project_among_good_ones() {
    let c = Case::new();
    c.file("good.yaml", &example());
    c.file(
        "bad.yaml",
        &edit(
            &example(),
            "    市级预算资金: 2536.08",
            "    市级预算资金: -2536.08",
        ),
    );
    let run = c.fails(&["evaluate", "good.yaml", "bad.yaml"]);
    // The good project is still scored in full; the bad one is reported, not dropped.
    assert!(run.stdout.contains("good.yaml"), "{}", run.stdout);
    assert!(
        run.stdout.contains("综合得分 99.25 / 100"),
        "{}",
        run.stdout
    );
    // No result for the bad one; the batch summary names it as not scored.
    let (results, summary) = run.stdout.split_once("汇总：").unwrap();
    assert!(!results.contains("bad.yaml"), "{}", run.stdout);
    assert!(
        summary.contains("bad.yaml") && summary.contains("无法评分 project::negative_money"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn json_failure_is_a_located_failure_result_not_a_score() {
    let c = Case::new();
    c.project(&[("    市级预算资金: 2536.08", "    市级预算资金: -2536.08")]);
    let run = c.fails(&["evaluate", "project.yaml", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(v["schema"], "jixiao/1");
    let results = v["results"].as_array().expect("results");
    assert_eq!(results.len(), 1, "{}", run.stdout);
    let failure = &results[0];
    assert_eq!(failure["kind"], "failure");
    assert!(
        failure.get("total").is_none(),
        "no score for a failed project"
    );
    let d = &failure["diagnostics"][0];
    assert_eq!(d["code"], "jixiao::project::negative_money");
    assert_eq!(d["location"]["line"], 18);
    assert_eq!(d["location"]["column"], 13);
}

// ── command line ─────────────────────────────────────────────────────────────

#[test]
fn policy_naming_nothing() {
    let c = Case::new();
    c.project(&[]);
    let err = c.fails_cleanly(&["evaluate", "project.yaml", "--policy", "jinzhong-2030"]);
    assert!(err.contains("找不到政策包「jinzhong-2030」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn explain_item_naming_nothing() {
    let c = Case::new();
    c.project(&[]);
    let err = c.fails_cleanly(&["explain", "project.yaml", "--item", "资金到帐率"]);
    assert!(err.contains("没有评分项「资金到帐率」"), "{err}");
    assert!(
        err.contains("投入/资金落实/资金到位率"),
        "lists the items: {err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn explain_bad_project() {
    let c = Case::new();
    c.project(&[("  allocated: 2364.01      # 预算下达资金\n", "")]);
    let err = c.fails_cleanly(&["explain", "project.yaml", "--item", "资金到位率"]);
    assert!(err.contains("funds.allocated"), "{err}");
    insta::assert_snapshot!(err);
}

// ── found in review ──────────────────────────────────────────────────────────

#[test]
fn an_amount_beyond_range_is_a_diagnostic_not_a_panic() {
    let err = evaluate(&[(
        "    其他: 0.00\n  allocated",
        "    其他: 79228162514264337593543950335\n  allocated",
    )]);
    assert!(err.contains("绝对值不超过 10^15"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_negative_target_is_refused_not_scored_backwards() {
    let err = evaluate(&[("target: 入口补每年116.11万人", "target: 入口补每年-5万人")]);
    assert!(err.contains("目标值 -5 为负数"), "{err}");
}

#[test]
fn two_judgements_for_one_item_are_an_error() {
    let err = evaluate(&[(
        "judgements: []",
        "judgements:\n  - { item: 投入/项目目标/项目立项规范性, score: 2.5 }\n  - { item: 投入/项目目标/项目立项规范性, score: 1 }",
    )]);
    assert!(err.contains("出现了两次"), "{err}");
}

#[test]
fn a_duplicate_yaml_key_is_named_in_chinese() {
    let err = evaluate(&[(
        "  allocated: 2364.01",
        "  allocated: 2364.01\n  allocated: 2364.02",
    )]);
    assert!(
        err.contains("键「allocated」在同一映射中出现了两次"),
        "{err}"
    );
}
