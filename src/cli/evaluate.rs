//! `jixiao evaluate`: score projects, print the table (or JSON) and the audit.

use super::output;
use super::{EvaluateFormat, EXIT_DISCREPANCIES, EXIT_INVALID, EXIT_OK};
use crate::diag::{Diagnostic, Result};
use crate::eval::{evaluate, Evaluation};
use crate::form_audit;
use crate::policy::{self, Policy};
use crate::project::Project;
use crate::render;
use crate::text;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// Packs loaded so far in this run: each is loaded and compiled once.
#[derive(Default)]
pub(super) struct Packs {
    by_spec: HashMap<String, Rc<Policy>>,
    /// The packs that load (and those that do not), scanned once per run for auto-selection.
    scanned: Option<(Vec<policy::PackInfo>, Vec<policy::PackFiles>)>,
}

impl Packs {
    /// The pack for a project: the one named, else the one matching its region and year.
    pub(super) fn for_project(
        &mut self,
        spec: Option<&str>,
        project: &Project,
    ) -> Result<Rc<Policy>> {
        if let Some(spec) = spec {
            let p = match self.by_spec.get(spec) {
                Some(p) => Rc::clone(p),
                None => {
                    let p = Rc::new(policy::load(&policy::resolve(spec)?)?);
                    output::diagnostics(&p.warnings);
                    self.by_spec.insert(spec.to_string(), Rc::clone(&p));
                    p
                }
            };
            mismatch_notice(&p, project);
            return Ok(p);
        }
        // The choice depends on the whole header (a place name may be in the unit's name), so
        // it is made for every project; each chosen pack is kept once, by id.
        let (packs, broken) = self.scanned.get_or_insert_with(policy::scan);
        let (info, why) = policy::choose(packs, broken, project)?;
        output::notice(&why);
        let key = format!("auto:{}", info.id);
        if let Some(kept) = self.by_spec.get(&key) {
            return Ok(Rc::clone(kept));
        }
        let p = Rc::new(policy::load(&info.files)?);
        output::diagnostics(&p.warnings);
        self.by_spec.insert(key, Rc::clone(&p));
        Ok(p)
    }
}

/// Says so when a pack named with `--policy` is for another region or year than the project.
fn mismatch_notice(p: &Policy, project: &Project) {
    let region = project.header.region.as_ref().map(|r| r.value.as_str());
    let year = project.header.year.value;
    let other_region = p.region.is_some() && region.is_some() && p.region.as_deref() != region;
    if other_region || !p.covers(year) {
        let name = project.source.name();
        output::notice(&crate::text::pack_mismatch(
            &p.id.value,
            p.place().unwrap_or("全国"),
            p.year,
            name,
            region.unwrap_or("—"),
            year,
        ));
    }
}

/// Loads one project (a form is imported; its warnings are shown) and scores it; also returns
/// the pack used.
pub(super) fn score_with(
    path: &Path,
    spec: Option<&str>,
    packs: &mut Packs,
) -> Result<(Evaluation, Rc<Policy>)> {
    let project = Arc::new(crate::input::load(path)?);
    output::diagnostics(&project.warnings);
    let policy = packs.for_project(spec, &project)?;
    let ev = evaluate(&policy, &project)?;
    Ok((ev, policy))
}

/// Loads one project and scores it.
pub(super) fn score(path: &Path, spec: Option<&str>, packs: &mut Packs) -> Result<Evaluation> {
    score_with(path, spec, packs).map(|(ev, _)| ev)
}

/// One project's results: the evaluation and its findings.
type Scored = (Evaluation, Vec<form_audit::Finding>);

