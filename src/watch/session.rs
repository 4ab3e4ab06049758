//! The state `watch` keeps between edits: the last good pack, every project parsed once,
//! their evaluations; `apply` takes a batch of changed paths and says what moved.

use crate::cases::{load_cases, run_case};
use crate::compare::{attribute_item, compare};
use crate::diag::{Diagnostic, Diags};
use crate::eval::{evaluate, reevaluate, Evaluation, ItemScore};
use crate::policy::{self, PackFiles, Policy};
use crate::project::{self, Project};
use crate::text;
use rayon::prelude::*;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One project under watch: parsed once, re-read only when its file changes.
#[derive(Default)]
struct Slot {
    project: Option<Arc<Project>>,
    eval: Option<Evaluation>,
    error: Option<Diags>,
}

/// How one project moved: totals, grades, and the rows that changed with their causes.
#[derive(Debug, Clone)]
pub struct Moved {
    /// The project file.
    pub file: String,
    /// Project name.
    pub name: String,
    /// (total, grade) before, if it scored.
    pub before: Option<(Decimal, String)>,
    /// (total, grade) after, if it scores.
    pub after: Option<(Decimal, String)>,
    /// (row, delta, causes in words).
    pub rows: Vec<(String, Decimal, Vec<String>)>,
    /// Why it no longer scores.
    pub error: Option<Diags>,
}

/// What one batch of edits did.
#[derive(Debug)]
pub enum Outcome {
    /// Everything re-evaluated: the projects that moved, and how many did not.
    Updated {
        /// Whether the pack was reloaded.
        policy_changed: bool,
        /// Projects that moved or failed.
        moved: Vec<Moved>,
        /// Projects scored again with no change.
        unchanged: usize,
    },
    /// The edited pack does not load or check; the last good one stays in force.
    Rejected(Diags),
    /// The edited pack loads but its cases fail (`--gate`); the last good one stays.
    GateFailed(Vec<String>),
    /// Nothing watched changed.
    Nothing,
}

/// The watch state.
pub struct Session {
    pack: PathBuf,
    rules: PathBuf,
    gate: bool,
    policy: Policy,
    projects: BTreeMap<PathBuf, Slot>,
    roots: Vec<PathBuf>,
    /// Canonical path → project key, to match file events cheaply.
    canon: BTreeMap<PathBuf, PathBuf>,
}

/// A path made absolute and free of links where it exists (its parent where it does not).
fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| {
        let parent = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::canonicalize(parent)
            .unwrap_or_else(|_| parent.to_path_buf())
            .join(p.file_name().unwrap_or_default())
    })
}

fn is_project_file(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e == "yaml" || e == "yml" || e == "txt" || e == "xlsx")
}

impl Session {
    /// Loads the pack and every project under `roots` (files or directories).
    pub fn start(pack: &Path, roots: &[PathBuf], gate: bool) -> Result<Session, Diags> {
        let policy = policy::load(&PackFiles::Disk(pack.to_path_buf()))?;
        let mut s = Session {
            rules: pack.join("../../rules"),
            pack: pack.to_path_buf(),
            gate,
            policy,
            projects: BTreeMap::new(),
            roots: roots.to_vec(),
            canon: BTreeMap::new(),
        };
        for f in s.files() {
            s.canon.insert(canonical(&f), f.clone());
            s.projects.insert(f, Slot::default());
        }
        let all: Vec<PathBuf> = s.projects.keys().cloned().collect();
        s.reload_projects(&all);
        s.evaluate_all(None);
        Ok(s)
    }

    /// The pack in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Evaluations in force, by file.
    pub fn evaluations(
        &self,
    ) -> impl Iterator<Item = (&PathBuf, Option<&Evaluation>, Option<&Diags>)> {
        self.projects
            .iter()
            .map(|(p, s)| (p, s.eval.as_ref(), s.error.as_ref()))
    }

