//! Finding packs: a directory, `./policies/<id>`, or a pack embedded in the binary.

use super::{load, PackFiles, Policy};
use crate::diag::{Diagnostic, Diags, Result};
use crate::project::Project;
use crate::text;
use std::path::{Path, PathBuf};

/// A pack's identity, for listings and automatic choice.
#[derive(Debug, Clone)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Region, if regional.
    pub region: Option<String>,
    /// Policy year.
    pub year: i64,
    /// Where it is.
    pub files: PackFiles,
}

/// Resolves `--policy`: a directory holding policy.yaml, `./policies/<id>`, or an embedded id.
pub fn resolve(spec: &str) -> Result<PackFiles> {
    let dir = Path::new(spec);
    if dir.join("policy.yaml").is_file() {
        return Ok(PackFiles::Disk(dir.to_path_buf()));
    }
    let local = PathBuf::from("policies").join(spec);
    if super::pack::is_confined(spec) && local.join("policy.yaml").is_file() {
        return Ok(PackFiles::Disk(local));
    }
    if PackFiles::embedded_ids().iter().any(|id| id == spec) {
        return Ok(PackFiles::Embedded(spec.to_string()));
    }
    let ids: Vec<String> = available().into_iter().map(|p| p.id).collect();
    Err(Diags::from(
        Diagnostic::error("jixiao::policy::not_found", text::policy_not_found(spec))
            .help(text::available_policies(&ids)),
    ))
}

/// Every pack reachable from here, loaded or not: each `./policies/*` with a policy.yaml, then
/// the embedded packs whose id no local directory takes (a broken local pack is not silently
/// replaced by the embedded one of the same name).
pub fn candidates() -> Vec<PackFiles> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("policies")
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    let disk: Vec<PathBuf> = dirs
        .into_iter()
        .filter(|d| d.join("policy.yaml").is_file())
        .filter(|d| {
            !d.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    let taken = |id: &str| disk.iter().any(|d| d.file_name().is_some_and(|n| n == id));
    let embedded: Vec<PackFiles> = PackFiles::embedded_ids()
        .into_iter()
        .filter(|id| !taken(id))
        .map(PackFiles::Embedded)
        .collect();
    disk.into_iter()
        .map(PackFiles::Disk)
        .chain(embedded)
        .collect()
}

/// The packs among [`candidates`] that load and check (first of each id), and those that do not.
pub fn scan() -> (Vec<PackInfo>, Vec<PackFiles>) {
    let mut out: Vec<PackInfo> = Vec::new();
    let mut broken = Vec::new();
    for files in candidates() {
        let Ok(p) = load(&files) else {
            broken.push(files);
            continue;
        };
        if out.iter().any(|o| o.id == p.id.value) {
            continue;
        }
        out.push(PackInfo {
            id: p.id.value,
            title: p.title,
            region: p.region,
            year: p.year,
            files,
        });
    }
    (out, broken)
}

/// The packs among [`candidates`] that load and check, first of each id.
pub fn available() -> Vec<PackInfo> {
    scan().0
}

/// Picks the pack whose region and year match the project's; says why.
pub fn pick_for(project: &Project) -> Result<(Policy, String)> {
    let year = project.header.year.value;
    let region = project.header.region.as_ref().map(|r| r.value.as_str());
    let (packs, broken) = scan();
    let chosen = packs
        .iter()
        .find(|p| p.year == year && p.region.is_some() && p.region.as_deref() == region)
        .or_else(|| packs.iter().find(|p| p.year == year && p.region.is_none()));
    let Some(info) = chosen else {
        let ids: Vec<String> = packs.iter().map(|p| p.id.clone()).collect();
        let d = Diagnostic::error(
            "jixiao::policy::no_match",
            text::no_matching_policy(region.unwrap_or("—"), year),
        )
        .at(&project.header.year.span, text::HERE)
        .help(text::available_policies(&ids));
        return Err(Diags::from(d));
    };
    let policy = load(&info.files)?;
    let mut why = text::policy_chosen(&info.id, region.unwrap_or("—"), year);
    for b in &broken {
        why.push('\n');
        why.push_str(&text::broken_candidate(&b.origin()));
    }
    Ok((policy, why))
}
