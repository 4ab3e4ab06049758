//! Cell references in a workbook's XML, checked before calamine reads them: calamine 0.38
//! parses `r="…"` and `ref="…"` with unchecked `u32` arithmetic, so a reference such as
//! `A99999999999` overflows (a panic where overflow checks are on, a wrong cell where they are
//! off). The scan is over bytes, not XML: calamine reads on past XML a parser would stop at
//! (found by the import_xlsx fuzzer), so every `r=`, `ref=` and `sqref=` counts.

use crate::diag::{Diagnostic, Diags, Result};
use crate::text;
use std::io::{Read, Seek};

/// Most letters in a column reference (XFD is the last column of a sheet).
const MAX_LETTERS: usize = 3;
/// Most digits in a row reference (1048576 is the last row of a sheet).
const MAX_DIGITS: usize = 7;
/// Attribute names whose values calamine parses as cell references.
const NAMES: [&[u8]; 3] = [b"r", b"ref", b"sqref"];

/// Refuses a workbook whose parts hold a cell reference calamine cannot represent.
pub(super) fn check<R: Read + Seek>(book: &str, zip: &mut zip::ZipArchive<R>) -> Result<()> {
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index(i) else {
            continue;
        };
        let name = part.name().map(|n| n.to_string()).unwrap_or_default();
        let mut bytes = Vec::new();
        // Declared sizes were checked before (xlsx::check_sizes); a part that lies about its
        // size is still read no further than the part limit.
        if part
            .take(super::xlsx::MAX_PART_BYTES)
            .read_to_end(&mut bytes)
            .is_err()
        {
            continue;
        }
        check_part(&format!("{book}!{name}"), &bytes)?;
    }
    Ok(())
}

/// Checks every `name = "value"` of [`NAMES`] in one part, wherever it stands.
fn check_part(part: &str, bytes: &[u8]) -> Result<()> {
    let mut at = 0usize;
    while let Some(eq) = bytes
        .get(at..)
        .and_then(|b| b.iter().position(|&c| c == b'='))
    {
        let eq = at.saturating_add(eq);
        at = eq.saturating_add(1);
        if !names_a_reference(bytes.get(..eq).unwrap_or_default()) {
            continue;
        }
        let value = value_after(bytes.get(at..).unwrap_or_default());
        let value = String::from_utf8_lossy(value);
        if let Some(bad) = value.split([' ', ':']).find(|r| !plausible(r)) {
            return Err(refused(part, bad));
        }
    }
    Ok(())
}

/// True when the bytes before an `=` end in ` r`, ` ref` or ` sqref` (spaces allowed before `=`).
fn names_a_reference(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii_end();
    NAMES.iter().any(|n| {
        trimmed.ends_with(n)
            && trimmed
                .len()
                .checked_sub(n.len())
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| trimmed.get(i))
                .is_some_and(|c| c.is_ascii_whitespace())
    })
}

/// The attribute value after `=`: quoted, or up to the next space or tag end.
fn value_after(rest: &[u8]) -> &[u8] {
    let rest = rest.trim_ascii_start();
    let (quote, body) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (Some(q), rest.get(1..).unwrap_or_default()),
        _ => (None, rest),
    };
    let end = body
        .iter()
        .position(|&c| match quote {
            Some(q) => c == q || c == b'<' || c == b'>',
            None => c.is_ascii_whitespace() || c == b'<' || c == b'>' || c == b'/',
        })
        .unwrap_or(body.len());
    body.get(..end).unwrap_or_default()
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
        // Past malformed XML, with spaces around `=` and unterminated.
        let bad = r#"<sheetData><1row></sheetData><mergeCell ref = 'A1:ABCDEFGH2'/>"#;
        assert!(check_part("p", bad.as_bytes()).is_err());
        assert!(check_part("p", br#"<c r="CAAAAAAAAAAAAAAAAAAA3"#).is_err());
        assert!(check_part("p", br#"<c r=A99999999999>"#).is_err());
        let ok = r#"<worksheet><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>"#;
        assert!(check_part("xl/worksheets/sheet1.xml", ok.as_bytes()).is_ok());
    }
}
