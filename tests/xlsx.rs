//! Workbooks: the seed rebuilt as an .xlsx (merged cells, numbers with formats, a date) imports
//! to the same project with cell-addressed evidence; `evaluate --format xlsx` writes a workbook
//! that calamine reads back with the expected values.

mod common;
#[path = "common/xlsx.rs"]
mod fixture;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::*;
use jixiao::import::decimal_from_excel;
use serde_json::Value;
use std::path::{Path, PathBuf};

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";

fn seed_xlsx(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(root().join(SEED)).unwrap();
    let path = dir.join("seed.xlsx");
    fixture::build_from_tsv(&text, &path);
    path
}

fn json_of(path: &str) -> Value {
    let (code, out, err) = run(jixiao().args(["evaluate", path, "--format", "json"]));
    assert_eq!(code, 0, "stderr: {err}");
    json_result(&out)
}

fn items(v: &Value) -> Vec<(String, String, String, String)> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["path"].to_string(),
                i["weight"].to_string(),
                i["score"].to_string(),
                i["declared"].to_string(),
            )
        })
        .collect()
}

#[test]
fn xlsx_in_the_seed_layout_imports_to_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let x = seed_xlsx(dir.path());
    let from_xlsx = json_of(x.to_str().unwrap());
    let from_txt = json_of(SEED);
    let example = json_of(EXAMPLE);
    assert_eq!(from_xlsx["total"], "99.25");
    assert_eq!(items(&from_xlsx), items(&example));
    assert_eq!(items(&from_xlsx), items(&from_txt));
    assert_eq!(from_xlsx["declared"], example["declared"]);
    assert_eq!(from_xlsx["declared"]["total"], "99.80", "0.00 format kept");
    let kinds = |v: &Value| -> Vec<String> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{}={}→{}", f["code"], f["stated"], f["expected"]))
            .collect()
    };
    assert_eq!(kinds(&from_xlsx), kinds(&from_txt));
    assert_eq!(from_xlsx["import_warnings"], serde_json::json!([]));
}

#[test]
fn evidence_points_at_cells() {
    let dir = tempfile::tempdir().unwrap();
    let x = seed_xlsx(dir.path());
    let v = json_of(x.to_str().unwrap());
    let it = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "资金到位率")
        .unwrap();
    let ev = it["deductions"][0]["evidence"].as_array().unwrap();
    let cell = |field: &str| {
        ev.iter()
            .find(|e| e["field"] == field)
            .map(|e| (e["value"].clone(), e["location"]["cell"].clone()))
            .unwrap()
    };
    // Seed line 14 holds 2364.01 in its sixth field; line 12 holds 2536.08 in its sixth field.
    assert_eq!(
        cell("funds.allocated"),
        ("2364.01".into(), "自评表!F14".into())
    );
    assert_eq!(
        cell("funds.budget.市级预算资金"),
        ("2536.08".into(), "自评表!F12".into())
    );
    let declared = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["subject"] == "产出/项目产出/实际完成率")
        .unwrap();
    assert_eq!(declared["location"]["cell"], "自评表!F59");
    let (_, out, _) = run(jixiao().args(["evaluate", x.to_str().unwrap()]));
    assert!(
        out.contains(&format!("[{}!自评表!F59]", x.display())),
        "text report shows the cell: {out}"
    );
}

fn cell_text(range: &calamine::Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) => decimal_from_excel(*f, None).unwrap().to_string(),
        Some(Data::Int(i)) => i.to_string(),
        _ => String::new(),
    }
}

fn find_row(range: &calamine::Range<Data>, col: u32, text: &str) -> u32 {
    (0..range.height() as u32)
        .find(|&r| cell_text(range, r, col) == text)
        .unwrap_or_else(|| panic!("{text} not in column {col}"))
}

#[test]
fn xlsx_output_holds_the_expected_values() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.xlsx");
    let (code, _, err) = run(jixiao().args([
        "evaluate",
        EXAMPLE,
        SEED,
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("已写入"), "{err}");
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), 3, "summary + one sheet per project: {names:?}");
    assert_eq!(names[0], "汇总");
    let summary = book.worksheet_range("汇总").unwrap();
    assert_eq!(cell_text(&summary, 0, 3), "综合得分");
    for r in [1, 2] {
        assert_eq!(
            cell_text(&summary, r, 0),
            "城乡居民养老金缴费补助（入口补）"
        );
        assert_eq!(cell_text(&summary, r, 3), "99.25");
        assert_eq!(cell_text(&summary, r, 4), "优");
        assert_eq!(cell_text(&summary, r, 5), "99.8");
        assert_eq!(cell_text(&summary, r, 7), "12");
        assert_eq!(cell_text(&summary, r, 8), "4/5/3");
    }
    assert_eq!(cell_text(&summary, 2, 1), SEED);
    let sheet = book.worksheet_range(&names[1]).unwrap();
    let r = find_row(&sheet, 2, "实际完成率");
    assert_eq!(cell_text(&sheet, r, 1), "项目产出");
    assert_eq!(cell_text(&sheet, r, 3), "8");
    assert_eq!(cell_text(&sheet, r, 4), "8", "declared");
    assert_eq!(cell_text(&sheet, r, 5), "7.45", "computed");
    assert_eq!(cell_text(&sheet, r, 6), "0.55", "lost");
    assert!(cell_text(&sheet, r, 7).contains("108.13 ÷ 116.11"));
    let t = find_row(&sheet, 0, "综合得分");
    assert_eq!(cell_text(&sheet, t, 5), "99.25");
    assert_eq!(cell_text(&sheet, t, 4), "99.8");
    // Displayed with the places written: the number format keeps 99.80 as shown.
    let styles = book.worksheet_style(&names[1]).unwrap();
    let code = styles
        .get((t, 4))
        .and_then(|s| s.number_format.as_ref())
        .map(|f| f.format_code.clone());
    assert_eq!(code.as_deref(), Some("0.00"));
    let full = find_row(&sheet, 2, "预算执行率");
    assert_eq!(cell_text(&sheet, full, 6), "", "no points lost, no entry");
}

#[test]
fn xlsx_output_replaces_atomically_and_needs_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.xlsx");
    std::fs::write(&out, b"old").unwrap();
    let args = [
        "evaluate",
        EXAMPLE,
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ];
    assert_eq!(run(jixiao().args(args)).0, 0);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(left.len(), 1, "no temporary file left");
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"PK"),
        "a zip, not the old file"
    );
    let (code, _, err) = run(jixiao().args(["evaluate", EXAMPLE, "--format", "xlsx"]));
    assert_eq!(code, 2);
    assert!(err.contains("-o"), "{err}");
}

#[test]
fn a_workbook_that_is_not_one_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(&bad, b"not a zip").unwrap();
    let (code, _, err) = run(jixiao().args(["evaluate", bad.to_str().unwrap()]));
    assert_eq!(code, 2);
    assert!(
        err.contains("无法读取") || err.contains("bad.xlsx"),
        "{err}"
    );
}