    /// The directories to watch: the pack, the rule library, and the projects' directories.
    pub fn watch_dirs(&self) -> Vec<(PathBuf, bool)> {
        let mut out = vec![(self.pack.clone(), true)];
        if self.rules.is_dir() {
            out.push((self.rules.clone(), true));
        }
        for r in &self.roots {
            let dir = if r.is_dir() {
                r.clone()
            } else {
                r.parent().map(Path::to_path_buf).unwrap_or_default()
            };
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            };
            if !out.iter().any(|(d, _)| *d == dir) {
                out.push((dir, false));
            }
        }
        out
    }

    /// Project files under the roots, as they are now.
    fn files(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for r in &self.roots {
            if r.is_dir() {
                let mut fs: Vec<PathBuf> = std::fs::read_dir(r)
                    .map(|rd| {
                        rd.flatten()
                            .map(|e| e.path())
                            .filter(|p| is_project_file(p))
                            .collect()
                    })
                    .unwrap_or_default();
                fs.sort();
                out.extend(fs);
            } else {
                out.push(r.clone());
            }
        }
        out
    }

    fn reload_projects(&mut self, paths: &[PathBuf]) {
        let loaded: Vec<(PathBuf, Result<Project, Diags>)> = paths
            .par_iter()
            .map(|p| (p.clone(), project::load(p)))
            .collect();
        for (p, r) in loaded {
            let slot = self.projects.entry(p).or_default();
            match r {
                Ok(project) => {
                    slot.project = Some(Arc::new(project));
                    slot.error = None;
                }
                Err(d) => {
                    slot.project = None;
                    slot.error = Some(d);
                }
            }
        }
    }

    /// Scores the given projects (all when `None`) under the pack in force.
    fn evaluate_all(&mut self, only: Option<&[PathBuf]>) {
        let policy = &self.policy;
        let results: Vec<(PathBuf, Result<Evaluation, Diags>)> = self
            .projects
            .par_iter()
            .filter(|(p, _)| only.is_none_or(|o| o.contains(p)))
            .filter_map(|(p, s)| {
                s.project
                    .as_ref()
                    .map(|pr| (p.clone(), evaluate(policy, pr)))
            })
            .collect();
        for (p, r) in results {
            if let Some(slot) = self.projects.get_mut(&p) {
                match r {
                    Ok(ev) => {
                        slot.eval = Some(ev);
                        slot.error = None;
                    }
                    Err(d) => {
                        slot.eval = None;
                        slot.error = Some(d);
                    }
                }
            }
        }
    }

    fn in_pack(&self, p: &Path) -> bool {
        let p = canonical(p);
        [&self.pack, &self.rules]
            .iter()
            .any(|d| p.starts_with(canonical(d)))
    }

    /// The project key a changed path stands for: a watched file, or a new file in a watched
    /// directory (which starts being watched).
    fn key_for(&mut self, changed: &Path) -> Option<PathBuf> {
        if !is_project_file(changed) {
            return None;
        }
        let c = canonical(changed);
        if let Some(k) = self.canon.get(&c) {
            return Some(k.clone());
        }
        let root = self
            .roots
            .iter()
            .find(|r| r.is_dir() && c.parent() == Some(canonical(r).as_path()))?;
        let key = root.join(c.file_name()?);
        self.canon.insert(c, key.clone());
        Some(key)
    }

    /// Applies a batch of changed paths.
    pub fn apply(&mut self, changed: &[PathBuf]) -> Outcome {
        let policy_changed = changed.iter().any(|p| self.in_pack(p));
        let outside: Vec<&PathBuf> = changed.iter().filter(|p| !self.in_pack(p)).collect();
        let mut touched: Vec<PathBuf> = outside
            .into_iter()
            .filter_map(|c| self.key_for(c))
            .collect();
        touched.sort();
        touched.dedup();
        if !policy_changed && touched.is_empty() {
            return Outcome::Nothing;
        }
        let old_policy = if policy_changed {
            match self.next_policy() {
                Ok(p) => Some(std::mem::replace(&mut self.policy, p)),
                Err(o) => return o,
            }
        } else {
            None
        };
        let (gone, present): (Vec<PathBuf>, Vec<PathBuf>) =
            touched.into_iter().partition(|p| !p.exists());
        let mut moved = Vec::new();
        for path in &gone {
            let was = self.projects.remove(path).and_then(|s| s.eval);
            self.canon.retain(|_, k| k != path);
            let error = Diags::from(Diagnostic::error("jixiao::watch", text::PROJECT_REMOVED));
            let file = path.display().to_string();
            moved.push(Moved {
                name: file.clone(),
                file,
                before: was.map(|e| (e.total, e.grade)),
                after: None,
                rows: Vec::new(),
                error: Some(error),
            });
        }
        self.reload_projects(&present);
        let policy = &self.policy;
        let old = old_policy.as_ref().unwrap_or(policy);
        let dirty = old_policy.as_ref().and_then(|o| plan(o, policy));
        let rescored: Vec<Option<Moved>> = self
            .projects
            .par_iter_mut()
            .filter(|(p, _)| policy_changed || present.contains(p))
            .map(|(path, slot)| {
                let was = slot.eval.take();
                let data_changed = present.contains(path);
                let (moved, result) = match (&slot.project, was, &dirty) {
                    (Some(pr), Some(w), Some(d)) if !data_changed => {
                        incremental(path, old, policy, pr, w, d)
                    }
                    (Some(pr), was, _) => {
                        let r = evaluate(policy, pr);
                        let m = match &r {
                            Ok(ev) => moved_of(path, old, was, policy, Some(ev), None),
                            Err(d) => moved_of(path, old, was, policy, None, Some(d)),
                        };
                        (m, r)
                    }
                    (None, was, _) => {
                        let err = slot.error.clone().unwrap_or_default();
                        (moved_of(path, old, was, policy, None, Some(&err)), Err(err))
                    }
                };
                match result {
                    Ok(ev) => {
                        slot.eval = Some(ev);
                        slot.error = None;
                    }
                    Err(d) => slot.error = Some(d),
                }
                moved
            })
            .collect();
        let unchanged = self.projects.len() - rescored.iter().flatten().count();
        moved.extend(rescored.into_iter().flatten());
        Outcome::Updated {
            policy_changed,
            moved,
            unchanged,
        }
    }

    /// Loads the edited pack; with `--gate` its cases must pass too.
    fn next_policy(&self) -> Result<Policy, Outcome> {
        let next = policy::load(&PackFiles::Disk(self.pack.clone())).map_err(Outcome::Rejected)?;
        if self.gate {
            let failed: Vec<String> = load_cases(&self.pack)
                .into_iter()
                .filter_map(|c| match c {
                    Ok(case) => {
                        let r = run_case(&next, case);
                        (!r.passed())
                            .then(|| text::gate_case_failed(&r.case.name, r.mismatches.len()))
                    }
                    Err(d) => Some(d.to_string()),
                })
                .collect();
            if !failed.is_empty() {
                return Err(Outcome::GateFailed(failed));
            }
        }
        Ok(next)
    }
}

