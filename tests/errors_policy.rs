//! Every error a pack author can make gets a rendered diagnostic and exit code 2. Each test
//! copies the real jinzhong-2020 policy.yaml into a temporary `policies/pack` with one edit
//! (outside the repository, so the embedded rules library is used) and snapshots stderr.
//!
//! Tests marked `#[ignore = "bug: …"]` assert the behaviour the standard asks for and fail today.

mod errors_common;

use errors_common::*;

const POLICY_YAML: &str = "policies/pack/policy.yaml";
const EXTRA_RHAI: &str = "policies/pack/extra.rhai";

/// `check policies/pack` on the real pack with `changes`; must fail.
fn check(changes: &[(&str, &str)]) -> String {
    let c = Case::new();
    c.pack(changes);
    c.fails(&["check", PACK]).stderr
}

/// 1-based line of the start of `marker` (which must occur once) in `text`.
fn line_at(text: &str, marker: &str) -> usize {
    assert_eq!(text.matches(marker).count(), 1, "marker {marker:?}");
    text[..text.find(marker).unwrap()].matches('\n').count() + 1
}

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

/// A case with the example project and the pack using `extra.rhai` = `script`.
fn with_script(script: &str) -> Case {
    let c = Case::new();
    c.project(&[]);
    c.pack(WITH_EXTRA);
    c.file(EXTRA_RHAI, script);
    c
}

/// `evaluate` the example under the pack whose 到位及时率 rule is `script`; must fail cleanly.
fn evaluate_with(script: &str) -> String {
    with_script(script).fails_cleanly(&["evaluate", "project.yaml", "--policy", PACK])
}

// ── weights, total, grades ───────────────────────────────────────────────────

