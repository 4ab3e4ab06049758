//! Packs for machines: where a pack comes from, `check`, `test` (cases, coverage) and `diff`.

use super::findings::{diagnostics, DiagnosticView};
use super::{Dec, Location};
use crate::cases::{CaseResult, Coverage};
use crate::eval::Evaluation;
use crate::policy::diff::Change;
use crate::policy::{PackFiles, Policy};
use schemars::JsonSchema;
use serde::Serialize;

/// Where a pack comes from: built into the binary, or a directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PackOrigin {
    /// Embedded in the binary.
    Builtin {
        /// The pack id.
        pack: String,
    },
    /// A pack directory.
    Directory {
        /// The directory as shown.
        path: String,
    },
}

impl From<&PackFiles> for PackOrigin {
    fn from(files: &PackFiles) -> Self {
        match files {
            PackFiles::Embedded(id) => PackOrigin::Builtin { pack: id.clone() },
            PackFiles::Disk(_) => PackOrigin::Directory {
                path: files.origin(),
            },
        }
    }
}

/// The pack a project was scored under.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PackView {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Year.
    pub year: i64,
    /// Where it comes from.
    pub origin: PackOrigin,
}

impl PackView {
    /// The pack of an evaluation.
    pub fn of(ev: &Evaluation) -> Self {
        PackView {
            id: ev.policy_id().to_string(),
            title: ev.policy_title().to_string(),
            year: ev.policy_year(),
            origin: ev.policy_files().into(),
        }
    }
}

/// One pack checked.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CheckView {
    /// Pack id (when it loaded).
    pub pack: Option<String>,
    /// Where it comes from.
    pub origin: PackOrigin,
    /// True when it loads and its rules pass the checks.
    pub ok: bool,
    /// Scoring items (0 when it did not load).
    pub items: usize,
    /// Warnings, or the errors that stop it.
    pub diagnostics: Vec<DiagnosticView>,
}

/// A pack that loaded (with its warnings), or the errors that stop it.
pub fn check(files: &PackFiles, loaded: Result<&Policy, &crate::diag::Diags>) -> CheckView {
    match loaded {
        Ok(p) => CheckView {
            pack: Some(p.id.value.clone()),
            origin: files.into(),
            ok: true,
            items: p.items().len(),
            diagnostics: diagnostics(&p.warnings),
        },
        Err(d) => CheckView {
            pack: None,
            origin: files.into(),
            ok: false,
            items: 0,
            diagnostics: diagnostics(&d.0),
        },
    }
}

/// One expectation of a case not met.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MismatchView {
    /// What was checked (总分, 等次, an item …).
    pub what: String,
    /// Expected, as written.
    pub expected: String,
    /// What the pack gave.
    pub actual: String,
    /// The item concerned.
    pub item: Option<String>,
    /// Where the expectation is written.
    pub location: Location,
}

/// One test case run.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CaseView {
    /// The pack id.
    pub pack: String,
    /// What the case checks, in words.
    pub name: String,
    /// The case file.
    pub file: String,
    /// True when every expectation held.
    pub passed: bool,
    /// Expectations not met.
    pub mismatches: Vec<MismatchView>,
    /// An error nobody expected.
    pub diagnostics: Vec<DiagnosticView>,
}

/// One case's outcome under pack `pack`.
pub fn case(pack: &str, r: &CaseResult) -> CaseView {
    CaseView {
        pack: pack.to_string(),
        name: r.case.name.clone(),
        file: r.case.file.name().to_string(),
        passed: r.passed(),
        mismatches: r
            .mismatches
            .iter()
            .map(|m| MismatchView {
                what: m.what.clone(),
                expected: m.expected.clone(),
                actual: m.actual.clone(),
                item: m.item.clone(),
                location: (&m.span).into(),
            })
            .collect(),
        diagnostics: r
            .error
            .as_ref()
            .map(|d| diagnostics(&d.0))
            .unwrap_or_default(),
    }
}

/// A rule function and whether any case ran it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RuleCoverage {
    /// Function name.
    pub name: String,
    /// Run in some case.
    pub ran: bool,
    /// Where it is defined.
    pub location: Option<Location>,
}

/// A scoring node and what the cases did with it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ItemCoverage {
    /// Path.
    pub path: String,
    /// Scored in some case.
    pub scored: bool,
    /// Lost points in some case.
    pub lost: bool,
}

/// A `deduct(` site and whether any case fired it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SiteCoverage {
    /// Where.
    pub location: Location,
    /// Fired in some case.
    pub fired: bool,
}

/// What a pack's cases exercise.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CoverageView {
    /// The pack id.
    pub pack: String,
    /// Share of deduction sites fired, in percent.
    pub percent: Dec,
    /// Deduction sites.
    pub sites: Vec<SiteCoverage>,
    /// Rule functions.
    pub rules: Vec<RuleCoverage>,
    /// Scoring nodes.
    pub items: Vec<ItemCoverage>,
}

