//! Resolving an item's declared inputs into script values, with the evidence each one leaves.

use super::target::Target;
use crate::diag::Diagnostic;
use crate::policy::Input;
use crate::project::{field_label, Evidence, FieldError, Indicator, Project};
use crate::source::Sp;
use crate::text;
use rhai::{Dynamic, Map};
use rust_decimal::Decimal;

/// A resolved input: the value the rule sees, the evidence, and notes for the explanation.
pub struct Resolved {
    /// Value handed to the script.
    pub value: Dynamic,
    /// Project values it was made from.
    pub evidence: Vec<Evidence>,
    /// Notes (e.g. a self-judgement was taken).
    pub notes: Vec<String>,
}

/// Resolves one input of `node` against `project`.
pub fn resolve(
    project: &Project,
    node: &Target,
    input: &Sp<Input>,
) -> Result<Resolved, Diagnostic> {
    match &input.value {
        Input::Field(name) => field(project, node, name, input),
        Input::Indicators(sel) => Ok(indicators(project, sel)),
        Input::Judgement => judgement(project, node, input),
    }
}

fn field(
    project: &Project,
    node: &Target,
    name: &str,
    input: &Sp<Input>,
) -> Result<Resolved, Diagnostic> {
    match project.field(name) {
        Ok(v) => Ok(Resolved {
            value: Dynamic::from(v.value),
            evidence: v.evidence,
            notes: Vec::new(),
        }),
        Err(FieldError::Missing) => Err(Diagnostic::error(
            "jixiao::eval::missing",
            text::missing_field(&field_label(name), name),
        )
        .for_item(&node.path_str())
        .at(&input.span, text::NEEDED_HERE)
        .at(
            &project.header.name.span,
            text::in_project(project.source.name()),
        )),
        Err(FieldError::Unknown) => Err(Diagnostic::error(
            "jixiao::policy::field",
            text::unknown_field(name),
        )
        .for_item(&node.path_str())
        .at(&input.span, text::HERE)
        .help(text::fields_help())),
    }
}

fn put(map: &mut Map, key: &str, v: impl Into<Dynamic>) {
    map.insert(key.into(), v.into());
}

/// One indicator as a script map; its values are added to `evidence`.
pub fn indicator(i: usize, ind: &Indicator, evidence: &mut Vec<Evidence>) -> Dynamic {
    let name = ind.display_name();
    let mut m = Map::new();
    put(&mut m, "name", name.clone());
    put(&mut m, "index", i64::try_from(i).unwrap_or(i64::MAX));
    put(&mut m, "level1", ind.level1.value.clone());
    put(&mut m, "level2", ind.level2.value.clone());
    put(
        &mut m,
        "direction",
        ind.direction.value.symbol().to_string(),
    );
    let qualitative = ind.direction.value == crate::project::Direction::Qualitative;
    put(&mut m, "qualitative", qualitative);
    put(&mut m, "target_text", ind.target.text.value.clone());
    put(&mut m, "actual_text", ind.actual.text.value.clone());
    let label = |what: &str| text::indicator_value(&ind.level2.value, &name, what);
    let key = |what: &str| format!("indicators[{i}].{what}");
    for (what, zh, measure) in [
        ("target", text::TARGET, &ind.target),
        ("actual", text::ACTUAL, &ind.actual),
    ] {
        match &measure.value {
            Some(v) => {
                put(&mut m, what, Dynamic::from(v.value));
                evidence.push(Evidence::decimal(key(what), label(&zh.to_string()), v));
            }
            None => evidence.push(Evidence::text(
                key(what),
                label(&zh.to_string()),
                &measure.text,
            )),
        }
    }
    if let Some(unit) = ind.target.unit.as_ref().or(ind.actual.unit.as_ref()) {
        put(&mut m, "unit", unit.clone());
    }
    if let Some(p) = &ind.progress {
        put(&mut m, "progress", Dynamic::from(p.value));
        if qualitative && ind.tier.is_none() {
            evidence.push(Evidence::decimal(
                key("progress"),
                label(&text::PROGRESS.to_string()),
                p,
            ));
        }
    }
    if let Some(t) = &ind.tier {
        put(&mut m, "tier", t.value.clone());
        evidence.push(Evidence::text(
            key("tier"),
            label(&text::TIER.to_string()),
            t,
        ));
    }
    if let Some(w) = &ind.weight {
        put(&mut m, "weight", Dynamic::from(w.value));
    }
    if let Some(sc) = &ind.score {
        put(&mut m, "score", Dynamic::from(sc.value));
        evidence.push(Evidence::decimal(
            key("score"),
            label(&text::INDICATOR_SCORE.to_string()),
            sc,
        ));
    }
    Dynamic::from_map(m)
}

fn indicators(project: &Project, sel: &str) -> Resolved {
    let mut evidence = Vec::new();
    let list: rhai::Array = project
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| ind.part_of.is_none())
        .filter(|(_, ind)| ind.level1.value == sel || ind.level2.value == sel)
        .map(|(i, ind)| indicator(i, ind, &mut evidence))
        .collect();
    Resolved {
        value: Dynamic::from_array(list),
        evidence,
        notes: Vec::new(),
    }
}

fn judgement(project: &Project, node: &Target, input: &Sp<Input>) -> Result<Resolved, Diagnostic> {
    let path = node.path_str();
    let (score, evidence, note) = if let Some(j) = project.judgement(&path) {
        let note = match &j.reason {
            Some(r) => text::judged_by_evaluator(&r.value),
            None => text::judged_by_evaluator(""),
        };
        (
            j.score.clone(),
            Evidence::decimal("judgements", text::JUDGEMENT_SCORE.to_string(), &j.score),
            note,
        )
    } else if let Some(d) = &node.declared {
        (
            d.clone(),
            Evidence::decimal("scorecard.items", text::DECLARED_SCORE.to_string(), d),
            text::SELF_JUDGEMENT.to_string(),
        )
    } else {
        return Err(Diagnostic::error(
            "jixiao::eval::no_judgement",
            text::missing_judgement(&path),
        )
        .for_item(&path)
        .at(&input.span, text::NEEDED_HERE)
        .at(
            &project.header.name.span,
            text::in_project(project.source.name()),
        )
        .help(text::JUDGEMENT_HELP));
    };
    let weight = node.weight;
    if score.value < Decimal::ZERO || score.value > weight {
        return Err(Diagnostic::error(
            "jixiao::eval::judgement_range",
            text::judgement_out_of_range(score.value, weight),
        )
        .for_item(&path)
        .at(&score.span, text::HERE));
    }
    Ok(Resolved {
        value: Dynamic::from(score.value),
        evidence: vec![evidence],
        notes: vec![note],
    })
}
