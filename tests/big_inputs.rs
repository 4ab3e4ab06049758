//! Forms far larger than any real one (a 100,000-row text export, a 1,048,576-row worksheet, a
//! sparse A1 + XFD1048576 workbook), generated into a temp dir: import and evaluate each end
//! within 2 s with a located diagnostic (exit 2), and a batch holding one still scores the seed.

mod common;

use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";
const WALL: Duration = Duration::from_secs(2);

/// The seed with `rows` unmapped rows after it.
fn long_text(dir: &Path, rows: usize) -> PathBuf {
    let mut text = std::fs::read_to_string(root().join(SEED)).unwrap();
    for i in 0..rows {
        text.push_str(&format!("杂项{i}\t值{i}\t{i}.00\n"));
    }
    let path = dir.join("long.txt");
    std::fs::write(&path, text).unwrap();
    path
}

/// A minimal workbook whose one sheet holds `sheet_data` (the `<sheetData>` body).
fn workbook(path: &Path, dimension: &str, sheet_data: &[u8]) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let parts: [(&str, String); 4] = [
        (
            "[Content_Types].xml",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
                r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
                r#"<Default Extension="xml" ContentType="application/xml"/>"#,
                r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
                r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
                r#"</Types>"#
            )
            .to_string(),
        ),
        (
            "_rels/.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_string(),
        ),
        (
            "xl/workbook.xml",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
                r#"<sheets><sheet name="评分表" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            )
            .to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_string(),
        ),
    ];
    for (name, body) in parts {
        zip.start_file(name, opts).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>"#
    )
    .unwrap();
    zip.write_all(sheet_data).unwrap();
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

/// A sheet with a number in column A of each of the 1,048,576 rows.
fn every_row_xlsx(dir: &Path) -> PathBuf {
    let mut data = Vec::with_capacity(48 << 20);
    for r in 1..=1_048_576u32 {
        write!(data, r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#).unwrap();
    }
    let path = dir.join("rows.xlsx");
    workbook(&path, "A1:A1048576", &data);
    path
}

/// Cells A1 and XFD1048576 only (what calamine would allocate as one 17 G-cell range).
fn sparse_xlsx(dir: &Path) -> PathBuf {
    let data = concat!(
        r#"<row r="1"><c r="A1"><v>1</v></c></row>"#,
        r#"<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#
    );
    let path = dir.join("sparse.xlsx");
    workbook(&path, "A1:XFD1048576", data.as_bytes());
    path
}

/// Runs `import` and `evaluate` on `form`: each exits 2 within the wall budget with a located
/// Chinese diagnostic whose text contains `says`.
fn refused_quickly(form: &Path, says: &str) {
    let f = form.to_str().unwrap();
    for args in [vec!["import", f], vec!["evaluate", f]] {
        let start = Instant::now();
        let (code, _, err) = run(jixiao().args(&args));
        let took = start.elapsed();
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(took < WALL, "{args:?} took {took:?}");
        assert!(err.contains(says), "{args:?}: {err}");
        let name = form.file_name().unwrap().to_str().unwrap();
        assert!(
            err.contains(&format!("{name}:")) || err.contains(&format!("{name}!")),
            "{err}"
        );
    }
}

#[test]
fn a_100k_row_text_form_is_refused_at_the_row_limit() {
    let dir = tempfile::tempdir().unwrap();
    let form = long_text(dir.path(), 100_000);
    refused_quickly(&form, "原表过大：非空行数超过上限 10000");
    let (_, _, err) = run(jixiao().args(["import", form.to_str().unwrap()]));
    assert!(err.contains("long.txt:10008:1"), "{err}");
}

#[test]
fn a_form_under_the_limits_with_thousands_of_stray_rows_still_imports_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let form = long_text(dir.path(), 5_000);
    let out = dir.path().join("long.yaml");
    let start = Instant::now();
    let (code, _, err) = run(jixiao()
        .args(["import", form.to_str().unwrap(), "-o"])
        .arg(&out));
    let took = start.elapsed();
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("城乡居民养老金缴费补助"));
    assert!(
        err.contains("5000 条警告"),
        "{}",
        err.lines().last().unwrap_or("")
    );
    assert!(took < WALL * 3, "took {took:?}");
}

#[test]
fn a_million_row_worksheet_is_refused_before_it_is_rendered() {
    let dir = tempfile::tempdir().unwrap();
    refused_quickly(&every_row_xlsx(dir.path()), "评分表 的行数");
}

#[test]
fn a_sparse_a1_xfd1048576_workbook_is_refused_before_allocating() {
    let dir = tempfile::tempdir().unwrap();
    refused_quickly(&sparse_xlsx(dir.path()), "工作簿过大");
}

#[test]
fn a_batch_holding_a_huge_form_still_scores_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    long_text(dir.path(), 100_000);
    sparse_xlsx(dir.path());
    std::fs::copy(root().join(SEED), dir.path().join("seed.txt")).unwrap();
    let start = Instant::now();
    let (code, out, err) =
        run(jixiao().args(["evaluate", dir.path().to_str().unwrap(), "--format", "json"]));
    assert!(start.elapsed() < WALL, "took {:?}", start.elapsed());
    assert_eq!(code, 2, "{err}");
    let results = json_results(&out);
    let seed = results
        .iter()
        .find(|r| {
            r["project"]["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("seed.txt"))
        })
        .unwrap();
    assert_eq!(seed["total"], "99.25");
}

/// A zip bomb: 80 MiB of one repeated letter in a cell deflates to well under 1 MiB.
fn bomb_xlsx(dir: &Path) -> PathBuf {
    let path = dir.join("bomb.xlsx");
    let mut data = br#"<row r="1"><c r="A1" t="inlineStr"><is><t>"#.to_vec();
    data.resize(data.len() + (80 << 20), b'a');
    data.extend_from_slice(br#"</t></is></c></row>"#);
    workbook(&path, "A1:A1", &data);
    path
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = bomb_xlsx(dir.path());
    assert!(std::fs::metadata(&bomb).unwrap().len() < 1 << 20);
    refused_quickly(&bomb, "xl/worksheets/sheet1.xml");
}
