//! Writing a project back as the documented YAML project format (format 1): Chinese keys as
//! in the example, values quoted only where YAML would misread them, inferred values marked
//! with comments. Writing the file is `fsx::write_atomic`'s job.

use super::{Declared, Indicator, Measure, Project};
use crate::import::Inference;
use crate::text;
use rust_decimal::Decimal;
use std::fmt::Write;

mod forms;

/// The project as YAML; `inferences` become end-of-line comments on the values they concern.
pub fn to_yaml(p: &Project, inferences: &[Inference]) -> String {
    let note = |field: &str| -> String {
        let notes: Vec<&str> = inferences
            .iter()
            .filter(|i| i.field == field)
            .map(|i| i.note.as_str())
            .collect();
        if notes.is_empty() {
            String::new()
        } else {
            format!("  # {}", comment(&notes.join("；")))
        }
    };
    let mut o = String::new();
    let _ = writeln!(o, "# {}", comment(&text::written_from(p.source.name())));
    let _ = writeln!(o, "# {}", text::WRITTEN_UNITS);
    o.push_str("format: 1\n\nheader:\n");
    let h = &p.header;
    let _ = writeln!(o, "  name: {}", scalar(&h.name.value, false));
    if h.department.is_some() || h.department_code.is_some() {
        o.push_str("  department:\n");
        if let Some(d) = &h.department {
            let _ = writeln!(o, "    name: {}", scalar(&d.value, false));
        }
        if let Some(c) = &h.department_code {
            let _ = writeln!(o, "    code: {}", scalar(&c.value, false));
        }
    }
    for (key, v) in [
        ("implementer", &h.implementer),
        ("kind", &h.kind),
        ("period", &h.period),
    ] {
        if let Some(v) = v {
            let _ = writeln!(o, "  {key}: {}", scalar(&v.value, false));
        }
    }
    let _ = writeln!(o, "  year: {}{}", h.year.value, note("header.year"));
    if let Some(r) = &h.region {
        let _ = writeln!(o, "  region: {}", scalar(&r.value, false));
    }
    forms::header_extra(&mut o, p);
    if let Some(c) = &p.cut {
        let place = crate::text::cut_place(c);
        let _ = writeln!(
            o,
            "\n# 原表截断：缺的部分不评分\ncut: {}",
            scalar(&place, false)
        );
    }
    funds(&mut o, p);
    forms::goals_and_weights(&mut o, p);
    if !p.indicators.is_empty() {
        o.push_str("\n# 绩效目标实现情况（原表顺序）\nindicators:\n");
        for (i, ind) in p.indicators.iter().enumerate() {
            indicator(&mut o, ind, |f| note(&format!("indicators[{i}].{f}")));
        }
    }
    if let Some(card) = &p.scorecard {
        o.push_str("\n# 评分表：单位自评的分值与得分；路径为 一级/二级/三级\nscorecard:\n");
        if let Some(t) = &card.total {
            let _ = writeln!(o, "  total: {}", declared(t, false));
        }
        if let Some(g) = &card.grade {
            let _ = writeln!(o, "  grade: {}", scalar(&g.value, false));
        }
        for (key, list) in [("sections", &card.sections), ("items", &card.items)] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(o, "  {key}:");
            for (i, d) in list.iter().enumerate() {
                let n = note(&format!("scorecard.{key}[{i}].path"));
                let _ = writeln!(o, "    - {}{n}", declared(d, true));
            }
        }
    }
    if !p.judgements.is_empty() {
        o.push_str("\njudgements:\n");
        for j in &p.judgements {
            let _ = write!(
                o,
                "  - {{ item: {}, score: {}",
                scalar(&j.item.value, true),
                j.score.value
            );
            if let Some(r) = &j.reason {
                let _ = write!(o, ", reason: {}", scalar(&r.value, true));
            }
            o.push_str(" }\n");
        }
    }
    narratives(&mut o, p);
    people(&mut o, p);
    o
}

