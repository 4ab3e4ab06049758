//! jixiao through its library API, exactly as benches/evaluate.rs uses it: the pack resolved,
//! loaded and compiled once, each project parsed once, `eval::evaluate` with the full ledger.

use crate::case::Case;
use crate::outcome::Outcome;
use crate::pack;
use jixiao::eval::Evaluation;
use jixiao::policy::{self, Policy};
use jixiao::project::{self, Project};
use std::path::Path;
use std::sync::Arc;

/// The pack directory, relative to this package.
pub const PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policies/jinzhong-2020");
/// The seed project file.
pub const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/jinzhong-2020-pension-subsidy.yaml"
);

/// Unwraps a jixiao result, panicking with `what` and the rendered diagnostics (setup only).
fn ok<T>(r: jixiao::diag::Result<T>, what: &str) -> T {
    r.unwrap_or_else(|d| panic!("{what}: {d}"))
}

/// The jinzhong-2020 pack, loaded and compiled once.
pub fn policy() -> Arc<Policy> {
    let files = ok(policy::resolve(PACK), "resolving the jinzhong-2020 pack");
    Arc::new(ok(policy::load(&files), "loading the jinzhong-2020 pack"))
}

/// The projects of `cases`: the first is the seed file itself, the rest are written as project
/// files into `dir` and loaded from there (`project::from_source` is not exported).
pub fn projects(cases: &[Case], dir: &Path) -> Vec<Arc<Project>> {
    cases
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let path = if k == 0 {
                SEED.into()
            } else {
                let p = dir.join(format!("case{k:03}.yaml"));
                std::fs::write(&p, crate::yaml::project(c)).expect("writing a generated project");
                p
            };
            Arc::new(ok(project::load(&path), "loading a generated project"))
        })
        .collect()
}

/// One evaluation.
pub fn evaluate(policy: &Arc<Policy>, project: &Arc<Project>) -> jixiao::diag::Result<Evaluation> {
    jixiao::eval::evaluate(policy, project)
}

/// What the agreement check compares.
pub fn outcome(ev: &Evaluation) -> Outcome {
    Outcome {
        items: ev
            .items
            .iter()
            .map(|i| (i.id.clone(), pack::fixed(i.score)))
            .collect(),
        total: pack::fixed(ev.total),
        grade: ev.grade.clone(),
    }
}
