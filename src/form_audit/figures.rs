//! Figures in the narratives: amounts that should add up to a figure of the funds table,
//! 「其中」 breakdowns that should add up to their total, and years that do not belong.

use super::{Finding, Severity};
use crate::num::parse_decimal;
use crate::project::{field_label, Project};
use crate::source::Span;
use crate::text;
use rust_decimal::Decimal;

/// All narratives as one text.
pub(super) fn narrative_text(p: &Project) -> String {
    p.narratives
        .values()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a piece of narrative text is written in the project's file (its first occurrence).
pub(super) fn locate(p: &Project, needle: &str) -> Option<Span> {
    locate_after(p, "", needle)
}

/// Where `needle` is written, searching from where the narrative `body` starts in the file
/// (so a figure repeated in an earlier narrative is not taken for this one's).
fn locate_after(p: &Project, body: &str, needle: &str) -> Option<Span> {
    let text = p.source.text();
    let lead: String = body.chars().take_while(|c| *c != '\n').take(12).collect();
    let from = if lead.is_empty() {
        0
    } else {
        text.find(&lead).unwrap_or(0)
    };
    let at = text[from..]
        .find(needle)
        .map(|i| from.saturating_add(i))
        .or_else(|| text.find(needle))?;
    Some(Span::new(&p.source, at, needle.len()))
}

/// A number with its unit in a text.
struct Figure {
    value: Decimal,
    unit: String,
    pos: usize,
    raw: String,
}

fn figures(text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut end = i.saturating_add(1);
        while let Some(&(j, d)) = chars.peek() {
            if d.is_ascii_digit() || d == '.' {
                end = j.saturating_add(1);
                chars.next();
            } else {
                break;
            }
        }
        let number = text[i..end].trim_end_matches('.');
        let unit: String = text[end..]
            .chars()
            .take_while(|u| {
                !u.is_ascii_digit()
                    && !u.is_whitespace()
                    && !"，,。；;：:（）()、/“”\"'【】〔〕<>".contains(*u)
            })
            .take(3)
            .collect();
        let preceded = text[..i].chars().next_back();
        if matches!(preceded, Some('〔' | '【' | '[')) {
            continue;
        }
        if let Some(value) = parse_decimal(number) {
            out.push(Figure {
                value,
                raw: format!("{number}{unit}"),
                unit,
                pos: i,
            });
        }
    }
    out
}

/// Σ with checked additions; `None` on overflow (an untrusted form).
fn checked_sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
}

pub(super) fn check(p: &Project, out: &mut Vec<Finding>) {
    let funds: Vec<(&str, Decimal, Option<Span>)> =
        ["funds.budget", "funds.allocated", "funds.spent"]
            .into_iter()
            .filter_map(|f| {
                let v = p.field(f).ok()?;
                Some((f, v.value, v.evidence.first().map(|e| e.span.clone())))
            })
            .collect();
    for (heading, body) in &p.narratives {
        let figs = figures(body);
        parts_of_funds(p, heading, body, &figs, &funds, out);
        breakdowns(p, heading, body, &figs, out);
        years(p, heading, body, &figs, out);
    }
}

/// Consecutive 万元 amounts (not themselves funds figures) summing to nearly a funds figure.
fn parts_of_funds(
    p: &Project,
    heading: &str,
    body: &str,
    figs: &[Figure],
    funds: &[(&str, Decimal, Option<Span>)],
    out: &mut Vec<Finding>,
) {
    let tolerance = Decimal::new(5, 2);
    let list: Vec<&Figure> = figs
        .iter()
        .filter(|f| f.unit == "万元" && !funds.iter().any(|(_, v, _)| *v == f.value))
        .collect();
    for start in 0..list.len() {
        for len in 2..=4 {
            let Some(window) = list.get(start..start.saturating_add(len)) else {
                break;
            };
            let Some(sum) = checked_sum(window.iter().map(|f| f.value)) else {
                continue;
            };
            let near = |v: &Decimal| {
                sum != *v
                    && sum
                        .checked_sub(*v)
                        .is_some_and(|gap| gap.abs() <= tolerance)
            };
            let Some((field, v, span)) = funds.iter().find(|(_, v, _)| near(v)) else {
                continue;
            };
            let (Some(first), Some(rest)) = (window.first(), window.get(1..)) else {
                continue;
            };
            let terms: Vec<String> = window.iter().map(|f| f.value.to_string()).collect();
            let shown = format!("{} = {sum}", terms.join(" + "));
            let mut f = Finding::new("narrative_sum", Severity::Warning, heading.to_string())
                .values(shown.clone(), v.to_string())
                .message(text::form_parts_of_funds(
                    heading,
                    &shown,
                    &field_label(field),
                    *v,
                ))
                .at(locate_after(p, body, &first.raw).as_ref());
            for part in rest {
                f = f.also(
                    locate_after(p, body, &part.raw).as_ref(),
                    text::FORM_PART_HERE,
                );
            }
            out.push(f.also(span.as_ref(), field_label(field)));
            return;
        }
    }
}

