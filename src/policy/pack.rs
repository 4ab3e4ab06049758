//! Where a pack's files come from: a directory on disk, or the copy embedded in the binary.
//! Files on disk are read through `fsx`: regular files inside the pack (or rules) directory
//! after resolving symbolic links, at most `fsx::PACK_FILE_CAP` bytes.

use crate::fsx;
use crate::source::SourceFile;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The files of one pack and the rule library it uses.
#[derive(Debug, Clone)]
pub enum PackFiles {
    /// A pack directory; the library is `<dir>/../../rules` when that exists, else the embedded one.
    Disk(PathBuf),
    /// A pack embedded in the binary, by id.
    Embedded(String),
}

/// Lexically removes `.` and `a/..` from a path, for readable file names.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// True when a pack-relative path stays inside the pack (no `..`, not absolute).
pub fn is_confined(rel: &str) -> bool {
    let p = Path::new(rel);
    !rel.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)))
}

impl PackFiles {
    /// Reads a file of the pack by its pack-relative path (`policy.yaml`, `scoring.rhai`).
    pub fn read(&self, rel: &str) -> std::io::Result<Arc<SourceFile>> {
        if !is_confined(rel) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                crate::text::NOT_CONFINED.to_string(),
            ));
        }
        match self {
            PackFiles::Disk(dir) => {
                let shown = clean(&dir.join(rel)).display().to_string();
                fsx::read_within(dir, Path::new(rel), &shown, fsx::PACK_FILE_CAP)
            }
            PackFiles::Embedded(id) => {
                let key = format!("{id}/{rel}");
                embedded::POLICIES
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, text)| {
                        SourceFile::new(format!("{}:policies/{key}", crate::text::EMBEDDED), *text)
                    })
                    .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, key))
            }
        }
    }

    /// The rule library files (`rules/*.rhai`), sorted by name.
    pub fn library(&self) -> std::io::Result<Vec<Arc<SourceFile>>> {
        if let PackFiles::Disk(dir) = self {
            let rules = clean(&dir.join("../../rules"));
            if rules.is_dir() {
                let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(&rules)?
                    .flatten()
                    .map(|e| e.file_name())
                    .filter(|n| Path::new(n).extension().is_some_and(|e| e == "rhai"))
                    .collect();
                names.sort();
                return names
                    .iter()
                    .map(|n| {
                        let shown = rules.join(n).display().to_string();
                        fsx::read_within(&rules, Path::new(n), &shown, fsx::PACK_FILE_CAP)
                            .map_err(|e| fsx::in_file(&shown, e))
                    })
                    .collect();
            }
        }
        Ok(embedded::RULES
            .iter()
            .filter(|(k, _)| k.ends_with(".rhai") && !k.contains('/'))
            .map(|(k, text)| SourceFile::new(format!("{}:rules/{k}", crate::text::EMBEDDED), *text))
            .collect())
    }

    /// The rule library's message files (`rules/messages/<lang>.ftl`), beside the library
    /// the pack's scripts are compiled with; a language without a file is left out.
    pub fn library_messages(&self) -> Vec<(crate::text::Lang, Arc<SourceFile>)> {
        let mut out = Vec::new();
        for lang in crate::text::Lang::ALL {
            let name = format!("messages/{}.ftl", lang.tag());
            if let PackFiles::Disk(dir) = self {
                let rules = clean(&dir.join("../../rules"));
                if rules.is_dir() {
                    let shown = rules.join(&name).display().to_string();
                    let read =
                        fsx::read_within(&rules, Path::new(&name), &shown, fsx::PACK_FILE_CAP);
                    if let Ok(f) = read {
                        out.push((lang, f));
                    }
                    continue;
                }
            }
            if let Some((_, text)) = embedded::RULES.iter().find(|(k, _)| *k == name) {
                let shown = format!("{}:rules/{name}", crate::text::EMBEDDED);
                out.push((lang, SourceFile::new(shown, *text)));
            }
        }
        out
    }

    /// Where the pack comes from, for messages.
    pub fn origin(&self) -> String {
        match self {
            PackFiles::Disk(dir) => clean(dir).display().to_string(),
            PackFiles::Embedded(id) => format!("{}:{id}", crate::text::EMBEDDED),
        }
    }

    /// Every file of the pack (pack-relative paths, sorted), for copying it.
    pub fn list(&self) -> std::io::Result<Vec<String>> {
        match self {
            PackFiles::Disk(dir) => {
                let mut out = Vec::new();
                walk(dir, dir, &mut out)?;
                out.sort();
                Ok(out)
            }
            PackFiles::Embedded(id) => {
                let prefix = format!("{id}/");
                Ok(embedded::POLICIES
                    .iter()
                    .filter_map(|(k, _)| k.strip_prefix(&prefix))
                    .map(str::to_string)
                    .collect())
            }
        }
    }

    /// Ids of the packs embedded in the binary.
    pub fn embedded_ids() -> Vec<String> {
        let mut ids: Vec<String> = embedded::POLICIES
            .iter()
            .filter_map(|(k, _)| k.strip_suffix("/policy.yaml"))
            .filter(|id| !id.contains('/'))
            .map(str::to_string)
            .collect();
        ids.dedup();
        ids
    }
}

/// Lists the files under `dir`; symbolic links are listed, never followed (reading them
/// checks that they stay inside the pack), so a link cannot loop or lead outside.
fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}
