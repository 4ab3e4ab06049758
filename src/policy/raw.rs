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
    #[serde(default)]
    pub regions: Vec<String>,
    pub weights: Option<Spanned<String>>,
    pub total_rule: Option<RawTotalRule>,
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
    pub parameters: IndexMap<String, Spanned<RawParam>>,
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
    pub to: Option<String>,
}

/// A parameter: one text, a number (read back from the file's text, never through f64),
/// or a list of words.
pub(super) enum RawParam {
    One(String),
    Number,
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for RawParam {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ParamVisitor)
    }
}

struct ParamVisitor;

impl<'de> serde::de::Visitor<'de> for ParamVisitor {
    type Value = RawParam;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a scalar or a list of words")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawParam, E> {
        Ok(RawParam::One(v.to_string()))
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawParam, E> {
        Ok(RawParam::One(v.to_string()))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<RawParam, E> {
        Ok(RawParam::Number)
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<RawParam, E> {
        Ok(RawParam::Number)
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<RawParam, E> {
        Ok(RawParam::Number)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<RawParam, E> {
        Ok(RawParam::One("none".to_string()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawParam, A::Error> {
        let mut out = Vec::new();
        while let Some(s) = seq.next_element::<String>()? {
            out.push(s);
        }
        Ok(RawParam::Many(out))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTotalRule {
    pub rule: Spanned<String>,
    #[serde(default)]
    pub inputs: IndexMap<String, Spanned<String>>,
    pub help: Option<String>,
    pub basis: Option<String>,
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
    pub declared_weight: Option<Spanned<String>>,
    pub declared_score: Option<Spanned<String>>,
    pub if_absent: Option<Spanned<String>>,
    #[serde(default)]
    pub inputs: IndexMap<String, Spanned<String>>,
    #[serde(default)]
    pub args: IndexMap<String, Spanned<String>>,
    pub help: Option<String>,
    pub basis: Option<String>,
    #[serde(default)]
    pub children: Vec<RawNode>,
}