fn funds(o: &mut String, p: &Project) {
    let f = &p.funds;
    o.push_str("\nfunds:");
    if f.budget.is_empty() && f.allocated.is_none() && f.spent.is_empty() && !forms::has_funds(p) {
        o.push_str(" {}\n");
        return;
    }
    o.push('\n');
    let list =
        |o: &mut String, key: &str, comment: &str, l: &[(String, crate::source::Sp<Decimal>)]| {
            if l.is_empty() {
                return;
            }
            let _ = writeln!(o, "  {key}:  # {comment}");
            for (src, v) in l {
                let _ = writeln!(o, "    {}{}", map_key(src, Some("    ")), v.value);
            }
        };
    list(o, "budget", &text::FIELD_BUDGET.to_string(), &f.budget);
    if let Some(a) = &f.allocated {
        let _ = writeln!(o, "  allocated: {}  # {}", a.value, text::FIELD_ALLOCATED);
    }
    list(o, "spent", &text::FIELD_SPENT.to_string(), &f.spent);
    forms::funds(o, p);
}

fn indicator(o: &mut String, ind: &Indicator, note: impl Fn(&str) -> String) {
    let _ = writeln!(
        o,
        "  - level1: {}{}",
        scalar(&ind.level1.value, false),
        note("level1")
    );
    let _ = writeln!(o, "    level2: {}", scalar(&ind.level2.value, false));
    if let Some(l) = &ind.label {
        let _ = writeln!(o, "    label: {}", scalar(&l.value, false));
    }
    if let Some(n) = &ind.name {
        let _ = writeln!(o, "    name: {}", scalar(&n.value, false));
    }
    let dir = ind.direction.value.symbol();
    let _ = writeln!(
        o,
        "    direction: {}{}",
        scalar(dir, false),
        note("direction")
    );
    let numeric = ind.direction.value != super::Direction::Qualitative;
    let _ = writeln!(o, "    target: {}", measure(&ind.target, numeric));
    let _ = writeln!(o, "    actual: {}", measure(&ind.actual, numeric));
    if let Some(p) = &ind.progress {
        let _ = writeln!(o, "    progress: {}%", p.value);
    }
    if let Some(t) = &ind.tier {
        let _ = writeln!(o, "    tier: {}", scalar(&t.value, false));
    }
    if let Some(w) = &ind.weight {
        let _ = writeln!(o, "    weight: {}", w.value);
    }
    if let Some(s) = &ind.score {
        let _ = writeln!(o, "    score: {}", s.value);
    }
    forms::indicator(o, ind);
}

/// A target/actual: its text when reading the text gives the same number, else the full form.
fn measure(m: &Measure, numeric: bool) -> String {
    let Some(v) = &m.value else {
        return scalar(&m.text.value, false);
    };
    if numeric {
        if let Ok(again) = Measure::from_text(m.text.clone(), true) {
            let same = again.value.as_ref().map(|a| a.value) == Some(v.value);
            if same && again.unit == m.unit {
                return scalar(&m.text.value, false);
            }
        }
    }
    let mut s = format!(
        "{{ text: {}, value: \"{}\"",
        scalar(&m.text.value, true),
        v.value
    );
    if let Some(u) = &m.unit {
        let _ = write!(s, ", unit: {}", scalar(u, true));
    }
    s.push_str(" }");
    s
}

fn declared(d: &Declared, with_path: bool) -> String {
    let mut s = String::from("{ ");
    if with_path {
        let _ = write!(s, "path: {}, ", scalar(&d.path.value, true));
    }
    if let Some(w) = &d.weight {
        let _ = write!(s, "weight: {}, ", w.value);
    }
    let _ = write!(s, "score: {}", d.score.value);
    if !d.extra.is_empty() {
        let _ = write!(s, ", extra: {}", forms::extra_flow(&d.extra));
    }
    s.push_str(" }");
    s
}

fn narratives(o: &mut String, p: &Project) {
    if p.narratives.is_empty() {
        return;
    }
    o.push_str("\nnarratives:\n");
    for (k, v) in &p.narratives {
        let key = map_key(k, Some("  "));
        let block = !v.is_empty()
            && v.lines().all(|l| l == l.trim() && !l.is_empty())
            && !v.contains(['\t', '\r'])
            && !v.ends_with('\n')
            && v.chars().all(|c| c == '\n' || plain_char(c));
        if block && (v.contains('\n') || v.chars().count() > 40) {
            let style = if v.contains('\n') { "|-" } else { ">-" };
            let _ = writeln!(o, "  {key}{style}");
            for line in v.lines() {
                let _ = writeln!(o, "    {line}");
            }
        } else {
            let _ = writeln!(o, "  {key}{}", scalar(v, false));
        }
    }
}