/// What a pack edit changed: the scoring nodes whose result may differ, each with its one
/// cause in words — or `None` when several causes need step-by-step re-scoring.
pub struct Plan {
    dirty: HashSet<String>,
    nodes: Vec<(Vec<String>, Option<String>)>,
}

impl Plan {
    /// The node (path, single cause) an item belongs to, if that node is dirty.
    fn node_of(&self, item: &ItemScore) -> Option<&(Vec<String>, Option<String>)> {
        self.nodes.iter().find(|(p, _)| item.path.starts_with(p))
    }
}

/// The plan for re-scoring after a pack edit; `None` when the packs do not have the same
/// scoring nodes (then everything is scored again).
fn plan(old: &Policy, new: &Policy) -> Option<Plan> {
    let shape = |p: &Policy| {
        p.items()
            .iter()
            .map(|n| (n.id.clone(), n.path.clone()))
            .collect::<Vec<_>>()
    };
    if shape(old) != shape(new) {
        return None;
    }
    let mut plan = Plan {
        dirty: HashSet::new(),
        nodes: Vec::new(),
    };
    for (n, o) in new.items().into_iter().zip(old.items()) {
        if new.fingerprint(n) == old.fingerprint(o) {
            continue;
        }
        plan.dirty.insert(n.id.clone());
        plan.nodes
            .push((n.path.clone(), single_cause(old, o, new, n)));
    }
    Some(plan)
}

/// The one thing that changed for a node, in words, when only one did.
fn single_cause(
    old: &Policy,
    o: &crate::policy::Node,
    new: &Policy,
    n: &crate::policy::Node,
) -> Option<String> {
    let weight = |x: &crate::policy::Node| x.weight.as_ref().map(|w| w.value);
    let sources = |p: &Policy, x: &crate::policy::Node| {
        let rule = x.rule().map(|r| r.rule.value.clone()).unwrap_or_default();
        let names = p.scripts.reachable(&[rule.as_str()]);
        names
            .iter()
            .map(|f| p.scripts.function_source(f).unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    let named: Vec<String> = sources(new, n)
        .iter()
        .chain(&sources(old, o))
        .flat_map(|s| crate::script::params_named(s))
        .collect();
    let value = |p: &Policy, k: &str| {
        p.params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.value.clone())
            .unwrap_or_else(|| "—".into())
    };
    let params: Vec<(String, String, String)> = named
        .iter()
        .map(|k| (k.clone(), value(old, k), value(new, k)))
        .filter(|(_, a, b)| a != b)
        .collect();
    let formula = o.rule_text() != n.rule_text() || sources(old, o) != sources(new, n);
    let changed = [
        weight(o) != weight(n),
        !params.is_empty(),
        old.rounding != new.rounding,
        formula,
    ];
    if changed.iter().filter(|c| **c).count() != 1 || formula {
        return None;
    }
    let cause = |c: crate::compare::Cause, detail: String| format!("{} {detail}", c.label());
    Some(match (weight(o), weight(n)) {
        (Some(a), Some(b)) if a != b => {
            cause(crate::compare::Cause::Weight, text::weight_detail(a, b))
        }
        _ if !params.is_empty() => cause(
            crate::compare::Cause::Parameter,
            text::params_detail(&params),
        ),
        _ => cause(
            crate::compare::Cause::Rounding,
            text::rounding_detail(&old.rounding, &new.rounding),
        ),
    })
}

/// Causes of an attributed row, in words.
fn causes(atts: &[crate::compare::Attribution], same_pack: bool) -> Vec<String> {
    if atts.is_empty() || same_pack {
        return vec![text::PROJECT_DATA_CHANGED.to_string()];
    }
    atts.iter()
        .map(|x| format!("{} {}", x.cause.label(), x.detail))
        .collect()
}

/// Re-scores only the dirty nodes of a project whose data did not change, and attributes
/// the items that moved — without cloning the whole evaluation.
/// A dirty item before the edit: path, score, its node's single cause, a full copy when needed.
type Before<'a> = (Vec<String>, Decimal, Option<&'a String>, Option<ItemScore>);