/// Coverage of pack `pack`.
pub fn coverage(pack: &str, c: &Coverage) -> CoverageView {
    CoverageView {
        pack: pack.to_string(),
        percent: c.percent().into(),
        sites: c
            .sites
            .iter()
            .map(|s| SiteCoverage {
                location: (&s.span).into(),
                fired: s.fired,
            })
            .collect(),
        rules: c
            .rules
            .iter()
            .map(|r| RuleCoverage {
                name: r.name.clone(),
                ran: r.ran,
                location: r.span.as_ref().map(Location::from),
            })
            .collect(),
        items: c
            .items
            .iter()
            .map(|i| ItemCoverage {
                path: i.path.clone(),
                scored: i.scored,
                lost: i.lost,
            })
            .collect(),
    }
}

/// What changed between two packs; `kind` says which change, the other fields its data.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeData {
    /// The 一级 sections differ.
    Structure { a: Vec<String>, b: Vec<String> },
    /// A node only B has.
    Added { path: String, weight: Option<Dec> },
    /// A node only A has.
    Removed { path: String, weight: Option<Dec> },
    /// The same id at another path.
    Moved { id: String, a: String, b: String },
    /// The weight of the same path.
    Weight {
        path: String,
        a: Option<Dec>,
        b: Option<Dec>,
    },
    /// Rule, inputs, args or `each` of the same path, as written.
    Rule { path: String, a: String, b: String },
    /// 总分.
    Total { a: Dec, b: Dec },
    /// Grade bands.
    Bands { a: String, b: String },
    /// Rounding.
    Rounding { a: String, b: String },
    /// A parameter (none when absent on a side).
    Parameter {
        name: String,
        a: Option<String>,
        b: Option<String>,
    },
    /// A script function changed: its unified diff.
    Function { name: String, diff: String },
    /// A script function only B has.
    FunctionAdded { name: String },
    /// A script function only A has.
    FunctionRemoved { name: String },
    /// B's crosswalk from A: a B path from A paths.
    Crosswalk { path: String, from: Vec<String> },
}

/// One change: its data and the line the text output shows.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChangeView {
    /// The change.
    #[serde(flatten)]
    pub data: ChangeData,
    /// In words.
    pub text: String,
}

/// Two packs compared without projects.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DiffView {
    /// Pack A's id.
    pub a: String,
    /// Pack B's id.
    pub b: String,
    /// The changes, in a stable order.
    pub changes: Vec<ChangeView>,
}

fn change(c: &Change) -> ChangeData {
    let dec = |x: &Option<rust_decimal::Decimal>| x.map(Dec);
    match c.clone() {
        Change::Structure(a, b) => ChangeData::Structure { a, b },
        Change::Added(path, w) => ChangeData::Added {
            path,
            weight: dec(&w),
        },
        Change::Removed(path, w) => ChangeData::Removed {
            path,
            weight: dec(&w),
        },
        Change::Moved(id, a, b) => ChangeData::Moved { id, a, b },
        Change::Weight(path, a, b) => ChangeData::Weight {
            path,
            a: dec(&a),
            b: dec(&b),
        },
        Change::Rule(path, a, b) => ChangeData::Rule { path, a, b },
        Change::Total(a, b) => ChangeData::Total {
            a: a.into(),
            b: b.into(),
        },
        Change::Bands(a, b) => ChangeData::Bands { a, b },
        Change::Rounding(a, b) => ChangeData::Rounding { a, b },
        Change::Parameter(name, a, b) => ChangeData::Parameter { name, a, b },
        Change::Function(name, diff) => ChangeData::Function { name, diff },
        Change::FunctionSet(name, true) => ChangeData::FunctionAdded { name },
        Change::FunctionSet(name, false) => ChangeData::FunctionRemoved { name },
        Change::Crosswalk(path, from) => ChangeData::Crosswalk { path, from },
    }
}

/// The changes from pack `a` to pack `b`.
pub fn diff(a: &str, b: &str, changes: &[Change]) -> DiffView {
    DiffView {
        a: a.to_string(),
        b: b.to_string(),
        changes: changes
            .iter()
            .map(|c| ChangeView {
                data: change(c),
                text: crate::render::diff::line(c),
            })
            .collect(),
    }
}

/// One pack available to auto-selection (`policies`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ListedPackView {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Region, if regional.
    pub region: Option<String>,
    /// Policy year.
    pub year: i64,
    /// First year it applies to.
    pub from_year: i64,
    /// Last year it applies to (`null`: no end).
    pub to_year: Option<i64>,
    /// Place names that mark its region in a form's header.
    pub regions: Vec<String>,
    /// Where it comes from.
    pub origin: PackOrigin,
}

/// One pack listed by `policies`.
pub fn listed(p: &crate::policy::PackInfo) -> ListedPackView {
    ListedPackView {
        id: p.id.clone(),
        title: p.title.clone(),
        region: p.region.clone(),
        year: p.year,
        from_year: p.years.from,
        to_year: p.years.to,
        regions: p.regions.clone(),
        origin: (&p.files).into(),
    }
}
