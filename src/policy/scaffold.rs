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
            Some(y) if l.starts_with("year:") => format!("year: {}", y + 1),
            Some(y) if l.starts_with("title:") || l.starts_with("effective:") => {
                l.replace(&y.to_string(), &(y + 1).to_string())
            }
            _ => l.to_string(),
        })
        .collect();
    (out.join("\n") + "\n", year.map(|y| y + 1))
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
    let staging = root.join(format!(".{id}.new"));
    std::fs::create_dir_all(&staging).map_err(io)?;
    let result = copy(from, &staging, id);
    let year = match result {
        Ok(year) => year,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    std::fs::rename(&staging, &dest).map_err(io)?;
    Ok((dest, year))
}

fn copy(from: &PackFiles, staging: &Path, id: &str) -> Result<Option<i64>> {
    let fail = |msg: String| Diags::from(Diagnostic::error("jixiao::new_policy", msg));
    let mut year = None;
    let files = from
        .list()
        .map_err(|e| fail(text::cannot_read(&from.origin(), &text::io_error(&e))))?;
    for rel in files {
        let f = from
            .read(&rel)
            .map_err(|e| fail(text::cannot_read(&rel, &text::io_error(&e))))?;
        let body = if rel == "policy.yaml" {
            let (y, next) = rewrite(f.text(), id);
            year = next;
            y
        } else {
            f.text().to_string()
        };
        let path = staging.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| fail(text::cannot_write(&rel, &text::io_error(&e))))?;
        }
        std::fs::write(&path, body)
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
