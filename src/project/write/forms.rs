//! Writing what 10号 forms fill: funds rows, parts and unit, 年度总体目标, weights in labels,
//! indicator 指标性质 / 度量单位 / 偏差原因 / part_of, and the columns kept by header.

use super::super::{Indicator, Project};
use super::{map_key, scalar};
use crate::source::Sp;
use indexmap::IndexMap;
use rust_decimal::Decimal;
use std::fmt::Write;

/// `{ 键: 值, … }` for columns kept by header.
pub(super) fn extra_flow(e: &IndexMap<String, Sp<String>>) -> String {
    let parts: Vec<String> = e
        .iter()
        .map(|(k, v)| format!("{}{}", map_key(k, None), scalar(&v.value, true)))
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

/// `header.extra`.
pub(super) fn header_extra(o: &mut String, p: &Project) {
    if !p.header.extra.is_empty() {
        let _ = writeln!(o, "  extra: {}", extra_flow(&p.header.extra));
    }
}

/// True when the funds block has 10号 parts to write.
pub(super) fn has_funds(p: &Project) -> bool {
    let f = &p.funds;
    f.unit.is_some() || !f.rows.is_empty() || !f.parts.is_empty()
}

/// `funds.unit`, `funds.rows`, `funds.parts`.
pub(super) fn funds(o: &mut String, p: &Project) {
    let f = &p.funds;
    if let Some(u) = &f.unit {
        let _ = writeln!(
            o,
            "  unit: {}  # {}",
            scalar(&u.value, false),
            crate::text::WRITTEN_UNIT_NOTE
        );
    }
    if !f.rows.is_empty() {
        o.push_str("  rows:\n");
    }
    for r in &f.rows {
        let mut s = format!("    - {{ category: {}", scalar(&r.category.value, true));
        if r.total {
            s.push_str(", total: true");
        }
        let amounts: [(&str, &Option<Sp<Decimal>>); 6] = [
            ("initial", &r.initial),
            ("budget", &r.budget),
            ("executed", &r.executed),
            ("arrived", &r.arrived),
            ("weight", &r.weight),
            ("score", &r.score),
        ];
        for (k, v) in amounts {
            if let Some(v) = v {
                let _ = write!(s, ", {k}: {}", v.value);
            }
        }
        if let Some(r) = &r.rate {
            let _ = write!(s, ", rate: \"{}%\"", r.value);
        }
        s.push_str(" }\n");
        o.push_str(&s);
    }
    if !f.parts.is_empty() {
        o.push_str("  parts:\n");
        for (k, v) in &f.parts {
            let _ = writeln!(o, "    {}{}", map_key(k, Some("    ")), v.value);
        }
    }
}

/// `goals` and `group_weights`.
pub(super) fn goals_and_weights(o: &mut String, p: &Project) {
    if !p.goals.is_empty() {
        o.push_str("\n# 年度总体目标：预期目标与实际完成情况\ngoals:\n");
        for g in &p.goals {
            let mut first = true;
            let mut line = |o: &mut String, k: &str, v: String| {
                let lead = if first { "  - " } else { "    " };
                first = false;
                let _ = writeln!(o, "{lead}{k}: {v}");
            };
            if let Some(e) = &g.expected {
                line(o, "expected", scalar(&e.value, false));
            }
            if let Some(a) = &g.actual {
                line(o, "actual", scalar(&a.value, false));
            }
            if !g.extra.is_empty() {
                line(o, "extra", extra_flow(&g.extra));
            }
        }
    }
    if !p.group_weights.is_empty() {
        o.push_str("\n# 写在栏目名中的权重\ngroup_weights:\n");
        for w in &p.group_weights {
            let mut s = format!("  - {{ label: {}", scalar(&w.label.value, true));
            if let Some(l1) = &w.level1 {
                let _ = write!(s, ", level1: {}", scalar(l1, true));
            }
            if let Some(l2) = &w.level2 {
                let _ = write!(s, ", level2: {}", scalar(l2, true));
            }
            let _ = writeln!(s, ", weight: {} }}", w.weight.value);
            o.push_str(&s);
        }
    }
}

/// An indicator's 指标性质, 度量单位, 偏差原因, part_of and kept columns.
pub(super) fn indicator(o: &mut String, ind: &Indicator) {
    for (k, v) in [
        ("nature", &ind.nature),
        ("unit", &ind.unit),
        ("deviation", &ind.deviation),
        ("part_of", &ind.part_of),
    ] {
        if let Some(v) = v {
            let _ = writeln!(o, "    {k}: {}", scalar(&v.value, false));
        }
    }
    if !ind.extra.is_empty() {
        let _ = writeln!(o, "    extra: {}", extra_flow(&ind.extra));
    }
}