/// `总数A，其中 B、C`: parts that overshoot the total, or fall short of it by a hair.
fn breakdowns(p: &Project, heading: &str, body: &str, figs: &[Figure], out: &mut Vec<Finding>) {
    let ends = ['。', '；', ';', '！', '？', '\n'];
    for (at, _) in body.match_indices("其中") {
        let start = body
            .get(..at)
            .and_then(|b| b.rfind(ends))
            .map_or(0, |i| i.saturating_add(1));
        let end = body
            .get(at..)
            .and_then(|b| b.find(ends))
            .map_or(body.len(), |i| at.saturating_add(i));
        let Some(total) = figs
            .iter()
            .rfind(|f| f.pos >= start && f.pos < at && !f.unit.is_empty())
        else {
            continue;
        };
        let parts: Vec<&Figure> = figs
            .iter()
            .filter(|f| f.pos > at && f.pos < end && f.unit == total.unit)
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let Some(sum) = checked_sum(parts.iter().map(|f| f.value)) else {
            continue;
        };
        let slip = match (
            total.value.checked_sub(sum),
            total.value.checked_mul(Decimal::new(1, 2)),
        ) {
            (Some(gap), Some(hair)) => gap.abs() <= hair,
            _ => false,
        };
        if sum == total.value || !(sum > total.value || slip) {
            continue;
        }
        let terms: Vec<String> = parts.iter().map(|f| f.value.to_string()).collect();
        let shown = format!("{} = {sum}", terms.join(" + "));
        let mut f = Finding::new(
            "narrative_breakdown",
            Severity::Warning,
            heading.to_string(),
        )
        .values(shown.clone(), total.raw.clone())
        .message(text::form_breakdown(
            heading,
            &total.raw,
            &shown,
            &total.unit,
        ))
        .at(locate_after(p, body, &total.raw).as_ref());
        for part in parts {
            f = f.also(
                locate_after(p, body, &part.raw).as_ref(),
                text::FORM_PART_HERE,
            );
        }
        out.push(f);
    }
}

/// `2019年` in a 2020 form (text carried over from last year) or a year after the filing year.
fn years(p: &Project, heading: &str, body: &str, figs: &[Figure], out: &mut Vec<Finding>) {
    let year = p.header.year.value;
    let mut seen = Vec::new();
    for f in figs {
        let Ok(y) = i64::try_from(f.value.trunc().mantissa()) else {
            continue;
        };
        let digits = f.raw.chars().take_while(char::is_ascii_digit).count();
        let is_year = digits == 4 && f.unit.starts_with('年') && f.value.scale() == 0;
        let (last, next) = (year.saturating_sub(1), year.saturating_add(1));
        if !is_year || seen.contains(&y) || (y != last && y <= next) {
            continue;
        }
        seen.push(y);
        let excerpt: String = body[f.pos..]
            .chars()
            .take_while(|c| !"，,。；;\n".contains(*c))
            .take(24)
            .collect();
        let needle: String = body[f.pos..]
            .chars()
            .take_while(|c| *c != '\n')
            .take(8)
            .collect();
        let severity = if y > next {
            Severity::Warning
        } else {
            Severity::Info
        };
        out.push(
            Finding::new("narrative_year", severity, heading.to_string())
                .values(y.to_string(), year.to_string())
                .message(text::form_year(heading, &excerpt, y, year))
                .at(locate_after(p, body, &needle).as_ref()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_with_units() {
        let f = figures("代缴保费人数为14.94万人, 其中12.39万人；〔2014〕8号；2019年，20元/人");
        let shown: Vec<(String, &str)> = f
            .iter()
            .map(|f| (f.value.to_string(), f.unit.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("14.94".to_string(), "万人"),
                ("12.39".to_string(), "万人"),
                ("8".to_string(), "号"),
                ("2019".to_string(), "年"),
                ("20".to_string(), "元")
            ]
        );
    }
}
