//! Workbook bytes → project (the `.xlsx` importer), then the YAML that `import` writes.
//!
//! Input starting with `PK` is a whole workbook. Anything else is split at lines
//! `#=== part` into sheet1.xml, sharedStrings.xml and styles.xml, and wrapped in a fixed,
//! uncompressed workbook skeleton, so that mutations reach the cell XML instead of dying in the
//! zip layer. The importer reads workbooks from a path only, so the bytes go to a scratch file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let bytes = if data.starts_with(b"PK") {
        data.to_vec()
    } else {
        jixiao_fuzz::workbook::wrap(data)
    };
    let path = jixiao_fuzz::scratch().join("form.xlsx");
    std::fs::write(&path, &bytes).expect("write form.xlsx");
    match jixiao::import::import(&path) {
        Ok(i) => {
            jixiao_fuzz::show(&jixiao::diag::Diags(i.project.warnings.clone()));
            let _ = jixiao::project::write::to_yaml(&i.project, &i.inferences);
        }
        Err(d) => jixiao_fuzz::show(&d),
    }
});