#[test]
fn changed_weight_children_no_longer_add_up() {
    let (from, to) = (
        "name: 绩效目标合理性\n            weight: 4",
        "name: 绩效目标合理性\n            weight: 5",
    );
    let err = check(&[(from, to)]);
    assert!(
        err.contains("「投入」的下级分值之和为 21，与其分值 20 不符"),
        "{err}"
    );
    // The changed weight carries a label.
    let line = line_at(&edit(&policy(), from, to), to) + 1;
    assert!(
        labelled(&err, POLICY_YAML, line),
        "line {line} unlabelled:\n{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn total_mismatch() {
    let err = check(&[("total: 100", "total: 110")]);
    assert!(
        err.contains("一级指标分值之和为 100，与总分 110 不符"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn bands_out_of_order() {
    let err = check(&[("{ grade: 良, min: 80 }", "{ grade: 良, min: 95 }")]);
    assert!(err.contains("「良」的下限不低于「优」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn bands_out_of_order_header_points_at_the_offending_band() {
    let to = "{ grade: 良, min: 95 }";
    let err = check(&[("{ grade: 良, min: 80 }", to)]);
    let line = line_at(&edit(&policy(), "{ grade: 良, min: 80 }", to), to);
    // `  - { grade: 良, min: 95 }`: 95 is the 22nd character.
    assert_eq!(
        headers(&err).first(),
        Some(&format!("{POLICY_YAML}:{line}:22")),
        "{err}"
    );
}

#[test]
fn lowest_band_not_zero() {
    let err = check(&[("{ grade: 差, min: 0 }", "{ grade: 差, min: 10 }")]);
    assert!(err.contains("最低一档「差」的下限须为 0"), "{err}");
    insta::assert_snapshot!(err);
}

// ── items, rules, inputs ─────────────────────────────────────────────────────

#[test]
fn unknown_rule_function() {
    let err = check(&[(
        "rule: capped_ratio\n            inputs: { numerator: funds.allocated",
        "rule: capped_ration\n            inputs: { numerator: funds.allocated",
    )]);
    assert!(
        err.contains("规则函数 capped_ration(item, input) 不存在"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_input_field() {
    let err = check(&[("numerator: funds.allocated", "numerator: funds.alocated")]);
    assert!(err.contains("没有字段「funds.alocated」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_key_in_policy_yaml() {
    let err = check(&[("region: 晋中市\n", "region: 晋中市\nregoin: 晋中市\n")]);
    assert!(err.contains("未知字段「regoin」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn bad_rounding_mode() {
    let err = check(&[("mode: 四舍五入", "mode: 五舍六入")]);
    assert!(err.contains("无法识别的取舍方式「五舍六入」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn duplicate_item_id() {
    let err = check(&[(
        "          - id: goal_reasonableness",
        "          - id: project_approval",
    )]);
    assert!(err.contains("评分项 id「project_approval」重复"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn group_with_a_rule() {
    let err = check(&[(
        "      - name: 资金落实\n",
        "      - name: 资金落实\n        rule: judgement\n",
    )]);
    assert!(
        err.contains("「资金落实」有下级指标，不能再指定 rule"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn bad_each_selector() {
    let err = check(&[(
        "name: 到位及时率\n            weight: 3\n            rule: judgement",
        "name: 到位及时率\n            weight: 3\n            each: indicator.产出指标\n            rule: judgement",
    )]);
    assert!(
        err.contains("无法识别的 each「indicator.产出指标」"),
        "{err}"
    );
    assert!(err.contains("jixiao::policy::each"), "{err}");
    assert!(err.contains("each: indicator.产出指标"), "{err}");
}

#[test]
fn item_without_weight() {
    let err = check(&[(
        "            weight: 3\n            rule: capped_ratio\n            inputs: { numerator: funds.allocated",
        "            rule: capped_ratio\n            inputs: { numerator: funds.allocated",
    )]);
    assert!(
        err.contains("「投入/资金落实/资金到位率」没有分值（weight）"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

// ── pack scripts ─────────────────────────────────────────────────────────────

#[test]
fn script_syntax_error() {
    let c = with_script("// 附加规则\nfn extra_rule(item, input) {\n    let x = ;\n}\n");
    let err = c.fails(&["check", PACK]).stderr;
    assert!(err.contains("规则脚本语法错误"), "{err}");
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:13]")), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_file_missing() {
    let c = Case::new();
    c.pack(WITH_EXTRA);
    let err = c.fails(&["check", PACK]).stderr;
    assert!(err.contains("无法读取文件 extra.rhai"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_path_escaping_the_pack() {
    let c = Case::new();
    c.pack(&[(
        "rounding: { places: 2, mode: 四舍五入 }\n",
        "rounding: { places: 2, mode: 四舍五入 }\nscripts: [../x.rhai]\n",
    )]);
    // The file exists: it is refused for where it is, not for being missing.
    c.file("policies/x.rhai", "fn extra_rule(item, input) {}\n");
    let err = c.fails(&["check", PACK]).stderr;
    assert!(err.contains("路径必须位于政策包目录之内"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_redefines_a_library_rule() {
    let c = with_script("fn judgement(item, input) {\n}\n\nfn extra_rule(item, input) {\n}\n");
    let err = c.fails(&["check", PACK]).stderr;
    assert!(err.contains("函数 judgement（2 个参数）重复定义"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_using_eval() {
    let c =
        with_script("// 附加规则\nfn extra_rule(item, input) {\n    let x = eval(\"1 + 1\");\n}\n");
    let err = c.fails(&["check", PACK]).stderr;
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:13]")), "{err}");
    assert!(!err.contains("is disabled"), "untranslated:\n{err}");
    assert!(err.contains("「eval」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_infinite_loop() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let n = 0;\n    loop {\n        n += 1;\n    }\n}\n",
    );
    assert!(
        err.contains("评分项「投入/资金落实/到位及时率」：规则运行超出操作次数上限"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn script_infinite_loop_points_into_the_script() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let n = 0;\n    loop {\n        n += 1;\n    }\n}\n",
    );
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:")), "{err}");
}

#[test]
fn script_deep_recursion() {
    let err = evaluate_with(
        "// 附加规则\nfn down(n) {\n    down(n + 1)\n}\n\nfn extra_rule(item, input) {\n    down(0);\n}\n",
    );
    assert!(
        err.contains("评分项「投入/资金落实/到位及时率」：规则调用层数过深"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn script_deep_recursion_points_into_the_script() {
    let err = evaluate_with(
        "// 附加规则\nfn down(n) {\n    down(n + 1)\n}\n\nfn extra_rule(item, input) {\n    down(0);\n}\n",
    );
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:")), "{err}");
}

#[test]
fn script_calling_round() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let r = round(input.judged / 7, 2);\n    deduct(item.weight - r, \"取舍\");\n}\n",
    );
    assert!(err.contains("规则中不得自行取舍"), "{err}");
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:13]")), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_calling_round_down() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let r = (input.judged / 7).round_down(2);\n    deduct(item.weight - r, \"取舍\");\n}\n",
    );
    assert!(err.contains("规则中不得自行取舍"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_division_by_zero() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let r = input.judged / 0;\n}\n",
    );
    assert!(
        err.contains("评分项「投入/资金落实/到位及时率」：除数为零"),
        "{err}"
    );
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:")), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn script_reading_a_missing_property() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let r = input.judgment;\n}\n",
    );
    assert!(
        err.contains("数据中没有属性「judgment」（缺失的值不会被当作 0）"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn script_reading_an_undefined_parameter() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    let r = param(\"上限\");\n}\n",
    );
    assert!(err.contains("政策包未定义参数「上限」"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn rule_deducting_more_than_the_weight() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    deduct(item.weight + 1, \"多扣一分\");\n}\n",
    );
    assert!(
        err.contains("扣分合计超过了分值（扣分 4，分值 3）"),
        "{err}"
    );
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:5]")), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn rule_calling_fail() {
    let err = evaluate_with(
        "// 附加规则\nfn extra_rule(item, input) {\n    fail(\"到位及时率须另行核定\");\n}\n",
    );
    assert!(
        err.contains("评分项「投入/资金落实/到位及时率」：到位及时率须另行核定"),
        "{err}"
    );
    assert!(err.contains(&format!("╭─[{EXTRA_RHAI}:3:5]")), "{err}");
    insta::assert_snapshot!(err);
}

// ── command line ─────────────────────────────────────────────────────────────

#[test]
fn check_naming_nothing() {
    let c = Case::new();
    let err = c.fails(&["check", "policies/none"]).stderr;
    assert!(err.contains("找不到政策包「policies/none」"), "{err}");
    insta::assert_snapshot!(err);
}
