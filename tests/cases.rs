//! `jixiao test`: every bundled pack's cases pass; a wrong expectation fails readably;
//! coverage names the deduction sites no case fires.

mod common;

use common::*;

#[test]
fn bundled_packs_pass_their_cases() {
    let (code, out, err) =
        run(jixiao().args(["test", "policies/jinzhong-2020", "policies/mof-2020"]));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("例，未通过 0 例"), "{out}");
    assert!(
        out.contains("✓ 2.785 四舍五入为 2.79") && out.contains("✓ 恰在 90.00 分为优"),
        "{out}"
    );
}

#[test]
fn every_pack_in_policies_is_tested_by_default() {
    let (code, out, _) = run(jixiao().args(["test"]));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("政策包 jinzhong-2020") && out.contains("政策包 mof-2020"));
}

#[test]
fn a_wrong_expectation_fails_with_a_diff_and_the_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("cases")).unwrap();
    std::fs::copy(
        root().join("policies/jinzhong-2020/policy.yaml"),
        pack.join("policy.yaml"),
    )
    .unwrap();
    let project = root().join(EXAMPLE);
    let case = format!("name: 故意写错的期望\nproject: {}\nexpect:\n  total: 99.30\n  items:\n    实际完成率: 8.00\n", project.display());
    std::fs::write(pack.join("cases/wrong.yaml"), case).unwrap();
    let (code, out, _) = run(jixiao().current_dir(dir.path()).args(["test", "pack"]));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("✗ 故意写错的期望"), "{out}");
    assert!(
        out.contains("pack/cases/wrong.yaml:4:10"),
        "points at the expectation: {out}"
    );
    assert!(
        out.contains("- 综合得分: 99.30\n") && out.contains("+ 综合得分: 99.25\n"),
        "{out}"
    );
    assert!(
        out.contains("- 实际完成率: 8.00\n") && out.contains("+ 实际完成率: 7.45\n"),
        "{out}"
    );
    assert!(
        out.contains("实际完成率（产出/项目产出/实际完成率）扣 0.55 分"),
        "explains the failing item: {out}"
    );
    assert!(out.contains("jixiao test：通过 0 例，未通过 1 例"));
}

#[test]
fn a_bad_case_file_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("cases")).unwrap();
    std::fs::copy(
        root().join("policies/jinzhong-2020/policy.yaml"),
        pack.join("policy.yaml"),
    )
    .unwrap();
    let case = format!(
        "project: {}\nreplace:\n  - {{ from: 不存在的文字, to: x }}\nexpect:\n  total: 1\n",
        root().join(EXAMPLE).display()
    );
    std::fs::write(pack.join("cases/bad.yaml"), case).unwrap();
    let (code, _, err) = run(jixiao().current_dir(dir.path()).args(["test", "pack"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("replace 的「不存在的文字」在项目文件中出现 0 次"),
        "{err}"
    );
    assert!(err.contains("pack/cases/bad.yaml:3:"), "{err}");
}

#[test]
fn coverage_lists_never_fired_deduction_sites() {
    let (code, out, _) = run(jixiao().args(["test", "policies/mof-2020", "--coverage"]));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("覆盖率 83.33%：5/6 个扣分点被用例触发"),
        "{out}"
    );
    let line = line_of(
        &root().join("rules/indicator_score.rhai"),
        "deduct(item.weight * share",
    );
    assert!(
        out.contains(&format!(
            "未触发的扣分点 rules/indicator_score.rhai:{line}:"
        )),
        "{out}"
    );
    let (code, out, _) = run(jixiao().args(["test", "policies/jinzhong-2020", "--coverage"]));
    assert_eq!(code, 0);
    assert!(out.contains("覆盖率 100.00%"), "{out}");
}

#[test]
fn min_coverage_fails_below_the_bar() {
    let (code, out, _) = run(jixiao().args(["test", "policies/mof-2020", "--min-coverage", "90"]));
    assert_eq!(code, 1, "{out}");
    let (code, _, _) = run(jixiao().args(["test", "policies/mof-2020", "--min-coverage", "83"]));
    assert_eq!(code, 0);
}

#[test]
fn embedded_packs_have_no_runnable_cases() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(jixiao()
        .current_dir(dir.path())
        .args(["test", "jinzhong-2020"]));
    assert_eq!(code, 2);
    assert!(err.contains("是内置的"), "{err}");
}

/// Cases are data written in 中文 (expected error words, finding subjects such as 综合得分):
/// they pass whatever language the messages are shown in.
#[test]
fn bundled_cases_pass_in_english_too() {
    let (code, out, err) = run(jixiao().env("LC_ALL", "en_US.UTF-8").args(["test"]));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(" failed") && !out.contains("✗"), "{out}");
    assert!(
        out.lines()
            .filter(|l| l.starts_with("jixiao test: "))
            .all(|l| l.ends_with(", 0 failed")),
        "{out}"
    );
}
