//! `explain`, `check` and `policies` on real files; explanations are snapshotted.

mod common;

use common::*;

#[test]
fn explain_funds_arrival_shows_rule_and_project_snippets() {
    let (code, out, _) = run(jixiao().args(["explain", EXAMPLE, "--item", "资金到位率"]));
    assert_eq!(code, 0);
    assert!(out.contains("╭─[rules/ratio.rhai:"), "rule snippet");
    assert!(
        out.contains("╭─[policies/jinzhong-2020/policy.yaml:"),
        "policy snippet"
    );
    assert!(out.contains(&format!("╭─[{EXAMPLE}:")), "project snippet");
    assert!(out.contains("预算下达资金 = 2364.01"));
    assert!(out.contains("预算资金·市级预算资金 = 2536.08"));
    assert!(out.contains("四舍五入保留 2 位 → 0.20"));
    insta::assert_snapshot!(out);
}

#[test]
fn explain_all_deductions() {
    let (code, out, _) = run(jixiao().args(["explain", EXAMPLE, "--policy", "jinzhong-2020"]));
    assert_eq!(code, 0);
    assert_eq!(
        out.matches("jixiao::explain").count(),
        2,
        "one report per deduction"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn explain_full_marks_item_by_path_says_it_is_self_judged() {
    let (code, out, _) =
        run(jixiao().args(["explain", EXAMPLE, "--item", "过程/财务管理/管理制度健全性"]));
    assert_eq!(code, 0);
    assert!(out.contains("得满分 3.00"));
    assert!(out.contains("以评分表中的自评得分作为判定"));
    insta::assert_snapshot!(out);
}

#[test]
fn explain_ambiguous_name_explains_both_items() {
    let (code, out, _) = run(jixiao().args(["explain", EXAMPLE, "--item", "管理制度健全性"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("过程/业务管理/管理制度健全性")
            && out.contains("过程/财务管理/管理制度健全性")
    );
}

#[test]
fn check_passes_on_the_bundled_pack() {
    let (code, out, err) = run(jixiao().args(["check", "policies/jinzhong-2020"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("✓ 政策包 jinzhong-2020"), "{out}");
    assert_eq!(err, "", "no warnings");
}

#[test]
fn check_without_arguments_checks_every_pack() {
    let (code, out, _) = run(jixiao().args(["check"]));
    assert_eq!(code, 0);
    assert!(out.contains("jinzhong-2020"));
}

#[test]
fn check_fails_on_a_changed_weight_and_points_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir(&pack).unwrap();
    let text = std::fs::read_to_string(root().join("policies/jinzhong-2020/policy.yaml")).unwrap();
    let needle = "            name: 资金到位率\n            weight: 3\n";
    assert!(text.contains(needle));
    let changed = text.replace(
        needle,
        "            name: 资金到位率\n            weight: 4\n",
    );
    std::fs::write(pack.join("policy.yaml"), &changed).unwrap();
    let weight_line = changed
        .lines()
        .position(|l| l.contains("name: 资金到位率"))
        .unwrap()
        + 2;
    let (code, out, err) = run(jixiao().current_dir(dir.path()).args(["check", "pack"]));
    assert_eq!(code, 2);
    assert!(out.contains("✗"), "{out}");
    assert!(
        err.contains("「投入」的下级分值之和为 21，与其分值 20 不符"),
        "{err}"
    );
    assert!(
        err.contains(&format!("pack/policy.yaml:{weight_line}:"))
            || err.contains(&format!("{weight_line} │             weight: 4")),
        "{err}"
    );
    assert!(
        err.contains("资金到位率 4"),
        "label at the changed weight: {err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn policies_lists_the_bundled_pack() {
    let (code, out, _) = run(jixiao().args(["policies"]));
    assert_eq!(code, 0);
    assert!(out.contains("jinzhong-2020\t2020\t晋中市"), "{out}");
}

#[test]
fn usage_errors_get_a_chinese_headline_and_exit_2() {
    let (code, out, err) = run(jixiao().args(["evaluate", EXAMPLE, "--format", "yaml"]));
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.starts_with("错误："), "{err}");
    let (code, out, _) = run(jixiao().args(["--help"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("jixiao（绩效）"), "{out}");
}
