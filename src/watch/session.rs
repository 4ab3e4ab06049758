//! The state `watch` keeps between edits: the last good pack, every project parsed once,
//! their evaluations; `apply` takes a batch of changed paths and says what moved.

use super::changes::{incremental, moved_of, plan};
use super::moved::{Moved, Standing};
use crate::cases::{load_cases, run_case};
use crate::diag::{Diagnostic, Diags};
use crate::eval::{evaluate, Evaluation};
use crate::policy::{self, PackFiles, Policy};
use crate::project::{self, Project};
use crate::text;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One project under watch: parsed once, re-read only when its file changes.
#[derive(Default)]
struct Slot {
    project: Option<Arc<Project>>,
    eval: Option<Evaluation>,
    error: Option<Diags>,
}

/// Why `--gate` kept the last good pack: a case that failed, or a case file that does not load.
#[derive(Debug)]
pub enum GateFailure {
    /// A case ran and did not give what it expects.
    Case {
        /// The case's name.
        name: String,
        /// How many expectations it missed.
        mismatches: usize,
    },
    /// A case file that does not load.
    Unreadable(Diags),
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
    GateFailed(Vec<GateFailure>),
    /// Nothing watched changed.
    Nothing,
}

/// The watch state.
pub struct Session {
    pack: PathBuf,
    rules: PathBuf,
    gate: bool,
    policy: Arc<Policy>,
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
    crate::input::is_input(p)
}

impl Session {
    /// Loads the pack and every project under `roots` (files or directories).
    pub fn start(pack: &Path, roots: &[PathBuf], gate: bool) -> Result<Session, Diags> {
        let policy = Arc::new(policy::load(&PackFiles::Disk(pack.to_path_buf()))?);
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
                before: was.as_ref().map(Standing::of),
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
        let unchanged = self
            .projects
            .len()
            .saturating_sub(rescored.iter().flatten().count());
        moved.extend(rescored.into_iter().flatten());
        Outcome::Updated {
            policy_changed,
            moved,
            unchanged,
        }
    }

    /// Loads the edited pack; with `--gate` its cases must pass too.
    fn next_policy(&self) -> Result<Arc<Policy>, Outcome> {
        let next =
            Arc::new(policy::load(&PackFiles::Disk(self.pack.clone())).map_err(Outcome::Rejected)?);
        if self.gate {
            let failed: Vec<GateFailure> = load_cases(&self.pack)
                .into_iter()
                .filter_map(|c| match c {
                    Ok(case) => {
                        let r = run_case(&next, case);
                        (!r.passed()).then(|| GateFailure::Case {
                            name: r.case.name.clone(),
                            mismatches: r.mismatches.len(),
                        })
                    }
                    Err(d) => Some(GateFailure::Unreadable(d)),
                })
                .collect();
            if !failed.is_empty() {
                return Err(Outcome::GateFailed(failed));
            }
        }
        Ok(next)
    }
}
