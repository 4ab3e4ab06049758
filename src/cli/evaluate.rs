//! `jixiao evaluate`: score projects, print the table (or JSON) and the audit.

use super::output;
use super::{Format, EXIT_DISCREPANCIES, EXIT_INVALID, EXIT_OK};
use crate::diag::Result;
use crate::eval::{evaluate, Evaluation};
use crate::policy::{self, Policy};
use crate::project::{self, Project};
use crate::render;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// Packs loaded so far in this run: each is loaded and compiled once.
#[derive(Default)]
pub(super) struct Packs {
    by_spec: HashMap<String, Rc<Policy>>,
}

impl Packs {
    /// The pack for a project: the one named, else the one matching its region and year.
    pub(super) fn for_project(
        &mut self,
        spec: Option<&str>,
        project: &Project,
    ) -> Result<Rc<Policy>> {
        if let Some(spec) = spec {
            if let Some(p) = self.by_spec.get(spec) {
                return Ok(Rc::clone(p));
            }
            let p = Rc::new(policy::load(&policy::resolve(spec)?)?);
            output::diagnostics(&p.warnings);
            self.by_spec.insert(spec.to_string(), Rc::clone(&p));
            return Ok(p);
        }
        let key = format!(
            "auto:{:?}:{}",
            project.header.region.as_ref().map(|r| &r.value),
            project.header.year.value
        );
        if let Some(p) = self.by_spec.get(&key) {
            return Ok(Rc::clone(p));
        }
        let (p, why) = policy::pick_for(project)?;
        output::notice(&why);
        let p = Rc::new(p);
        self.by_spec.insert(key, Rc::clone(&p));
        Ok(p)
    }
}

/// Loads one project and scores it.
pub(super) fn score(path: &Path, spec: Option<&str>, packs: &mut Packs) -> Result<Evaluation> {
    let project = Arc::new(project::load(path)?);
    let policy = packs.for_project(spec, &project)?;
    evaluate(&policy, &project)
}

/// Runs `evaluate`; returns the exit code.
pub fn run(paths: &[PathBuf], spec: Option<&str>, format: Format, strict: bool) -> u8 {
    let mut packs = Packs::default();
    let mut failed = false;
    let mut discrepant = false;
    let mut texts = Vec::new();
    let mut objects = Vec::new();
    let files = super::project_files(paths);
    for path in &files {
        let ev = match score(path, spec, &mut packs) {
            Ok(ev) => ev,
            Err(d) => {
                output::diagnostics(&d.0);
                objects.push(render::json::failure(&path.display().to_string(), &d));
                failed = true;
                continue;
            }
        };
        let found = crate::audit::audit(&ev);
        discrepant |= !found.is_empty();
        match format {
            Format::Text => texts.push(render::table::report(&ev, &found)),
            Format::Json => objects.push(render::json::evaluation(&ev, &found)),
        }
    }
    match format {
        Format::Text => output::print(&texts.join("\n")),
        // One project: its object, or nothing when it failed (stderr says why).
        Format::Json if files.len() == 1 => {
            if !failed {
                output::print(&format!("{:#}\n", objects[0]));
            }
        }
        // Several: an array in input order; a failed project is an object with its errors.
        Format::Json => output::print(&format!("{:#}\n", serde_json::Value::Array(objects))),
    }
    if failed {
        EXIT_INVALID
    } else if strict && discrepant {
        EXIT_DISCREPANCIES
    } else {
        EXIT_OK
    }
}
