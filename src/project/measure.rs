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

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// True when the `,` at `k` is followed by exactly three digits (a thousands separator).
fn thousands_group(chars: &[(usize, char)], k: usize) -> bool {
    let digits = chars
        .iter()
        .skip(k.saturating_add(1))
        .take_while(|(_, c)| is_digit(*c))
        .count();
    digits == 3
}

/// Numbers found in a text: (byte range, value). A number may carry a sign (`-5%`, not the
/// `-` of `2020-01`), thousands separators (`1,161,100`), a decimal point, full-width digits.
fn numbers(text: &str) -> Vec<(std::ops::Range<usize>, Decimal)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let next_is_digit = |k: usize| {
        chars
            .get(k.saturating_add(1))
            .is_some_and(|(_, c)| is_digit(*c))
    };
    let mut out = Vec::new();
    let mut k = 0usize;
    while let Some(&(start, c)) = chars.get(k) {
        let prev_word = k
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(|(_, p)| p.is_ascii_alphanumeric() || is_digit(*p));
        let sign = matches!(c, '-' | '－') && next_is_digit(k) && !prev_word;
        if !is_digit(c) && !sign {
            k = k.saturating_add(1);
            continue;
        }
        let mut end = k.saturating_add(1);
        while let Some(&(_, c)) = chars.get(end) {
            let joins = match c {
                '.' | '．' => next_is_digit(end),
                ',' => thousands_group(&chars, end),
                _ => false,
            };
            if !(is_digit(c) || joins) {
                break;
            }
            end = end.saturating_add(1);
        }
        let stop = chars.get(end).map_or(text.len(), |(i, _)| *i);
        let token = text.get(start..stop).unwrap_or_default();
        if let Some(v) = parse_decimal(token) {
            out.push((start..stop, v));
        }
        k = end;
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
        Some(at) => {
            let offset = span.offset.saturating_add(at).saturating_add(range.start);
            Span::new(&span.file, offset, range.len())
        }
        None => span.clone(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
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
    fn reads_signs_separators_and_full_width_digits() {
        let all = |t: &str| {
            numbers(t)
                .into_iter()
                .map(|(_, v)| v.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(all("下降-5%"), ["-5"]);
        assert_eq!(all("1,161,100人"), ["1161100"]);
        assert_eq!(all("１２.５万元"), ["12.5"]);
        assert_eq!(
            all("2020-01-01至2020-12-31"),
            ["2020", "1", "1", "2020", "12", "31"]
        );
        assert_eq!(all("第3季度，完成8项"), ["3", "8"]);
        assert_eq!(all("3,8"), ["3", "8"]);
    }

    #[test]
    fn refuses_ambiguous_text() {
        let f = SourceFile::new("p.yaml", "x");
        let text = Sp::new("2020年完成80%".to_string(), Span::new(&f, 0, 1));
        assert_eq!(Measure::from_text(text, true).unwrap_err(), 2);
    }
}