fn incremental(
    path: &Path,
    old: &Policy,
    new: &Policy,
    project: &Arc<Project>,
    was: Evaluation,
    plan: &Plan,
) -> (Option<Moved>, Result<Evaluation, Diags>) {
    // Before-scores of dirty items; a full copy only where several causes need re-scoring.
    let before_items: Vec<Before> = was
        .items
        .iter()
        .filter_map(|i| {
            let (_, single) = plan.node_of(i)?;
            let copy = single.is_none().then(|| i.clone());
            Some((i.path.clone(), i.score, single.as_ref(), copy))
        })
        .collect();
    let before = (was.total, was.grade.clone());
    let file = path.display().to_string();
    let name = project.header.name.value.clone();
    match reevaluate(new, project, was, &|n| plan.dirty.contains(&n.id)) {
        Err(d) => (
            Some(Moved {
                name,
                file,
                before: Some(before),
                after: None,
                rows: Vec::new(),
                error: Some(d.clone()),
            }),
            Err(d),
        ),
        Ok(ev) => {
            let rows: Vec<(String, Decimal, Vec<String>)> = before_items
                .iter()
                .filter_map(|(path, score, single, copy)| {
                    let b = ev.items.iter().find(|b| &b.path == path)?;
                    let delta = b.score - *score;
                    if delta.is_zero() {
                        return None;
                    }
                    let why = match (single, copy) {
                        (Some(text), _) => vec![(*text).clone()],
                        (None, Some(a)) => causes(&attribute_item(old, project, new, a, b), false),
                        (None, None) => Vec::new(),
                    };
                    Some((path.join("/"), delta, why))
                })
                .collect();
            let after = (ev.total, ev.grade.clone());
            let moved = (!rows.is_empty() || before.1 != after.1).then_some(Moved {
                name,
                file,
                before: Some(before),
                after: Some(after),
                rows,
                error: None,
            });
            (moved, Ok(ev))
        }
    }
}

/// How a project moved between two states, or `None` when it did not.
fn moved_of(
    path: &Path,
    old: &Policy,
    was: Option<Evaluation>,
    new: &Policy,
    now: Option<&Evaluation>,
    error: Option<&Diags>,
) -> Option<Moved> {
    let file = path.display().to_string();
    let score = |e: &Evaluation| (e.total, e.grade.clone());
    match (was, now) {
        (Some(a), Some(b)) => {
            let c = compare(old, a, new, b.clone());
            let rows: Vec<(String, Decimal, Vec<String>)> = c
                .rows
                .iter()
                .filter(|r| !r.delta().is_zero())
                .map(|r| {
                    (
                        r.label.clone(),
                        r.delta(),
                        causes(&r.attributions, std::ptr::eq(old, new)),
                    )
                })
                .collect();
            if rows.is_empty() && c.a.grade == c.b.grade {
                return None;
            }
            Some(Moved {
                name: c.b.project.header.name.value.clone(),
                before: Some(score(&c.a)),
                after: Some(score(&c.b)),
                rows,
                error: None,
                file,
            })
        }
        (was, Some(b)) => Some(Moved {
            name: b.project.header.name.value.clone(),
            before: was.as_ref().map(score),
            after: Some(score(b)),
            rows: Vec::new(),
            error: None,
            file,
        }),
        (None, None) if error.is_none_or(|d| d.0.is_empty()) => None,
        (was, None) => {
            let error = error.cloned().unwrap_or_else(|| {
                Diags::from(Diagnostic::error("jixiao::watch", text::PROJECT_REMOVED))
            });
            Some(Moved {
                name: file.clone(),
                before: was.as_ref().map(score),
                after: None,
                rows: Vec::new(),
                error: Some(error),
                file,
            })
        }
    }
}
