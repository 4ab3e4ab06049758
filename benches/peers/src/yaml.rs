//! A [`Case`] as a jixiao project file (docs/project-format.md), written the way the seed is.

use crate::case::Case;
use crate::pack::ITEMS;
use std::fmt::Write;

/// The project-file text of `c`.
pub fn project(c: &Case) -> String {
    let mut y = String::from(
        "format: 1\nheader:\n  name: 城乡居民养老金缴费补助（入口补）\n  implementer: 晋中市养老保险中心\n  year: 2020\n  region: 晋中市\nfunds:\n  budget:\n",
    );
    for (k, v) in &c.budget {
        let _ = writeln!(y, "    {k}: {v}");
    }
    let _ = writeln!(y, "  allocated: {}\n  spent:", c.allocated);
    for (k, v) in &c.spent {
        let _ = writeln!(y, "    {k}: {v}");
    }
    y.push_str("indicators:\n");
    for i in &c.indicators {
        let _ = writeln!(
            y,
            "  - level1: {}\n    level2: {}\n    name: {}\n    direction: {}\n    target: \"{}\"\n    actual: \"{}\"",
            i.level1,
            i.level2,
            i.name,
            i.dir.yaml(),
            i.target_text,
            i.actual_text
        );
        if let Some(p) = i.progress {
            let _ = writeln!(y, "    progress: {p}%");
        }
        if let Some(t) = i.tier {
            let _ = writeln!(y, "    tier: {t}");
        }
    }
    y.push_str("scorecard:\n  items:\n");
    for (item, score) in ITEMS.iter().zip(&c.declared) {
        let _ = writeln!(
            y,
            "    - {{ path: {}, weight: {}, score: {score} }}",
            item.path, item.weight
        );
    }
    y.push_str("judgements: []\n");
    y
}
