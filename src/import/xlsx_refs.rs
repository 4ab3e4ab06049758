//! Cell references in worksheet XML, checked before calamine reads them: calamine 0.38 parses
//! `r="…"` and `ref="…"` with unchecked `u32` arithmetic, so a reference such as `A99999999999`
//! overflows (a panic where overflow checks are on, a wrong cell where they are off).

use crate::diag::{Diagnostic, Diags, Result};
use crate::text;
use quick_xml::events::Event;
use std::io::{BufReader, Read, Seek};

/// Most letters in a column reference (XFD is the last column of a sheet).
const MAX_LETTERS: usize = 3;
/// Most digits in a row reference (1048576 is the last row of a sheet).
const MAX_DIGITS: usize = 7;

/// Refuses a workbook whose parts hold a cell reference calamine cannot represent.
pub(super) fn check<R: Read + Seek>(book: &str, zip: &mut zip::ZipArchive<R>) -> Result<()> {
    // Every XML part: a hostile workbook may keep its sheets anywhere its relations point.
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok())
        .filter(|n| n.ends_with(".xml"))
        .map(|n| n.to_string())
        .collect();
    for name in names {
        let Ok(part) = zip.by_name(&name) else {
            continue;
        };
        check_part(&format!("{book}!{name}"), BufReader::new(part))?;
    }
    Ok(())
}

/// Checks the `r`, `ref` and `sqref` attributes of one worksheet part.
fn check_part(part: &str, input: impl std::io::BufRead) -> Result<()> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            // Malformed XML is calamine's to report, with its own message.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) => {
                for attr in e.attributes().flatten() {
                    // The qualified name: `xmlns:r` and `r:id` are not cell references.
                    let key = attr.key;
                    if !matches!(key.into_inner(), "r" | "ref" | "sqref") {
                        continue;
                    }
                    let value: &str = &attr.value;
                    if let Some(bad) = value.split([' ', ':']).find(|r| !plausible(r)) {
                        return Err(refused(part, bad));
                    }
                }
            }
            _ => {}
        }
        buf.clear();
    }
}

/// `A1`, `$XFD$1048576`, `B` (a column), `12` (a row): at most 3 letters then 7 digits.
fn plausible(reference: &str) -> bool {
    let r = reference.replace('$', "");
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = r.len().saturating_sub(letters);
    letters <= MAX_LETTERS && digits <= MAX_DIGITS
}

fn refused(part: &str, reference: &str) -> Diags {
    let shown: String = reference.chars().take(40).collect();
    Diagnostic::error("jixiao::import::xlsx_ref", text::xlsx_bad_ref(part, &shown)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_within_a_sheet_pass() {
        for r in ["A1", "$XFD$1048576", "B", "12", "AA10", ""] {
            assert!(plausible(r), "{r}");
        }
    }

    #[test]
    fn references_beyond_u32_are_refused() {
        for r in ["A99999999999", "ABCDEFGH1", "A12345678"] {
            assert!(!plausible(r), "{r}");
        }
        let xml = r#"<worksheet><sheetData><row r="1"><c r="A99999999999"/></row></sheetData></worksheet>"#;
        assert!(check_part("xl/worksheets/sheet1.xml", xml.as_bytes()).is_err());
        let ns = r#"<workbook xmlns:r="http://x/relationships"><sheet r:id="rId1"/></workbook>"#;
        assert!(check_part("xl/workbook.xml", ns.as_bytes()).is_ok());
        let ok = r#"<worksheet><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>"#;
        assert!(check_part("xl/worksheets/sheet1.xml", ok.as_bytes()).is_ok());
    }
}
