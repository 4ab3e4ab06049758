//! Reading case files: the project they name (relative to the case file), textual edits, and
//! the expectations, each with its span for failure reports.

use super::{Case, Expect};
use crate::diag::{Diagnostic, Diags, Result};
use crate::fsx;
use crate::num::Num;
use crate::source::{SourceFile, Sp};
use crate::text;
use crate::yaml::{sp, span_of};
use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    name: Option<String>,
    project: Spanned<String>,
    #[serde(default)]
    replace: Vec<RawReplace>,
    expect: RawExpect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReplace {
    from: Spanned<String>,
    to: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    total: Option<Spanned<Num>>,
    grade: Option<Spanned<String>>,
    #[serde(default)]
    items: IndexMap<String, Spanned<Num>>,
    discrepancies: Option<Spanned<Vec<String>>>,
    error: Option<Spanned<String>>,
}

/// The case files of a pack directory (`cases/*.yaml`, sorted); none when there is no cases/.
pub fn case_files(pack: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(pack.join("cases"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Loads every case of a pack directory.
pub fn load_cases(pack: &Path) -> Vec<Result<Case>> {
    case_files(pack).iter().map(|f| load_case(f)).collect()
}

fn load_case(path: &Path) -> Result<Case> {
    let shown = path.display().to_string();
    // A case file is a pack file: it must resolve inside the pack (`<pack>/cases/x.yaml`).
    let pack = path
        .parent()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let rel = path.strip_prefix(pack).unwrap_or(path);
    let file = fsx::read_within(pack, rel, &shown, fsx::PACK_FILE_CAP)
        .map_err(|e| Diags::from(fsx::read_diagnostic("jixiao::case::io", &shown, &e)))?;
    let raw: RawCase = crate::yaml::parse(&file, &text::CASE_FILE.to_string())?;
    let project_span = span_of(&file, &raw.project);
    let project_path = path
        .parent()
        .unwrap_or(Path::new("."))
        .join(&raw.project.value);
    if !project_path
        .extension()
        .is_some_and(|e| e == "yaml" || e == "yml")
    {
        return Err(Diags::from(
            Diagnostic::error("jixiao::case::project", text::CASE_PROJECT_NOT_YAML)
                .at(&project_span, text::HERE),
        ));
    }
    let shown = project_path.display().to_string();
    let mut body = fsx::read_text(&project_path, &shown, fsx::INPUT_FILE_CAP)
        .map(|f| f.text().to_string())
        .map_err(|e| {
            Diags::from(
                fsx::read_diagnostic("jixiao::case::project", &shown, &e)
                    .at(&project_span, text::HERE),
            )
        })?;
    for r in &raw.replace {
        let count = body.matches(r.from.value.as_str()).count();
        if count != 1 {
            let span = span_of(&file, &r.from);
            return Err(Diags::from(
                Diagnostic::error(
                    "jixiao::case::replace",
                    text::replace_count(&r.from.value, count),
                )
                .at(&span, text::HERE),
            ));
        }
        body = body.replacen(r.from.value.as_str(), &r.to, 1);
    }
    let name = if raw.replace.is_empty() {
        project_path.display().to_string()
    } else {
        text::patched_name(&project_path.display().to_string(), file.name())
    };
    let expect = expect(&file, raw.expect);
    Ok(Case {
        name: raw.name.unwrap_or_else(|| file.name().to_string()),
        project: SourceFile::new(name, body),
        file,
        expect,
    })
}

fn expect(file: &Arc<SourceFile>, e: RawExpect) -> Expect {
    let num = |n: Spanned<Num>| {
        let s = sp(file, n);
        Sp::new(s.value.0, s.span)
    };
    let items = e
        .items
        .into_iter()
        .map(|(k, v)| {
            let v = num(v);
            (Sp::new(k, v.span.clone()), v)
        })
        .collect();
    Expect {
        total: e.total.map(num),
        grade: e.grade.map(|g| sp(file, g)),
        items,
        discrepancies: e.discrepancies.map(|d| sp(file, d)),
        error: e.error.map(|x| sp(file, x)),
    }
}
