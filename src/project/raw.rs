//! The project file as written: serde structs with serde-saphyr spans, converted by `load`.

use crate::num::{Num, Percent};
use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::fmt;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProject {
    pub format: Option<Spanned<u32>>,
    pub header: RawHeader,
    pub funds: RawFunds,
    #[serde(default)]
    pub indicators: Vec<RawIndicator>,
    pub scorecard: Option<RawScorecard>,
    #[serde(default)]
    pub judgements: Vec<RawJudgement>,
    #[serde(default)]
    pub narratives: IndexMap<String, String>,
    pub people: Option<RawPeople>,
    #[serde(default)]
    pub goals: Vec<RawGoal>,
    #[serde(default)]
    pub group_weights: Vec<RawGroupWeight>,
    /// Where the form breaks off, when it is cut short.
    pub cut: Option<Spanned<String>>,
}

/// Other columns or lines, by header, as written.
pub(super) type RawExtra = IndexMap<String, Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGoal {
    pub expected: Option<Spanned<String>>,
    pub actual: Option<Spanned<String>>,
    #[serde(default)]
    pub extra: RawExtra,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroupWeight {
    pub label: Spanned<String>,
    pub level1: Option<String>,
    pub level2: Option<String>,
    pub weight: Spanned<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFundsRow {
    pub category: Spanned<String>,
    #[serde(default)]
    pub total: bool,
    pub initial: Option<Spanned<Num>>,
    pub budget: Option<Spanned<Num>>,
    pub executed: Option<Spanned<Num>>,
    pub arrived: Option<Spanned<Num>>,
    pub weight: Option<Spanned<Num>>,
    pub rate: Option<Spanned<Percent>>,
    pub score: Option<Spanned<Num>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHeader {
    pub name: Spanned<String>,
    pub department: Option<RawDepartment>,
    pub implementer: Option<Spanned<String>>,
    pub kind: Option<Spanned<String>>,
    pub period: Option<Spanned<String>>,
    pub year: Spanned<i64>,
    pub region: Option<Spanned<String>>,
    #[serde(default)]
    pub extra: RawExtra,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDepartment {
    pub name: Option<Spanned<String>>,
    pub code: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFunds {
    #[serde(default)]
    pub budget: IndexMap<String, Spanned<Num>>,
    pub allocated: Option<Spanned<Num>>,
    #[serde(default)]
    pub spent: IndexMap<String, Spanned<Num>>,
    pub unit: Option<Spanned<String>>,
    #[serde(default)]
    pub rows: Vec<RawFundsRow>,
    #[serde(default)]
    pub parts: IndexMap<String, Spanned<Num>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIndicator {
    pub level1: Spanned<String>,
    pub level2: Spanned<String>,
    pub label: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub direction: Spanned<String>,
    pub target: Spanned<RawMeasure>,
    pub actual: Spanned<RawMeasure>,
    pub progress: Option<Spanned<Percent>>,
    pub tier: Option<Spanned<String>>,
    pub weight: Option<Spanned<Num>>,
    pub score: Option<Spanned<Num>>,
    pub nature: Option<Spanned<String>>,
    pub unit: Option<Spanned<String>>,
    pub deviation: Option<Spanned<String>>,
    pub part_of: Option<Spanned<String>>,
    #[serde(default)]
    pub extra: RawExtra,
}

/// A target/actual: plain text, a bare number, or `{text, value, unit}`.
pub(super) enum RawMeasure {
    Text(String),
    /// A bare number; its exact text is re-read from the file through its span.
    Number,
    Full {
        text: String,
        value: Option<String>,
        unit: Option<String>,
    },
}

impl<'de> Deserialize<'de> for RawMeasure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(MeasureVisitor)
    }
}

struct MeasureVisitor;

impl<'de> Visitor<'de> for MeasureVisitor {
    type Value = RawMeasure;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", crate::text::EXPECT_MEASURE)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawMeasure, E> {
        Ok(RawMeasure::Text(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawMeasure, E> {
        Ok(RawMeasure::Number)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawMeasure, E> {
        Ok(RawMeasure::Number)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawMeasure, E> {
        Ok(RawMeasure::Number)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMeasure, A::Error> {
        let (mut text, mut value, mut unit) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "text" => text = Some(map.next_value::<String>()?),
                "value" => value = Some(map.next_value::<Spanned<String>>()?.value),
                "unit" => unit = Some(map.next_value::<String>()?),
                other => {
                    return Err(de::Error::unknown_field(other, &["text", "value", "unit"]));
                }
            }
        }
        let text = text.ok_or_else(|| de::Error::missing_field("text"))?;
        Ok(RawMeasure::Full { text, value, unit })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeclared {
    pub path: Spanned<String>,
    pub weight: Option<Spanned<Num>>,
    pub score: Spanned<Num>,
    #[serde(default)]
    pub extra: RawExtra,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTotal {
    pub weight: Option<Spanned<Num>>,
    pub score: Spanned<Num>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScorecard {
    pub total: Option<RawTotal>,
    pub grade: Option<Spanned<String>>,
    #[serde(default)]
    pub sections: Vec<RawDeclared>,
    #[serde(default)]
    pub items: Vec<RawDeclared>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawJudgement {
    pub item: Spanned<String>,
    pub score: Spanned<Num>,
    pub reason: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPeople {
    #[serde(default)]
    pub evaluators: Vec<RawPerson>,
    pub responsible: Option<String>,
    pub handler: Option<String>,
    pub phone: Option<String>,
    pub filled_on: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPerson {
    pub name: String,
    pub title: Option<String>,
    pub phone: Option<String>,
    pub office: Option<String>,
}