fn people(o: &mut String, p: &Project) {
    let pe = &p.people;
    let singles = [
        ("responsible", &pe.responsible),
        ("handler", &pe.handler),
        ("phone", &pe.phone),
        ("filled_on", &pe.filled_on),
    ];
    if pe.evaluators.is_empty() && singles.iter().all(|(_, v)| v.is_none()) {
        return;
    }
    o.push_str("\npeople:\n");
    if !pe.evaluators.is_empty() {
        o.push_str("  evaluators:\n");
        for e in &pe.evaluators {
            let _ = write!(o, "    - {{ name: {}", scalar(&e.name, true));
            for (k, v) in [
                ("title", &e.title),
                ("office", &e.office),
                ("phone", &e.phone),
            ] {
                if let Some(v) = v {
                    let _ = write!(o, ", {k}: {}", scalar(v, true));
                }
            }
            o.push_str(" }\n");
        }
    }
    for (k, v) in singles {
        if let Some(v) = v {
            let _ = writeln!(o, "  {k}: {}", scalar(v, false));
        }
    }
}

/// A YAML scalar for a string: plain when YAML reads it back as the same string, else
/// double-quoted with every character YAML would refuse or change escaped. `flow` also quotes
/// the characters that end a value inside `{ … }`.
pub fn scalar(s: &str, flow: bool) -> String {
    if !needs_quotes(s, flow) {
        return s.to_string();
    }
    let mut q = String::with_capacity(s.len().saturating_add(2));
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if !plain_char(c) => escape(&mut q, c),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// Text for a `#` comment: what would end the line or be refused becomes a space.
fn comment(s: &str) -> String {
    s.chars()
        .map(|c| if plain_char(c) { c } else { ' ' })
        .collect()
}

/// Longest key written as `key: value`; YAML limits an implicit key to 1024 characters, so a
/// longer one is written as an explicit `? key`.
const MAX_IMPLICIT_KEY: usize = 1000;

/// A mapping key and what follows it up to the value: `key: `, or for a key too long to be
/// implicit `? key : ` (flow, `block` = `None`) or `? key` and `: ` on the next line indented
/// by `block`.
pub fn map_key(k: &str, block: Option<&str>) -> String {
    // `<<` as a key is a merge key to some readers.
    let k = if k == "<<" {
        "\"<<\"".to_string()
    } else {
        scalar(k, block.is_none())
    };
    if k.chars().count() <= MAX_IMPLICIT_KEY {
        return format!("{k}: ");
    }
    match block {
        None => format!("? {k} : "),
        Some(indent) => format!("? {k}\n{indent}: "),
    }
}

/// `\uXXXX` or `\UXXXXXXXX`.
fn escape(q: &mut String, c: char) {
    let n = u32::from(c);
    if n <= 0xFFFF {
        let _ = write!(q, "\\u{n:04x}");
    } else {
        let _ = write!(q, "\\U{n:08x}");
    }
}

/// True for a character written as it is, in a plain scalar or between double quotes: YAML's
/// printable set without a BOM, line separators and noncharacters (which some readers refuse).
fn plain_char(c: char) -> bool {
    let n = u32::from(c);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE;
    let printable = matches!(n, 0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0x10_FFFF);
    printable && !noncharacter && !matches!(n, 0xFEFF | 0x2028 | 0x2029)
}

fn needs_quotes(s: &str, flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return true;
    };
    let lower = s.to_ascii_lowercase();
    let keyword = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "+.inf",
        "-.inf",
    ]
    .contains(&lower.as_str());
    // What a reader could take for a number, a date or a time: 077, 1e3, 0x1F, 2021-07-05, 1:20;
    // and anything starting with a sign or a point (+.inf, .5).
    let number = first.is_ascii_digit()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._:+-".contains(c))
        || crate::num::parse_decimal(s).is_some()
        || s.parse::<f64>().is_ok()
        || "+.".contains(first);
    keyword
        || number
        || s != s.trim()
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(":\t")
        || s.ends_with(':')
        || s.contains(['\n', '\r', '\t', '\\'])
        || !s.chars().all(plain_char)
        || (flow && s.contains([',', '[', ']', '{', '}']))
}

#[cfg(test)]
mod tests;
