//! Which items of A and B stand for each other: same path, or an explicit crosswalk.

use crate::eval::{Evaluation, ItemScore};
use crate::policy::Policy;
use crate::text;

/// Items of A and B that stand for each other.
#[derive(Debug)]
pub enum Pairing<'e> {
    /// The same item path in both packs.
    Same(&'e ItemScore, &'e ItemScore),
    /// Regrouped items, by the crosswalk: (label, A's items, B's items).
    Crosswalk(String, Vec<&'e ItemScore>, Vec<&'e ItemScore>),
    /// Only in B.
    Added(&'e ItemScore),
    /// Only in A.
    Removed(&'e ItemScore),
}

/// How a row's items were aligned: a pairing's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The same item path in both packs.
    Same,
    /// Regrouped by the crosswalk.
    Crosswalk,
    /// Only in B.
    Added,
    /// Only in A.
    Removed,
}

impl RowKind {
    /// Key for JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            RowKind::Same => "same",
            RowKind::Crosswalk => "crosswalk",
            RowKind::Added => "added",
            RowKind::Removed => "removed",
        }
    }
}

impl Pairing<'_> {
    /// What kind of pairing this is.
    pub fn kind(&self) -> RowKind {
        match self {
            Pairing::Same(..) => RowKind::Same,
            Pairing::Crosswalk(..) => RowKind::Crosswalk,
            Pairing::Added(_) => RowKind::Added,
            Pairing::Removed(_) => RowKind::Removed,
        }
    }
}

fn under(item: &ItemScore, path: &str) -> bool {
    let p = item.path_str();
    p == path || p.starts_with(&format!("{path}/"))
}

/// The crosswalk between the packs as (B paths, A paths) entries, whichever pack declares it.
fn crosswalk(pa: &Policy, pb: &Policy) -> Vec<(String, Vec<String>)> {
    let entries = |c: &crate::policy::Crosswalk| -> Vec<(String, Vec<String>)> {
        c.entries
            .iter()
            .map(|e| {
                (
                    e.to.value.clone(),
                    e.from.iter().map(|f| f.value.clone()).collect(),
                )
            })
            .collect()
    };
    match (&pb.crosswalk, &pa.crosswalk) {
        (Some(c), _) if c.from.value == pa.id.value => entries(c),
        // A declares a crosswalk from B: its `to` paths are A's, its `from` paths B's.
        (_, Some(c)) if c.from.value == pb.id.value => entries(c)
            .into_iter()
            .flat_map(|(to, from)| from.into_iter().map(move |f| (f, vec![to.clone()])))
            .collect(),
        _ => Vec::new(),
    }
}

/// Aligns the items of two evaluations; warnings name crosswalk paths that matched nothing.
pub fn align<'e>(
    pa: &Policy,
    a: &'e Evaluation,
    pb: &Policy,
    b: &'e Evaluation,
) -> (Vec<Pairing<'e>>, Vec<String>) {
    let mut used_a = vec![false; a.items.len()];
    let mut used_b = vec![false; b.items.len()];
    let mut crossed: Vec<(usize, Pairing<'e>)> = Vec::new();
    let mut warnings = Vec::new();
    for (to, from) in crosswalk(pa, pb) {
        let bs: Vec<usize> = free(&b.items, &used_b)
            .filter(|(_, it)| under(it, &to))
            .map(|(i, _)| i)
            .collect();
        let mut as_: Vec<usize> = Vec::new();
        for f in &from {
            let found: Vec<usize> = free(&a.items, &used_a)
                .filter(|(_, it)| under(it, f))
                .map(|(i, _)| i)
                .collect();
            if found.is_empty() {
                warnings.push(text::crosswalk_no_match(f, &pa.id.value));
            }
            as_.extend(found);
        }
        if bs.is_empty() {
            warnings.push(text::crosswalk_no_match(&to, &pb.id.value));
            continue;
        }
        mark(&mut used_b, &bs);
        mark(&mut used_a, &as_);
        let Some(&first) = bs.first() else { continue };
        crossed.push((
            first,
            Pairing::Crosswalk(
                to,
                as_.iter().filter_map(|&i| a.items.get(i)).collect(),
                bs.iter().filter_map(|&i| b.items.get(i)).collect(),
            ),
        ));
    }
    let mut out = Vec::new();
    for (i, item) in b.items.iter().enumerate() {
        if let Some(pos) = crossed.iter().position(|(first, _)| *first == i) {
            out.push(crossed.remove(pos).1);
            continue;
        }
        if used_b.get(i).copied().unwrap_or(true) {
            continue;
        }
        let twin = free(&a.items, &used_a).find(|(_, it)| it.path_str() == item.path_str());
        match twin {
            Some((j, twin)) => {
                mark(&mut used_a, &[j]);
                out.push(Pairing::Same(twin, item));
            }
            None => out.push(Pairing::Added(item)),
        }
    }
    out.extend(free(&a.items, &used_a).map(|(_, it)| Pairing::Removed(it)));
    (out, warnings)
}

/// The items not yet paired, with their indices.
fn free<'a, 'u, T>(
    items: &'a [T],
    used: &'u [bool],
) -> impl Iterator<Item = (usize, &'a T)> + use<'a, 'u, T> {
    items
        .iter()
        .zip(used)
        .enumerate()
        .filter(|(_, (_, &u))| !u)
        .map(|(i, (it, _))| (i, it))
}

/// Marks the items at `indices` paired.
fn mark(used: &mut [bool], indices: &[usize]) {
    for &i in indices {
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
    }
}
