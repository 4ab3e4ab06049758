//! A pack's header — id, title, region, year, effective period, place names — read from
//! policy.yaml without checking the rest or compiling its rules: all that automatic choice
//! needs, so a run compiles only the pack it chooses.

use super::registry::{PackInfo, Years};
use super::{Effective, PackFiles};
use crate::diag::{Diags, Result};
use crate::text;
use serde::Deserialize;

/// The header fields of policy.yaml; every other key is skipped unread.
#[derive(Deserialize)]
struct RawHeader {
    id: String,
    title: String,
    region: Option<String>,
    #[serde(default)]
    regions: Vec<String>,
    year: i64,
    effective: Option<RawPeriod>,
}

#[derive(Deserialize)]
struct RawPeriod {
    from: String,
    to: Option<String>,
}

/// Reads the header of the pack in `files`.
pub fn header(files: &PackFiles) -> Result<PackInfo> {
    let source = files.read("policy.yaml").map_err(|e| {
        let shown = format!("{}/policy.yaml", files.origin());
        Diags::from(crate::fsx::read_diagnostic(
            "jixiao::policy::io",
            &shown,
            &e,
        ))
    })?;
    let raw: RawHeader = crate::yaml::parse(&source, &text::POLICY_FILE.to_string())?;
    let effective = raw.effective.map(|e| Effective {
        from: e.from,
        to: e.to,
    });
    Ok(PackInfo {
        years: years(raw.year, effective.as_ref()),
        id: raw.id,
        title: raw.title,
        region: raw.region,
        year: raw.year,
        regions: raw.regions,
        files: files.clone(),
    })
}

/// The years a pack applies to: its effective period's years, else its policy year alone.
pub fn years(year: i64, effective: Option<&Effective>) -> Years {
    let year_of = |s: &str| s.get(..4).and_then(|y| y.parse::<i64>().ok());
    match effective {
        Some(e) => Years {
            from: year_of(&e.from).unwrap_or(year),
            to: match &e.to {
                Some(t) => year_of(t).or(Some(year)),
                None => None,
            },
        },
        None => Years {
            from: year,
            to: Some(year),
        },
    }
}
