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
    /// Years it applies to.
    pub years: Years,
    /// Place names that mark its region in a form's header.
    pub regions: Vec<String>,
    /// Where it is.
    pub files: PackFiles,
}

/// The years a pack applies to: from, and to (`None`: no end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    /// First year.
    pub from: i64,
    /// Last year; `None` when the pack has no end.
    pub to: Option<i64>,
}

impl Years {
    /// True when `year` is within.
    pub fn cover(self, year: i64) -> bool {
        self.from <= year && self.to.is_none_or(|to| year <= to)
    }
}

/// What [`scan`] found: the packs' headers (first of each id), and the candidates whose
/// header does not read.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Packs whose header reads.
    pub packs: Vec<PackInfo>,
    /// Candidates whose header does not read.
    pub broken: Vec<PackFiles>,
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

/// The headers of the packs among [`candidates`] (first of each id), and the candidates whose
/// header does not read. Nothing is compiled: the chosen pack is loaded (and checked) alone.
pub fn scan() -> Scan {
    let mut found = Scan::default();
    for files in candidates() {
        match super::header::header(&files) {
            Ok(info) if found.packs.iter().any(|o| o.id == info.id) => {}
            Ok(info) => found.packs.push(info),
            Err(_) => found.broken.push(files),
        }
    }
    found
}

/// The packs among [`candidates`] that load and check, first of each id (for listings).
pub fn available() -> Vec<PackInfo> {
    let mut out: Vec<PackInfo> = Vec::new();
    for files in candidates() {
        let Ok(p) = load(&files) else {
            continue;
        };
        if out.iter().any(|o| o.id == p.id.value) {
            continue;
        }
        out.push(PackInfo {
            years: super::header::years(p.year, p.effective.as_ref()),
            id: p.id.value,
            title: p.title,
            region: p.region,
            year: p.year,
            regions: p.regions,
            files,
        });
    }
    out
}

impl Policy {
    /// True when the pack applies to `year` (its effective period, else its year).
    pub fn covers(&self, year: i64) -> bool {
        super::header::years(self.year, self.effective.as_ref()).cover(year)
    }

    /// The pack's region for people: `region`, else its first place name; `None` when national.
    pub fn place(&self) -> Option<&str> {
        self.region
            .as_deref()
            .or_else(|| self.regions.first().map(String::as_str))
    }
}

impl PackInfo {
    /// The pack's region for people: `region`, else its first place name.
    pub fn place(&self) -> Option<&str> {
        self.region
            .as_deref()
            .or_else(|| self.regions.first().map(String::as_str))
    }

    /// True when the pack applies to `year`.
    pub fn covers(&self, year: i64) -> bool {
        self.years.cover(year)
    }
}

/// The header texts a region is looked for in: 地区, 项目名称, 主管部门, 实施单位.
fn header_texts(project: &Project) -> Vec<&str> {
    let h = &project.header;
    [&h.region, &h.department, &h.implementer]
        .into_iter()
        .flatten()
        .map(|s| s.value.as_str())
        .chain([h.name.value.as_str()])
        .collect()
}

/// A regional pack for the project: its `region` is the project's, or one of its `regions`
/// names appears in the header. Returns the pack and the place that matched.
fn regional<'a>(
    packs: &'a [PackInfo],
    project: &Project,
    year: i64,
) -> Option<(&'a PackInfo, String)> {
    let region = project.header.region.as_ref().map(|r| r.value.as_str());
    if let Some(p) = packs
        .iter()
        .find(|p| p.covers(year) && p.region.is_some() && p.region.as_deref() == region)
    {
        return Some((p, region.unwrap_or_default().to_string()));
    }
    let texts = header_texts(project);
    packs.iter().filter(|p| p.covers(year)).find_map(|p| {
        let place = p
            .regions
            .iter()
            .find(|r| texts.iter().any(|t| t.contains(r.as_str())))?;
        Some((p, place.clone()))
    })
}

/// The pack among `packs` (from [`scan`]) for a project, and why; `broken` candidates are
/// named in the reason. Loads nothing, so a batch scans once and loads each chosen pack once.
pub fn choose<'a>(
    packs: &'a [PackInfo],
    broken: &[PackFiles],
    project: &Project,
) -> Result<(&'a PackInfo, String)> {
    let year = project.header.year.value;
    let region = project.header.region.as_ref().map(|r| r.value.as_str());
    let national = || {
        packs
            .iter()
            .filter(|p| p.region.is_none() && p.regions.is_empty() && p.covers(year))
            .max_by_key(|p| p.year)
    };
    let (chosen, why) = match regional(packs, project, year) {
        Some((p, place)) if p.region.as_deref() == region && region.is_some() => {
            (Some(p), text::policy_chosen(&p.id, &place, year))
        }
        Some((p, place)) => (Some(p), text::regional_pack_chosen(&p.id, &place, year)),
        None => match national() {
            Some(p) if p.year == year => (
                Some(p),
                text::policy_chosen(&p.id, region.unwrap_or("—"), year),
            ),
            Some(p) => (
                Some(p),
                text::national_pack_chosen(&p.id, region.unwrap_or("—"), year),
            ),
            None => (None, String::new()),
        },
    };
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
    let mut why = why;
    for b in broken {
        why.push('\n');
        why.push_str(&text::broken_candidate(&b.origin()));
    }
    Ok((info, why))
}