/// Runs `evaluate`; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    spec: Option<&str>,
    format: EvaluateFormat,
    out: Option<&Path>,
    strict: bool,
) -> u8 {
    if format == EvaluateFormat::Xlsx && out.is_none() {
        output::diagnostics(&[Diagnostic::error("jixiao::cli", text::XLSX_NEEDS_OUTPUT)]);
        return EXIT_INVALID;
    }
    let mut packs = Packs::default();
    let mut failed = false;
    let mut discrepant = false;
    let mut results: Vec<std::result::Result<Scored, (String, crate::diag::Diags)>> = Vec::new();
    let Some(files) = super::some_projects(paths) else {
        return EXIT_INVALID;
    };
    for path in &files {
        match score_with(path, spec, &mut packs) {
            Ok((ev, policy)) => {
                let found = crate::audit::audit(&ev, Some(&policy));
                discrepant |= form_audit::counts(&found).0 > 0;
                results.push(Ok((ev, found)));
            }
            Err(d) => {
                output::diagnostics(&d.0);
                failed = true;
                results.push(Err((path.display().to_string(), d)));
            }
        }
    }
    let written = match format {
        EvaluateFormat::Text => {
            text_output(&results).map(|t| render::sanitize::clean(&t).into_owned().into_bytes())
        }
        EvaluateFormat::Json => Some(json_output(&results, files.len()).into_bytes()),
        EvaluateFormat::Xlsx => xlsx_output(&results),
    };
    if let Some(bytes) = written {
        if !emit(&bytes, out) {
            return EXIT_INVALID;
        }
    }
    if failed {
        EXIT_INVALID
    } else if strict && discrepant {
        EXIT_DISCREPANCIES
    } else {
        EXIT_OK
    }
}

fn text_output(
    results: &[std::result::Result<Scored, (String, crate::diag::Diags)>],
) -> Option<String> {
    let texts: Vec<String> = results
        .iter()
        .flatten()
        .map(|(ev, found)| render::table::report(ev, found))
        .collect();
    Some(texts.join("\n"))
}

fn json_output(
    results: &[std::result::Result<Scored, (String, crate::diag::Diags)>],
    n: usize,
) -> String {
    let objects: Vec<serde_json::Value> = results
        .iter()
        .map(|r| match r {
            Ok((ev, found)) => {
                let mut v = render::json::evaluation(ev, found);
                if let serde_json::Value::Object(m) = &mut v {
                    m.insert(
                        "import_warnings".into(),
                        render::form_audit::warnings(&ev.project.warnings),
                    );
                }
                v
            }
            Err((file, d)) => render::json::failure(file, d),
        })
        .collect();
    match objects.as_slice() {
        // One project: its object, or nothing when it failed (stderr says why).
        [one] if n == 1 => match results.first() {
            Some(Ok(_)) => format!("{one:#}\n"),
            _ => String::new(),
        },
        // Several: an array in input order; a failed project is an object with its errors.
        _ => format!("{:#}\n", serde_json::Value::Array(objects)),
    }
}

fn xlsx_output(
    results: &[std::result::Result<Scored, (String, crate::diag::Diags)>],
) -> Option<Vec<u8>> {
    let outcomes: Vec<render::xlsx::Outcome> = results
        .iter()
        .map(|r| match r {
            Ok((ev, found)) => render::xlsx::Outcome::Scored(ev, found),
            Err((file, d)) => render::xlsx::Outcome::Failed(file, d),
        })
        .collect();
    match render::xlsx::workbook(&outcomes) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            output::diagnostics(&[Diagnostic::error(
                "jixiao::xlsx",
                text::cannot_write("xlsx", &e.to_string()),
            )]);
            None
        }
    }
}

/// Prints the output, or writes it atomically to `out`; false when writing failed.
fn emit(bytes: &[u8], out: Option<&Path>) -> bool {
    let Some(out) = out else {
        output::print_data(&String::from_utf8_lossy(bytes));
        return true;
    };
    let shown = out.display().to_string();
    match crate::fsx::write_atomic(out, bytes) {
        Ok(()) => {
            output::notice(&text::output_written(&shown));
            true
        }
        Err(e) => {
            output::diagnostics(&[Diagnostic::error(
                "jixiao::io",
                text::cannot_write(&shown, &text::io_error(&e)),
            )]);
            false
        }
    }
}
