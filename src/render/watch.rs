//! What `watch` prints: the state in force, and after each edit what moved and why.

use crate::render::compare::{cause_and_detail, signed};
use crate::render::human::{render_all, Style};
use crate::text;
use crate::watch::{GateFailure, Moved, Outcome, Session, Standing, Why};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Projects shown one by one; above this a portfolio summary is shown instead.
const DETAIL_LIMIT: usize = 5;

/// The state in force: each project's total and grade (or a count for a portfolio).
pub fn state(s: &Session, style: Style) -> String {
    let mut out = String::new();
    let p = s.policy();
    let _ = writeln!(out, "{}", text::watching(&p.id.value, &p.origin));
    let all: Vec<_> = s.evaluations().collect();
    let failing = all.iter().filter(|(_, e, _)| e.is_none()).count();
    if all.len() > DETAIL_LIMIT {
        let mut grades: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, e, _) in &all {
            if let Some(e) = e {
                let n = grades.entry(e.grade.as_str()).or_default();
                *n = n.saturating_add(1);
            }
        }
        let g: Vec<String> = grades.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(
            out,
            "{}",
            text::portfolio_state(all.len(), &g.join("，"), failing)
        );
    } else {
        for (path, e, err) in &all {
            match (e, err) {
                (Some(e), _) => {
                    let _ = writeln!(
                        out,
                        "  {}  {} {}「{}」",
                        path.display(),
                        e.project.header.name.value,
                        e.total,
                        e.grade
                    );
                }
                (None, Some(d)) => {
                    let _ = writeln!(
                        out,
                        "  {}  {}",
                        path.display(),
                        text::project_failing(d.0.len())
                    );
                    out.push_str(&render_all(&d.0, style));
                }
                _ => {}
            }
        }
    }
    out
}

fn standing(x: Option<&Standing>) -> String {
    x.map_or_else(
        || text::NO_VALUE.to_string(),
        |s| text::standing(&s.total.to_string(), &s.grade),
    )
}

/// The causes of a moved row, in words.
fn causes(why: &Why) -> String {
    let words: Vec<String> = match why {
        Why::ProjectData => vec![text::PROJECT_DATA_CHANGED.to_string()],
        Why::Pack(atts) => atts.iter().map(cause_and_detail).collect(),
    };
    text::causes_joined(&words)
}

fn moved(m: &Moved, style: Style, out: &mut String) {
    let delta = m.delta().map(signed);
    let line = text::moved_line(
        &m.file,
        &m.name,
        &standing(m.before.as_ref()),
        &standing(m.after.as_ref()),
        delta.as_deref(),
    );
    let _ = writeln!(out, "{line}");
    for r in &m.rows {
        let _ = writeln!(
            out,
            "{}",
            text::moved_row(&r.label, &signed(r.delta), &causes(&r.why))
        );
    }
    if let Some(e) = &m.error {
        out.push_str(&render_all(&e.0, style));
    }
}

fn summary(list: &[Moved], unchanged: usize, out: &mut String) {
    let mut transitions: BTreeMap<(String, String), usize> = BTreeMap::new();
    for m in list {
        if let (Some(a), Some(b)) = (&m.before, &m.after) {
            if a.grade != b.grade {
                let n = transitions
                    .entry((a.grade.clone(), b.grade.clone()))
                    .or_default();
                *n = n.saturating_add(1);
            }
        }
    }
    let _ = writeln!(out, "{}", text::watch_summary(list.len(), unchanged));
    for ((a, b), n) in &transitions {
        let _ = writeln!(out, "  {}", text::transition_line(a, b, *n));
    }
    let mut largest: Vec<&Moved> = list.iter().collect();
    let delta = |m: &Moved| m.delta().map_or(rust_decimal::Decimal::ZERO, |d| d.abs());
    largest.sort_by_key(|m| std::cmp::Reverse(delta(m)));
    let _ = writeln!(out, "{}", text::LARGEST_MOVES);
    let mut sink = String::new();
    for m in largest.into_iter().take(DETAIL_LIMIT) {
        moved(m, Style::PLAIN, &mut sink);
    }
    out.push_str(&sink);
}

/// After an edit: what moved and why, or why the edit was not taken.
pub fn outcome(s: &Session, o: &Outcome, style: Style) -> String {
    let mut out = String::new();
    match o {
        Outcome::Rejected(d) => {
            let _ = writeln!(out, "{}", text::edit_rejected(&s.policy().id.value));
            out.push_str(&render_all(&d.0, style));
        }
        Outcome::GateFailed(fails) => {
            let _ = writeln!(out, "{}", text::gate_rejected(&s.policy().id.value));
            for f in fails {
                match f {
                    GateFailure::Case { name, mismatches } => {
                        let line = text::gate_case_failed(name, *mismatches);
                        let _ = writeln!(out, "  ✗ {line}");
                    }
                    GateFailure::Unreadable(d) => out.push_str(&render_all(&d.0, style)),
                }
            }
        }
        Outcome::Updated {
            policy_changed,
            moved: list,
            unchanged,
        } => {
            if *policy_changed {
                let _ = writeln!(out, "{}", text::policy_reloaded(&s.policy().id.value));
            }
            if list.len() > DETAIL_LIMIT {
                summary(list, *unchanged, &mut out);
            } else {
                for m in list {
                    moved(m, style, &mut out);
                }
                if list.is_empty() {
                    let _ = writeln!(out, "{}", text::NOTHING_MOVED);
                }
            }
        }
        Outcome::Nothing => {}
    }
    out
}
