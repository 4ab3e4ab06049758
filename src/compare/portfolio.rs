//! Over many projects: grade transitions, mean and largest deltas, and the rule changes
//! that moved the most points.

use super::{Cause, Comparison};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One project's move, for the list of the largest.
#[derive(Debug, Clone)]
pub struct Largest {
    /// Project name.
    pub name: String,
    /// Project file.
    pub file: String,
    /// B − A.
    pub delta: Decimal,
}

/// How many projects went from one grade under A to another under B.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// Grade under A.
    pub from: String,
    /// Grade under B.
    pub to: String,
    /// Projects that moved so.
    pub projects: usize,
}

/// A row and a cause that moved points across the portfolio.
#[derive(Debug, Clone)]
pub struct Mover {
    /// Row label (the item's path).
    pub label: String,
    /// Why it moved.
    pub cause: Cause,
    /// Σ points over the projects.
    pub points: Decimal,
    /// Projects touched.
    pub projects: usize,
}

/// What a pack change does to a portfolio of projects.
#[derive(Debug, Clone)]
pub struct Portfolio {
    /// Projects compared.
    pub projects: usize,
    /// Grade transitions, ordered by (from, to).
    pub transitions: Vec<Transition>,
    /// Mean of B − A.
    pub mean_delta: Decimal,
    /// The largest moves first.
    pub largest: Vec<Largest>,
    /// The rows and causes that moved points; largest |Σ| first.
    pub movers: Vec<Mover>,
    /// Every grade of the packs' bands in their order, best first (see [`Comparison::grades`]).
    pub grades: Vec<String>,
}

/// Summarises comparisons of many projects under the same two packs.
pub fn portfolio(cs: &[Comparison]) -> Portfolio {
    let mut transitions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut grades: Vec<String> = Vec::new();
    let mut movers: BTreeMap<(String, Cause), (Decimal, usize)> = BTreeMap::new();
    for c in cs {
        let n: &mut usize = transitions
            .entry((c.a.grade.clone(), c.b.grade.clone()))
            .or_insert(0);
        *n = n.saturating_add(1);
        for g in &c.grades {
            if !grades.contains(g) {
                grades.push(g.clone());
            }
        }
        for r in &c.rows {
            for a in &r.attributions {
                let e = movers
                    .entry((r.label.clone(), a.cause()))
                    .or_insert((Decimal::ZERO, 0));
                e.0 = e.0.saturating_add(a.points);
                e.1 = e.1.saturating_add(1);
            }
        }
    }
    let total = cs
        .iter()
        .map(Comparison::delta)
        .fold(Decimal::ZERO, Decimal::saturating_add);
    let mean_delta = if cs.is_empty() {
        Decimal::ZERO
    } else {
        total
            .checked_div(Decimal::from(cs.len() as u64))
            .unwrap_or(Decimal::ZERO)
    };
    let mut largest: Vec<Largest> = cs
        .iter()
        .map(|c| Largest {
            name: c.a.project.header.name.value.clone(),
            file: c.a.project.source.name().to_string(),
            delta: c.delta(),
        })
        .collect();
    largest.sort_by_key(|x| std::cmp::Reverse(x.delta.abs()));
    let mut movers: Vec<Mover> = movers
        .into_iter()
        .map(|((label, cause), (points, projects))| Mover {
            label,
            cause,
            points,
            projects,
        })
        .collect();
    movers
        .sort_by(|x, y| (y.points.abs().cmp(&x.points.abs())).then_with(|| x.label.cmp(&y.label)));
    Portfolio {
        projects: cs.len(),
        transitions: transitions
            .into_iter()
            .map(|((from, to), projects)| Transition { from, to, projects })
            .collect(),
        mean_delta,
        largest,
        movers,
        grades,
    }
}
