//! `jixiao evaluate`: score projects, print the table (or JSON) and the audit.

use super::output;
use super::{EvaluateFormat, EXIT_DISCREPANCIES, EXIT_INVALID, EXIT_OK};
use crate::diag::{Diagnostic, Result};
use crate::eval::{evaluate, Evaluation};
use crate::form_audit;
use crate::input::LoadOptions;
use crate::policy::{self, Policy};
use crate::project::Project;
use crate::render;
use crate::text;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Packs loaded so far in this run: each is loaded and compiled once.
#[derive(Default)]
pub(super) struct Packs {
    by_spec: HashMap<String, Arc<Policy>>,
    /// The packs that load (and those that do not), scanned once per run for auto-selection.
    scanned: Option<policy::Scan>,
}

impl Packs {
    /// The pack for a project: the one named, else the one matching its region and year.
    pub(super) fn for_project(
        &mut self,
        spec: Option<&str>,
        project: &Project,
    ) -> Result<Arc<Policy>> {
        if let Some(spec) = spec {
            let p = match self.by_spec.get(spec) {
                Some(p) => Arc::clone(p),
                None => {
                    let p = Arc::new(policy::load(&policy::resolve(spec)?)?);
                    output::diagnostics(&p.warnings);
                    self.by_spec.insert(spec.to_string(), Arc::clone(&p));
                    p
                }
            };
            mismatch_notice(&p, project);
            return Ok(p);
        }
        // The choice depends on the whole header (a place name may be in the unit's name), so
        // it is made for every project; each chosen pack is kept once, by id.
        let found = self.scanned.get_or_insert_with(policy::scan);
        let (info, why) = policy::choose(&found.packs, &found.broken, project)?;
        output::notice(&why);
        let key = format!("auto:{}", info.id);
        if let Some(kept) = self.by_spec.get(&key) {
            return Ok(Arc::clone(kept));
        }
        let p = Arc::new(policy::load(&info.files)?);
        output::diagnostics(&p.warnings);
        self.by_spec.insert(key, Arc::clone(&p));
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
    opts: LoadOptions,
    packs: &mut Packs,
) -> Result<(Evaluation, Arc<Policy>)> {
    score_or_pack(path, spec, opts, packs).map_err(|(d, _)| d)
}

/// As `score_with`; a failure also says which pack was chosen, if it got that far.
fn score_or_pack(
    path: &Path,
    spec: Option<&str>,
    opts: LoadOptions,
    packs: &mut Packs,
) -> std::result::Result<(Evaluation, Arc<Policy>), (crate::diag::Diags, Option<String>)> {
    let project = Arc::new(crate::input::load_with(path, opts).map_err(|d| (d, None))?);
    output::diagnostics(&project.warnings);
    let policy = packs.for_project(spec, &project).map_err(|d| (d, None))?;
    let ev = evaluate(&policy, &project).map_err(|d| (d, Some(policy.id.value.clone())))?;
    Ok((ev, policy))
}

/// Loads one project and scores it.
pub(super) fn score(
    path: &Path,
    spec: Option<&str>,
    opts: LoadOptions,
    packs: &mut Packs,
) -> Result<Evaluation> {
    score_with(path, spec, opts, packs).map(|(ev, _)| ev)
}

/// One project's results: the evaluation and its findings.
pub(super) type Scored = (Evaluation, Vec<form_audit::Finding>);

/// Runs `evaluate`; returns the exit code.
pub fn run(
    paths: &[PathBuf],
    spec: Option<&str>,
    opts: LoadOptions,
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
    let mut results: Vec<Outcome> = Vec::new();
    let mut packs_failed: Vec<Option<String>> = Vec::new();
    let json = matches!(format, EvaluateFormat::Json | EvaluateFormat::Jsonl);
    let Some(files) = super::some_projects_or_json(paths, json, render::json::Command::Evaluate)
    else {
        return EXIT_INVALID;
    };
    for path in &files {
        match score_or_pack(path, spec, opts, &mut packs) {
            Ok((ev, policy)) => {
                packs_failed.push(None);
                let found = crate::audit::audit(&ev, Some(&policy));
                discrepant |= form_audit::counts(&found).errors > 0;
                results.push(Ok((ev, found)));
            }
            Err((d, pack)) => {
                output::diagnostics(&d.0);
                failed = true;
                packs_failed.push(pack);
                results.push(Err((path.display().to_string(), d)));
            }
        }
    }
    let written = match format {
        EvaluateFormat::Text => {
            let mut t = text_output(&results);
            if files.len() > 1 {
                t.push('\n');
                t.push_str(&summary(&results, &packs_failed));
            }
            Some(render::sanitize::clean(&t).into_owned().into_bytes())
        }
        EvaluateFormat::Json | EvaluateFormat::Jsonl => {
            let lines = format == EvaluateFormat::Jsonl;
            match json_output(&results, &packs_failed, lines) {
                Some(s) => Some(s.into_bytes()),
                None => return EXIT_INVALID,
            }
        }
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

/// One project's outcome: its results, or its file and why it could not be scored.
pub(super) type Outcome = std::result::Result<Scored, (String, crate::diag::Diags)>;

fn text_output(results: &[Outcome]) -> String {
    let texts: Vec<String> = results
        .iter()
        .flatten()
        .map(|(ev, found)| render::table::report(ev, found))
        .collect();
    texts.join("\n")
}

fn json_output(results: &[Outcome], packs: &[Option<String>], lines: bool) -> Option<String> {
    use render::json::{Entry, FailureView, Output};
    let mut out = Output::new(render::json::Command::Evaluate);
    for (r, pack) in results.iter().zip(packs) {
        out.results.push(match r {
            Ok((ev, found)) => Entry::Evaluation(Box::new(render::json::evaluation(ev, found))),
            Err((file, d)) => Entry::Failure(FailureView {
                file: file.clone(),
                pack: pack.clone(),
                diagnostics: render::json::diagnostics(&d.0),
            }),
        });
    }
    output::json_text(&out, lines)
}

fn xlsx_output(results: &[Outcome]) -> Option<Vec<u8>> {
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

/// The batch summary: one line per form (file, pack, 得分 / 部分评分 / 无法评分 and why),
/// files shown below the directory they share, laid out for an 80-column terminal.
fn summary(results: &[Outcome], packs: &[Option<String>]) -> String {
    use unicode_width::UnicodeWidthStr;
    let files: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok((ev, ..)) => ev.project.source.name().to_string(),
            Err((file, _)) => file.clone(),
        })
        .collect();
    let shared = shared_dir(&files);
    // Forms filed one per folder share their file name (form.txt): the folder says which.
    let name = |f: &str| f.rsplit('/').next().unwrap_or_default().to_string();
    let same_name = files
        .first()
        .map(|f| name(f))
        .filter(|n| !n.is_empty() && files.len() > 1 && files.iter().all(|f| &name(f) == n));
    let shown: Vec<&str> = files
        .iter()
        .map(|f| {
            let f = f.get(shared..).unwrap_or(f);
            match &same_name {
                Some(n) => f
                    .strip_suffix(n.as_str())
                    .map_or(f, |d| d.trim_end_matches('/')),
                None => f,
            }
        })
        .collect();
    let file_w = shown.iter().map(|f| f.width()).max().unwrap_or(0).min(40);
    let rows: Vec<(String, String)> = results
        .iter()
        .zip(packs)
        .map(|(r, failed_pack)| match r {
            Ok((ev, ..)) => (ev.policy_id().to_string(), summary_status(ev)),
            Err((_, d)) => {
                let code =
                    d.0.iter()
                        .find(|x| x.severity == crate::diag::Severity::Error)
                        .map_or("", |x| x.code);
                let pack = failed_pack.clone().unwrap_or_else(|| "—".to_string());
                (
                    pack,
                    text::summary_failed(code.trim_start_matches("jixiao::")),
                )
            }
        })
        .collect();
    let pack_w = rows.iter().map(|(p, _)| p.width()).max().unwrap_or(0);
    let (mut whole, mut partial, mut failed) = (0usize, 0usize, 0usize);
    for r in results {
        let n = match r {
            Ok((ev, ..)) if ev.is_partial() => &mut partial,
            Ok(_) => &mut whole,
            Err(_) => &mut failed,
        };
        *n = n.saturating_add(1);
    }
    let mut out = text::summary_heading(results.len(), whole, partial, failed);
    out.push('\n');
    for (file, (pack, status)) in shown.iter().zip(rows) {
        let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(s.width()));
        out.push_str(&format!(
            "  {file}{}  {pack}{}  {status}\n",
            pad(file, file_w),
            pad(&pack, pack_w)
        ));
    }
    out
}

/// 得分 and grade, or what a partial evaluation scored and left unscored.
fn summary_status(ev: &Evaluation) -> String {
    if ev.is_partial() {
        text::summary_partial(ev.total, ev.max_total, ev.unscored_weight())
    } else {
        text::summary_scored(ev.total, ev.max_total, &ev.grade)
    }
}

/// The length of the directory prefix (up to and with its `/`) all `files` share.
fn shared_dir(files: &[String]) -> usize {
    let Some(first) = files.first() else {
        return 0;
    };
    let mut len = first.rfind('/').map_or(0, |i| i.saturating_add(1));
    for f in files {
        while len > 0 && !(f.starts_with(first.get(..len).unwrap_or(""))) {
            len = first
                .get(..len.saturating_sub(1))
                .and_then(|p| p.rfind('/'))
                .map_or(0, |i| i.saturating_add(1));
        }
    }
    len
}
