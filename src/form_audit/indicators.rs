//! Indicators and header: rows without a name;
//! 主管部门 without a name; the period and the filing date against the form's year.

use super::{Finding, Severity};
use crate::project::Project;
use crate::text;

pub(super) fn check(p: &Project, out: &mut Vec<Finding>) {
    for ind in &p.indicators {
        if ind.name.is_none() {
            let subject = format!("{}/{}", ind.level1.value, ind.level2.value);
            let at = ind
                .label
                .as_ref()
                .map(|l| &l.span)
                .unwrap_or(&ind.target.text.span);
            out.push(
                Finding::new("indicator_name", Severity::Warning, &subject)
                    .values(ind.display_name(), "—")
                    .message(text::form_unnamed_indicator(&subject, &ind.display_name()))
                    .at(Some(at)),
            );
        }
    }
    header(p, out);
}

fn header(p: &Project, out: &mut Vec<Finding>) {
    let h = &p.header;
    if let (None, Some(code)) = (&h.department, &h.department_code) {
        out.push(
            Finding::new("department", Severity::Warning, text::FORM_DEPARTMENT)
                .values(format!("—（{}）", code.value), text::FORM_NAME_AND_CODE)
                .message(text::form_department_without_name(&code.value))
                .at(Some(&code.span)),
        );
    }
    let year = h.year.value;
    if let Some(period) = &h.period {
        let years = four_digit_years(&period.value);
        if !years.is_empty() && !years.contains(&year) {
            out.push(
                Finding::new("period", Severity::Warning, text::FORM_PERIOD)
                    .values(period.value.clone(), year.to_string())
                    .message(text::form_period_year(&period.value, year))
                    .at(Some(&period.span))
                    .also(Some(&h.year.span), text::FORM_YEAR_HERE),
            );
        }
        let end = period
            .value
            .rsplit(['至', '~', '－'])
            .next()
            .unwrap_or("")
            .trim();
        if let Some(filed) = &p.people.filled_on {
            if is_iso_date(end) && is_iso_date(filed) && filed.as_str() < end {
                out.push(
                    Finding::new("filed_early", Severity::Warning, text::FORM_FILED_ON)
                        .values(filed.clone(), format!("≥ {end}"))
                        .message(text::form_filed_early(filed, end))
                        .at(Some(&period.span)),
                );
            }
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Four-digit numbers in a text (years).
fn four_digit_years(s: &str) -> Vec<i64> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .collect()
}
