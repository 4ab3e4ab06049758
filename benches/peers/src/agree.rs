//! The agreement check: every engine scores the seed and the generated cases; each must give
//! jixiao's 21 item scores, total and grade exactly (strings at the pack's places). The
//! benchmark runs it first and refuses to time an engine that disagrees; tests/agree.rs runs it
//! under `cargo test`.

use crate::case::{self, Case};
use crate::jx;
use crate::outcome::Outcome;
use jixiao::policy::Policy;
use jixiao::project::Project;
use std::sync::Arc;

/// The inputs, prepared once for every engine.
pub struct Fixture {
    /// The seed, then the generated cases.
    pub cases: Vec<Case>,
    /// jixiao's pack.
    pub policy: Arc<Policy>,
    /// jixiao's parsed projects, one per case.
    pub projects: Vec<Arc<Project>>,
    /// jixiao's outcomes: the reference.
    pub reference: Vec<Outcome>,
    /// Where the generated project files are.
    _dir: tempfile::TempDir,
}

impl Fixture {
    /// The seed and `case::GENERATED` cases from `case::SEED`, loaded and scored by jixiao.
    pub fn new() -> Fixture {
        Fixture::with(case::GENERATED, case::SEED)
    }

    /// The seed and `n` cases from `seed`.
    pub fn with(n: usize, seed: u64) -> Fixture {
        let cases = case::cases(n, seed);
        let dir = tempfile::tempdir().expect("a temporary directory for the generated projects");
        let policy = jx::policy();
        let projects = jx::projects(&cases, dir.path());
        let reference = projects
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let ev = jx::evaluate(&policy, p)
                    .unwrap_or_else(|d| panic!("jixiao cannot score case {k}: {d}"));
                jx::outcome(&ev)
            })
            .collect();
        Fixture {
            cases,
            policy,
            projects,
            reference,
            _dir: dir,
        }
    }

    /// Compares an engine's outcomes (one per case) with jixiao's.
    pub fn check(&self, engine: &str, got: &[Outcome]) -> Result<(), String> {
        if got.len() != self.reference.len() {
            return Err(format!(
                "{engine}: {} outcomes for {} cases",
                got.len(),
                self.reference.len()
            ));
        }
        let wrong: Vec<String> = self
            .reference
            .iter()
            .zip(got)
            .enumerate()
            .filter_map(|(k, (want, got))| {
                want.difference(got)
                    .map(|d| format!("case {k}: jixiao vs {engine}: {d}"))
            })
            .collect();
        match wrong.first() {
            None => Ok(()),
            Some(first) => Err(format!(
                "{engine} disagrees with jixiao on {} of {} cases; first: {first}",
                wrong.len(),
                got.len()
            )),
        }
    }
}

impl Default for Fixture {
    fn default() -> Self {
        Fixture::new()
    }
}
