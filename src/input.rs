//! The one input layer every command uses: files or directories (searched recursively) of YAML
//! project files and forms (.txt .tsv .csv .xlsx .xlsm .xls .html .htm), in a stable sorted
//! order; each loaded into a [`Project`] with its import warnings kept in `project.warnings`.

use crate::diag::{Diagnostic, Result};
use crate::project::Project;
use crate::text;
use std::path::{Path, PathBuf};

/// True for a file an input directory contributes: a YAML project or a form.
pub fn is_input(p: &Path) -> bool {
    let yaml = p
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    let hidden = p
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    !hidden && (yaml || crate::import::is_form(p))
}

/// The inputs named: files as given (in the order given), directories walked recursively
/// (sorted, hidden entries skipped).
pub fn discover(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if is_input(&p) {
            out.push(p);
        }
    }
}

/// The inputs, or an error when they hold no project at all.
pub fn discover_some(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let files = discover(paths);
    if files.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(
            Diagnostic::error("jixiao::input::none", text::no_projects(&shown.join(" "))).into(),
        );
    }
    Ok(files)
}

/// How to read the inputs: options every reading command (`evaluate`, `explain`, `compare`,
/// `import`) shares.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// `--year N`: the year of a form that shows none (never guessed). A project or form that
    /// states another year is a diagnostic, not overridden.
    pub year: Option<i64>,
}

/// Loads one input with the given options.
pub fn load_with(path: &Path, opts: LoadOptions) -> Result<Project> {
    let project = if crate::import::is_form(path) {
        let import = crate::import::Options {
            year: opts.year,
            ..crate::import::Options::default()
        };
        crate::import::import_with(path, &import)?.project
    } else {
        crate::project::load(path)?
    };
    if let Some(given) = opts.year {
        let stated = &project.header.year;
        if stated.value != given {
            let d = Diagnostic::error(
                "jixiao::input::year",
                text::year_disagrees(project.source.name(), stated.value, given),
            )
            .at(&stated.span, text::YEAR_STATED_HERE)
            .help(text::YEAR_FLAG_ONLY_WITHOUT);
            return Err(d.into());
        }
    }
    Ok(project)
}
