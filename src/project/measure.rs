//! 目标值 / 实际完成值: the text as written plus the number and unit read from it.

use crate::num::parse_decimal;
use crate::source::{Sp, Span};
use rust_decimal::Decimal;

/// A target or actual value: original text, and the number in it when there is one.
#[derive(Debug, Clone)]
pub struct Measure {
    /// The text as written on the form (e.g. `入口补每年116.11万人`).
    pub text: Sp<String>,
    /// The number read from the text or given explicitly, spanned to its digits.
    pub value: Option<Sp<Decimal>>,
    /// The unit after the number (万人, 万元, %), when any.
    pub unit: Option<String>,
}

/// Numbers found in a text: (byte range, value).
fn numbers(text: &str) -> Vec<(std::ops::Range<usize>, Decimal)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let digitish = c.is_ascii_digit() || (c == '.' && start.is_some());
        match (start, digitish) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let raw = text[s..i].trim_end_matches('.');
                if let Some(v) = parse_decimal(raw) {
                    out.push((s..s + raw.len(), v));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The unit right after a number: the run of non-digit characters up to a separator.
fn unit_after(rest: &str) -> Option<String> {
    let unit: String = rest
        .chars()
        .take_while(|c| !c.is_ascii_digit() && !c.is_whitespace() && !"，,；;。（(".contains(*c))
        .collect();
    (!unit.is_empty()).then_some(unit)
}

impl Measure {
    /// Reads a measure from text; `numeric` asks for exactly one number in it.
    /// Returns `Err(count)` with the count of numbers found when that is not one.
    pub fn from_text(text: Sp<String>, numeric: bool) -> Result<Self, usize> {
        if !numeric {
            return Ok(Measure {
                text,
                value: None,
                unit: None,
            });
        }
        let found = numbers(&text.value);
        let [(range, value)] = found.as_slice() else {
            return Err(found.len());
        };
        let span = sub_span(&text.span, &text.value, range.clone());
        let unit = unit_after(&text.value[range.end..]);
        Ok(Measure {
            value: Some(Sp::new(*value, span)),
            unit,
            text,
        })
    }

    /// A measure whose number was given explicitly next to the text.
    pub fn explicit(text: Sp<String>, value: Sp<Decimal>, unit: Option<String>) -> Self {
        Measure {
            text,
            value: Some(value),
            unit,
        }
    }
}

/// Narrows a scalar's span to a byte range of its value when the file shows the value verbatim.
fn sub_span(span: &Span, value: &str, range: std::ops::Range<usize>) -> Span {
    match span.text().find(value) {
        Some(at) => Span::new(&span.file, span.offset + at + range.start, range.len()),
        None => span.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn reads_number_and_unit_from_text() {
        let f = SourceFile::new("p.yaml", "target: 入口补每年116.11万人\n");
        let at = f.text().find('入').unwrap();
        let text = Sp::new(
            "入口补每年116.11万人".to_string(),
            Span::new(&f, at, f.text().len() - at - 1),
        );
        let m = Measure::from_text(text, true).unwrap();
        let v = m.value.unwrap();
        assert_eq!(v.value.to_string(), "116.11");
        assert_eq!(v.span.text(), "116.11");
        assert_eq!(m.unit.as_deref(), Some("万人"));
    }

    #[test]
    fn refuses_ambiguous_text() {
        let f = SourceFile::new("p.yaml", "x");
        let text = Sp::new("2020年完成80%".to_string(), Span::new(&f, 0, 1));
        assert_eq!(Measure::from_text(text, true).unwrap_err(), 2);
    }
}
