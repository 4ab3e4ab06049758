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

fn under(item: &ItemScore, path: &str) -> bool {
    let p = item.path_str();
    p == path || p.starts_with(&format!("{path}/"))
}

/// The crosswalk between the packs as (B paths, A paths) entries, whichever pack declares it.
fn crosswalk(pa: &Policy, pb: &Policy) -> Vec<(String, Vec<String>)> {
    let entries = |c: &crate::policy::Crosswalk| -> Vec<(String, Vec<String>)> {
        c.entries
            .iter()
            .map(|(to, from)| {
                (
                    to.value.clone(),
                    from.iter().map(|f| f.value.clone()).collect(),
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
        let bs: Vec<usize> = (0..b.items.len())
            .filter(|&i| !used_b[i] && under(&b.items[i], &to))
            .collect();
        let mut as_: Vec<usize> = Vec::new();
        for f in &from {
            let found: Vec<usize> = (0..a.items.len())
                .filter(|&i| !used_a[i] && under(&a.items[i], f))
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
        bs.iter().for_each(|&i| used_b[i] = true);
        as_.iter().for_each(|&i| used_a[i] = true);
        let first = bs[0];
        crossed.push((
            first,
            Pairing::Crosswalk(
                to,
                as_.iter().map(|&i| &a.items[i]).collect(),
                bs.iter().map(|&i| &b.items[i]).collect(),
            ),
        ));
    }
    let mut out = Vec::new();
    for (i, item) in b.items.iter().enumerate() {
        if let Some(pos) = crossed.iter().position(|(first, _)| *first == i) {
            out.push(crossed.remove(pos).1);
            continue;
        }
        if used_b[i] {
            continue;
        }
        let twin =
            (0..a.items.len()).find(|&j| !used_a[j] && a.items[j].path_str() == item.path_str());
        match twin {
            Some(j) => {
                used_a[j] = true;
                out.push(Pairing::Same(&a.items[j], item));
            }
            None => out.push(Pairing::Added(item)),
        }
    }
    out.extend(
        (0..a.items.len())
            .filter(|&j| !used_a[j])
            .map(|j| Pairing::Removed(&a.items[j])),
    );
    (out, warnings)
}
