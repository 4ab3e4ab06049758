//! Inputs found while fuzzing (fuzz/, docs/security.md「模糊测试」) that made the program panic.
//! Each runs the real binary on the committed file and expects a diagnostic with exit code 2,
//! never a panic (101). An `#[ignore = "open: …"]` test is a crash whose fix is still open.

mod common;
use common::{jixiao, run, EXAMPLE};

/// Runs `jixiao evaluate <project> --policy <pack>` and checks: exit 2, a located diagnostic
/// on stderr, no panic message.
fn rejects(project: &str, pack: &str) {
    let (code, _out, err) = run(jixiao().args(["evaluate", project, "--policy", pack]));
    assert!(!err.contains("panicked"), "panicked:\n{err}");
    assert_eq!(code, 2, "exit code {code}, stderr:\n{err}");
    assert!(err.contains('×'), "no diagnostic on stderr:\n{err}");
}

const PACKS: [&str; 2] = ["jinzhong-2020", "mof-2020"];

/// Runs `jixiao evaluate <project> --policy <pack>` on a project that is valid but extreme:
/// it is scored (exit 0) or, where a ratio leaves the range of decimals, refused with a
/// located diagnostic (exit 2) — never a panic.
fn scores_or_rejects(project: &str, pack: &str) {
    let (code, _out, err) = run(jixiao().args(["evaluate", project, "--policy", pack]));
    assert!(!err.contains("panicked"), "panicked:\n{err}");
    assert!(code == 0 || code == 2, "exit code {code}, stderr:\n{err}");
    if code == 2 {
        assert!(
            err.contains('×') && err.contains("溢出"),
            "no diagnostic on stderr:\n{err}"
        );
    }
}

#[test]
fn a_tiny_cost_target_never_panics() {
    for pack in PACKS {
        scores_or_rejects("tests/data/fuzz/evaluate/tiny-cost-target.yaml", pack);
    }
}

#[test]
fn a_tiny_budget_never_panics() {
    for pack in PACKS {
        scores_or_rejects("tests/data/fuzz/evaluate/tiny-budget.yaml", pack);
    }
}

#[test]
fn percent_of_a_huge_number_is_a_diagnostic() {
    rejects(EXAMPLE, "tests/data/fuzz/policy_load/percent-overflow");
}

#[test]
fn deductions_adding_up_past_decimal_are_a_diagnostic() {
    rejects(
        EXAMPLE,
        "tests/data/fuzz/policy_load/deduction-sum-overflow",
    );
}

/// Found by the import_xlsx target (2026-12-02): cell references of dozens of letters or
/// digits — in cells, rows and merged ranges, some after XML a parser would stop at — overflow
/// calamine's `u32` reference parser (a panic where overflow checks are on). Each workbook is
/// refused before calamine reads it, naming the part; a batch still scores the seed.
#[test]
fn overlong_cell_references_are_a_diagnostic() {
    let dir = common::root().join("tests/data/fuzz/import_xlsx");
    let mut books: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    books.sort();
    assert_eq!(books.len(), 7, "{books:?}");
    for book in &books {
        let (code, _out, err) = run(jixiao().arg("import").arg(book));
        assert!(!err.contains("panicked"), "panicked:\n{err}");
        assert_eq!(code, 2, "{book:?}: exit code {code}, stderr:\n{err}");
        assert!(
            err.contains("xl/") && err.contains("单元格引用"),
            "{book:?}: {err}"
        );
    }
    let (code, out, err) = run(jixiao().arg("evaluate").args(&books).arg(EXAMPLE));
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("99.25"), "the seed is still scored:\n{out}");
}
