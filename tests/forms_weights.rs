//! The form's own weights on the real forms of tests/data/forms/ (`weights: form`): 分值 implied
//! by the 得分 of a labelled group, the funds weight written in the block label, and the 重庆
//! 部门整体 pack on its form.

mod common;

use common::{jixiao, run};

/// Evaluates a form (or project) and returns (exit code, stdout, stderr).
fn evaluate(path: &str, args: &[&str]) -> (i32, String, String) {
    run(jixiao().arg("evaluate").arg(path).args(args))
}

#[test]
fn huangshi_lib_weights_implied_by_the_scores_of_a_labelled_group() {
    let (_, out, err) = evaluate("tests/data/forms/huangshi-lib-2022-gongxiang/form.txt", &[]);
    assert!(err.contains("hubei-2022"), "{err}");
    assert!(out.contains("已评 90 分中得 90.00"), "{out}");
    // 效益指标(30分): 10 + (none) + 10 + 10 = 30, so the rows weigh 10, 0, 10, 10 — not 7.50 each.
    assert!(!out.contains("7.50"), "{out}");
    assert!(!out.contains("核对应为 7.50"), "{out}");
    for line in [
        "│   经济效益 / 社会公益服务无经济效益   ┆ 10.00 ┆  10.00 ┆",
        "│   社会效益 / 使读者更方便快捷查找检阅 ┆  0.00 ┆   0.00 ┆",
        "│   可持续影响指标 / ≥360天服务读者     ┆ 10.00 ┆  10.00 ┆",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
}

#[test]
fn huangshi_lib_inferred_weights_say_so_in_the_ledger() {
    let (_, out, _) = evaluate(
        "tests/data/forms/huangshi-lib-2022-gongxiang/form.txt",
        &["--format", "json"],
    );
    assert!(
        out.contains("分值为推断：表无分值栏，「效益指标(30分)」本组得分之和 30 等于栏目分值 30"),
        "{out}"
    );
    assert!(out.contains("表上少计分的行无从发现"), "{out}");
    assert!(out.contains("本行未填得分，分值推断为 0"), "{out}");
}

#[test]
fn huangshi_lib_scores_that_do_not_add_up_are_not_taken_as_weights() {
    let dir = tempfile_dir("huangshi-lib");
    let yaml = dir.join("h.yaml");
    let (code, _, err) = run(jixiao()
        .arg("import")
        .arg("tests/data/forms/huangshi-lib-2022-gongxiang/form.txt")
        .arg("-o")
        .arg(&yaml));
    assert_eq!(code, 0, "{err}");
    // 环境效益 declared 8 instead of 10: 10 + 8 + 10 = 28 ≠ 30, so the label's 30 is spread.
    let text = std::fs::read_to_string(&yaml).expect("written");
    let from = "    actual: 良好\n    score: 10\n  - level1: 效益指标\n    level2: 环境效益\n    name: WIFI";
    assert!(text.contains(from), "{text}");
    let changed = text.replacen(
        from,
        "    actual: 良好\n    score: 8\n  - level1: 效益指标\n    level2: 环境效益\n    name: WIFI",
        1,
    );
    std::fs::write(&yaml, changed).expect("rewritten");
    let (_, out, err) = evaluate(&yaml.to_string_lossy(), &[]);
    assert!(
        out.contains("│   经济效益 / 社会公益服务无经济效益   ┆  7.50 ┆"),
        "{out}\n{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn longyang_funds_weight_from_the_block_label() {
    let (_, out, err) = evaluate("tests/data/forms/longyang-tfz-2022-huafei/form.txt", &[]);
    assert!(err.contains("mof-2020"), "{err}");
    // 预算执行情况(万元) (20分): 20 × 30.00 ÷ 278.4449 = 2.1548 → 2.15, not 10 × … = 1.08.
    assert!(
        out.contains(
            "预算执行率：表上 2.16，核对应为 2.15  [tests/data/forms/longyang-tfz-2022-huafei/form.txt:8:34]"
        ),
        "{out}"
    );
    assert!(!out.contains("核对应为 1.08"), "{out}");
    assert!(out.contains("部分评分"), "{out}");
}

#[test]
fn longyang_spread_weights_are_marked_as_not_on_the_form() {
    let (_, out, _) = evaluate(
        "tests/data/forms/longyang-tfz-2022-huafei/form.txt",
        &["--format", "json"],
    );
    assert!(
        out.contains("分值不在表上：表中没有本项分值，按政策包「产出指标」50 分在 6 项间平均分配"),
        "{out}"
    );
}

#[test]
fn longyang_form_and_pack_weights_beyond_the_total_are_flagged() {
    // 预算执行 20 from the form's label, 产出 50 / 效益 30 / 满意度 10 the pack's defaults:
    // 110 > 100 even though the form is cut, so the partial result says its weights do not fit.
    let (_, out, err) = evaluate("tests/data/forms/longyang-tfz-2022-huafei/form.txt", &[]);
    assert!(
        out.contains("[警告] 各项分值之和：表上 110，核对应为 ≤ 100"),
        "{out}\n{err}"
    );
    assert!(
        out.contains("已评 100 分与未评 10 分合计超过总分 100"),
        "{out}"
    );
    // A cut form whose weights fit says nothing of the kind.
    let (_, out, _) = evaluate(
        "tests/data/forms/linxiang-lcj-2023-shourongsuo/form.txt",
        &[],
    );
    assert!(!out.contains("合计超过总分"), "{out}");
}

#[test]
fn chongqing_zhengti_scored_by_its_own_pack() {
    let dir = tempfile_dir("chongqing");
    let yaml = dir.join("c.yaml");
    let (code, _, err) = run(jixiao()
        .arg("import")
        .arg("tests/data/forms/chongqing-kxc-rmt-2021-zhengti/form.txt")
        .args(["--year", "2021", "-o"])
        .arg(&yaml));
    assert_eq!(code, 0, "{err}");
    let (_, out, err) = run(jixiao()
        .arg("evaluate")
        .arg(&yaml)
        .args(["--policy", "policies/chongqing-zhengti-2021"]));
    assert!(out.contains("chongqing-zhengti-2021"), "{out}\n{err}");
    // 政府采购执行率: 100% target, 72.74% actual, declared 系数 100% / 得分 2 → 2 × 72.74% = 1.45.
    assert!(
        out.contains("政府采购执行率：表上 2，核对应为 1.45"),
        "{out}\n{err}"
    );
    assert!(out.contains("部分评分"), "{out}");
    assert!(out.contains("已评 80 分中得 74.36"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn chongqing_pack_checks_and_its_cases_pass() {
    let (code, out, err) = run(jixiao().arg("check").arg("policies/chongqing-zhengti-2021"));
    assert_eq!(code, 0, "{out}\n{err}");
    let (code, out, err) = run(jixiao().arg("test").arg("policies/chongqing-zhengti-2021"));
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        format!("{out}{err}").contains("通过 2 例，未通过 0 例"),
        "{out}\n{err}"
    );
}

#[test]
fn lingling_head_only_form_still_evaluates() {
    let (_, out, err) = evaluate("tests/data/forms/lingling-cdc-2021-zhengti/form.txt", &[]);
    assert!(out.contains("部分评分"), "{out}\n{err}");
}

/// A fresh directory under the target dir for one test's files.
fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let d = common::root()
        .join("target")
        .join("forms_weights")
        .join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}
