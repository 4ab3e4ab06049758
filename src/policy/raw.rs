//! policy.yaml as written: serde structs with spans, converted by `load`.

use crate::num::Num;
use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicy {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub region: Option<Spanned<String>>,
    pub year: Spanned<i64>,
    pub effective: Option<RawEffective>,
    #[serde(default)]
    pub basis: Vec<String>,
    pub total: Spanned<Num>,
    pub rounding: Option<RawRounding>,
    pub grades: Vec<RawBand>,
    #[serde(default)]
    pub scripts: Vec<Spanned<String>>,
    #[serde(default)]
    pub parameters: IndexMap<String, Spanned<String>>,
    pub tree: Vec<RawNode>,
    pub crosswalk: Option<RawCrosswalk>,
    /// The sandbox's limits this pack changes (script::Limits names).
    #[serde(default)]
    pub limits: IndexMap<String, Spanned<u64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCrosswalk {
    pub from: Spanned<String>,
    pub items: Vec<RawCrossEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCrossEntry {
    pub to: Spanned<String>,
    pub from: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEffective {
    pub from: String,
    pub to: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRounding {
    pub places: Spanned<u32>,
    pub mode: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBand {
    pub grade: Spanned<String>,
    pub min: Spanned<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNode {
    pub id: Option<Spanned<String>>,
    pub name: Spanned<String>,
    pub weight: Option<Spanned<Num>>,
    pub rule: Option<Spanned<String>>,
    pub each: Option<Spanned<String>>,
    #[serde(default)]
    pub inputs: IndexMap<String, Spanned<String>>,
    #[serde(default)]
    pub args: IndexMap<String, Spanned<String>>,
    pub help: Option<String>,
    pub basis: Option<String>,
    #[serde(default)]
    pub children: Vec<RawNode>,
}
