//! `jixiao new-policy`: next year's pack as a copy of this year's, ready for editing.

use super::PackFiles;
use crate::diag::{Diagnostic, Diags, Result};
use crate::text;
use std::path::{Path, PathBuf};

/// True for ids that are safe as a directory name: letters, digits, `-`, `_`, `.`.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('.')
        && id.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c))
}

/// Rewrites policy.yaml for the new pack: id, year + 1, the year in title and effective period.
/// Everything else — comments included — stays as written.
pub fn rewrite(yaml: &str, id: &str) -> (String, Option<i64>) {
    let year = yaml.lines().find_map(|l| {
        l.strip_prefix("year:")
            .and_then(|v| v.trim().parse::<i64>().ok())
    });
    let out: Vec<String> = yaml
        .lines()
        .map(|l| match year {
            _ if l.starts_with("id:") => format!("id: {id}"),
            Some(y) if l.starts_with("year:") => format!("year: {}", y.saturating_add(1)),
            Some(y) if l.starts_with("title:") || l.starts_with("effective:") => {
                l.replace(&y.to_string(), &y.saturating_add(1).to_string())
            }
            _ => l.to_string(),
        })
        .collect();
    (out.join("\n") + "\n", year.map(|y| y.saturating_add(1)))
}

/// Copies pack `from` to `<root>/<id>` with its policy.yaml rewritten; refuses to overwrite.
/// The copy is written beside the target and renamed into place, so nothing is half-written.
pub fn new_policy(id: &str, from: &PackFiles, root: &Path) -> Result<(PathBuf, Option<i64>)> {
    let fail = |msg: String| Diags::from(Diagnostic::error("jixiao::new_policy", msg));
    if !valid_id(id) {
        return Err(fail(text::bad_policy_id(id)));
    }
    let dest = root.join(id);
    if dest.exists() {
        return Err(fail(text::policy_exists(&dest.display().to_string())));
    }
    let io = |e: std::io::Error| {
        fail(text::cannot_write(
            &dest.display().to_string(),
            &text::io_error(&e),
        ))
    };
    std::fs::create_dir_all(root).map_err(io)?;
    let staging_dir = crate::fsx::staging_dir(root, &format!(".{id}.")).map_err(io)?;
    let staging = staging_dir.path().to_path_buf();
    let cases_dir = std::fs::canonicalize(root)
        .unwrap_or_else(|_| root.to_path_buf())
        .join(id)
        .join("cases");
    let result = copy(from, &staging, id, &cases_dir);
    // On an error the staging directory is removed when dropped.
    let year = result?;
    crate::fsx::persist_dir(staging_dir, &dest).map_err(io)?;
    Ok((dest, year))
}

/// `to` written relative to the directory `from` (both absolute).
fn relative(from: &Path, to: &Path) -> PathBuf {
    let (f, t): (Vec<_>, Vec<_>) = (from.components().collect(), to.components().collect());
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..f.len() {
        out.push("..");
    }
    t.iter().skip(common).for_each(|c| out.push(c));
    out
}

/// A case file's `project:` re-pointed from the old case directory to the new one, so the
/// copied cases still find their projects. Cases of an embedded pack cannot be re-pointed.
fn repoint(body: &str, old_cases: Option<&Path>, new_cases: &Path) -> Option<String> {
    let old_cases = old_cases?;
    let lines: Vec<String> = body
        .lines()
        .map(|l| {
            let Some(v) = l.strip_prefix("project:") else {
                return l.to_string();
            };
            let target = old_cases.join(v.trim().trim_matches(['"', '\'']));
            match std::fs::canonicalize(&target) {
                Ok(abs) => format!("project: {}", relative(new_cases, &abs).display()),
                Err(_) => l.to_string(),
            }
        })
        .collect();
    Some(lines.join("\n") + "\n")
}

fn copy(from: &PackFiles, staging: &Path, id: &str, new_cases: &Path) -> Result<Option<i64>> {
    let fail = |msg: String| Diags::from(Diagnostic::error("jixiao::new_policy", msg));
    let mut year = None;
    let files = from
        .list()
        .map_err(|e| fail(text::cannot_read(&from.origin(), &text::io_error(&e))))?;
    for rel in files {
        let f = from
            .read(&rel)
            .map_err(|e| fail(text::cannot_read(&rel, &text::io_error(&e))))?;
        let old_cases = match from {
            PackFiles::Disk(dir) => std::fs::canonicalize(dir.join("cases")).ok(),
            PackFiles::Embedded(_) => None,
        };
        let body = if rel == "policy.yaml" {
            let (y, next) = rewrite(f.text(), id);
            year = next;
            y
        } else if rel.starts_with("cases/") {
            match repoint(f.text(), old_cases.as_deref(), new_cases) {
                Some(b) => b,
                None => continue,
            }
        } else {
            f.text().to_string()
        };
        let path = staging.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| fail(text::cannot_write(&rel, &text::io_error(&e))))?;
        }
        crate::fsx::write_atomic(&path, body.as_bytes())
            .map_err(|e| fail(text::cannot_write(&rel, &text::io_error(&e))))?;
    }
    Ok(year)
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn bumps_year_and_keeps_comments() {
        let src = "# 注释 2020\nid: a-2020\ntitle: 甲（2020 年度）\nregion: 晋中市\nyear: 2020\neffective: { from: 2020-01-01, to: 2020-12-31 }\n";
        let (out, year) = rewrite(src, "a-2021");
        assert_eq!(year, Some(2021));
        assert_eq!(out, "# 注释 2020\nid: a-2021\ntitle: 甲（2021 年度）\nregion: 晋中市\nyear: 2021\neffective: { from: 2021-01-01, to: 2021-12-31 }\n");
    }
}
