//! Reads policy.yaml and the scripts it names, compiles them once, then checks the pack.

use super::raw::*;
use super::*;
use crate::diag::{Diagnostic, Diags, Result};
use crate::num::RoundingMode;
use crate::source::Span;
use crate::text;
use crate::yaml::{sp, span_of};
use rhai::Dynamic;
use serde_saphyr::Spanned;

/// Loads a pack from its files and checks it; errors stop the load, warnings are kept.
pub fn load(files: &PackFiles) -> Result<Policy> {
    let source = files.read("policy.yaml").map_err(|e| {
        let shown = format!("{}/policy.yaml", files.origin());
        Diags::from(crate::fsx::read_diagnostic(
            "jixiao::policy::io",
            &shown,
            &e,
        ))
    })?;
    let raw: RawPolicy = crate::yaml::parse(&source, &text::POLICY_FILE.to_string())?;
    let mut diags = Diags::default();
    let limits = limits(&source, &raw.limits, &mut diags);
    let scripts = compile_scripts(files, &source, &raw.scripts, limits, &mut diags)?;
    let rounding = rounding(&source, raw.rounding, &mut diags);
    let tree = raw
        .tree
        .into_iter()
        .map(|n| node(&source, n, &[], &mut diags))
        .collect();
    let mut params_map = rhai::Map::new();
    let params: Vec<(String, Sp<String>)> = raw
        .parameters
        .into_iter()
        .map(|(k, v)| {
            let span = span_of(&source, &v);
            let (shown, value) = match v.value {
                RawParam::One(s) => (s.clone(), scalar(&s)),
                RawParam::Number => {
                    let t = span.text().trim().to_string();
                    (t.clone(), scalar(&t))
                }
                RawParam::Many(list) => (
                    format!("[{}]", list.join(", ")),
                    Dynamic::from_array(list.iter().map(|s| scalar(s)).collect()),
                ),
            };
            params_map.insert(k.as_str().into(), value);
            (k, Sp::new(shown, span))
        })
        .collect();
    let params_map = Arc::new(params_map);
    let total_rule = raw.total_rule.map(|t| {
        let name = span_of(&source, &t.rule);
        *leaf(
            &source,
            &name,
            Some(t.rule),
            t.inputs,
            indexmap::IndexMap::new(),
            t.help,
            t.basis,
            &mut diags,
        )
    });
    let form_weights = match raw.weights {
        None => false,
        Some(w) => match w.value.as_str() {
            "form" => true,
            "pack" => false,
            other => {
                let span = span_of(&source, &w);
                diags.push(
                    Diagnostic::error(
                        "jixiao::policy::weights_mode",
                        text::bad_weights_mode(other),
                    )
                    .at(&span, text::HERE),
                );
                false
            }
        },
    };
    let crosswalk = raw.crosswalk.map(|c| Crosswalk {
        from: sp(&source, c.from),
        entries: c
            .items
            .into_iter()
            .map(|e| CrosswalkEntry {
                to: sp(&source, e.to),
                from: e.from.into_iter().map(|f| sp(&source, f)).collect(),
            })
            .collect(),
    });
    let policy = Policy {
        id: sp(&source, raw.id),
        title: raw.title.value,
        region: raw.region.map(|r| r.value),
        regions: raw.regions,
        form_weights,
        total_rule,
        year: raw.year.value,
        effective: raw.effective.map(|e| Effective {
            from: e.from,
            to: e.to,
        }),
        basis: raw.basis,
        total: num(&source, raw.total),
        rounding,
        grades: raw
            .grades
            .into_iter()
            .map(|b| Band {
                grade: sp(&source, b.grade),
                min: num(&source, b.min),
            })
            .collect(),
        params,
        tree,
        scripts,
        source,
        origin: files.origin(),
        files: files.clone(),
        warnings: Vec::new(),
        crosswalk,
        params_map,
    };
    let found = check::check_policy(&policy);
    diags.0.extend(found.0);
    let warnings = diags.warnings_or_errors()?;
    Ok(Policy { warnings, ..policy })
}

/// A scalar argument as a script value: a decimal when it reads as one, else text.
pub fn scalar(s: &str) -> Dynamic {
    match (s, crate::num::parse_decimal(s)) {
        ("true", _) => Dynamic::TRUE,
        ("false", _) => Dynamic::FALSE,
        (_, Some(d)) => Dynamic::from(d),
        _ => Dynamic::from(s.to_string()),
    }
}

fn num(file: &Arc<SourceFile>, s: Spanned<crate::num::Num>) -> Sp<rust_decimal::Decimal> {
    let v = sp(file, s);
    Sp::new(v.value.0, v.span)
}

fn compile_scripts(
    files: &PackFiles,
    source: &Arc<SourceFile>,
    names: &[Spanned<String>],
    limits: crate::script::Limits,
    diags: &mut Diags,
) -> Result<Scripts> {
    let mut all = files.library().map_err(|e| {
        Diags::from(crate::fsx::read_diagnostic(
            "jixiao::policy::io",
            "rules/",
            &e,
        ))
    })?;
    for name in names {
        let span = span_of(source, name);
        match files.read(&name.value) {
            Ok(f) => all.push(f),
            Err(e) => diags.push(
                crate::fsx::read_diagnostic("jixiao::policy::script_file", &name.value, &e)
                    .at(&span, text::HERE),
            ),
        }
    }
    let messages = rule_messages(files, diags);
    if diags.has_errors() {
        return Err(std::mem::take(diags));
    }
    Scripts::compile(all, crate::script::Messages::parse(messages)?, limits)
}

/// The rule library's message files, then the pack's own (`messages/<lang>.ftl`), each with
/// its language; a pack without messages has none of its own.
fn rule_messages(files: &PackFiles, diags: &mut Diags) -> Vec<(text::Lang, Arc<SourceFile>)> {
    let mut out = files.library_messages();
    for lang in text::Lang::ALL {
        let rel = format!("messages/{}.ftl", lang.tag());
        match files.read(&rel) {
            Ok(f) => out.push((lang, f)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => diags.push(crate::fsx::read_diagnostic("jixiao::policy::io", &rel, &e)),
        }
    }
    out
}

/// The default limits with the pack's `limits:` applied; unknown names and zeros are errors.
fn limits(
    source: &Arc<SourceFile>,
    raw: &indexmap::IndexMap<String, Spanned<u64>>,
    diags: &mut Diags,
) -> crate::script::Limits {
    let mut limits = crate::script::Limits::default();
    for (name, value) in raw {
        let span = span_of(source, value);
        if value.value == 0 {
            diags.push(
                Diagnostic::error("jixiao::policy::limits", text::zero_limit(name))
                    .at(&span, text::HERE),
            );
        } else if !limits.set(name, value.value) {
            diags.push(
                Diagnostic::error(
                    "jixiao::policy::limits",
                    text::unknown_limit(name, &crate::script::Limits::names()),
                )
                .at(&span, text::HERE),
            );
        }
    }
    limits
}

fn rounding(source: &Arc<SourceFile>, r: Option<RawRounding>, diags: &mut Diags) -> Rounding {
    let Some(r) = r else {
        return Rounding {
            places: 2,
            mode: RoundingMode::HalfAwayFromZero,
        };
    };
    let mode = RoundingMode::parse(&r.mode.value).unwrap_or_else(|| {
        let span = span_of(source, &r.mode);
        diags.push(
            Diagnostic::error(
                "jixiao::policy::rounding",
                text::bad_rounding_mode(&r.mode.value),
            )
            .at(&span, text::HERE)
            .help(text::rounding_help(RoundingMode::NAMES)),
        );
        RoundingMode::HalfAwayFromZero
    });
    if r.places.value > 10 {
        let span = span_of(source, &r.places);
        diags.push(
            Diagnostic::error("jixiao::policy::rounding", text::TOO_MANY_PLACES)
                .at(&span, text::HERE),
        );
    }
    Rounding {
        places: r.places.value.min(10),
        mode,
    }
}

fn input(file: &Arc<SourceFile>, v: Spanned<String>) -> Sp<Input> {
    let v = sp(file, v);
    let spec = v.value.trim();
    let input = if spec == "judgement" {
        Input::Judgement
    } else if let Some(sel) = spec.strip_prefix("indicators.") {
        Input::Indicators(sel.to_string())
    } else {
        Input::Field(spec.to_string())
    };
    Sp::new(input, v.span)
}

/// Parses an `each` selector, reporting one that is neither `indicators` nor `indicators.<名>`.
fn selector(e: Sp<String>, diags: &mut Diags) -> Option<Selector> {
    let parsed = Selector::parse(&e.value, e.span.clone());
    if parsed.is_none() {
        diags.push(
            Diagnostic::error("jixiao::policy::each", text::bad_each(&e.value))
                .at(&e.span, text::HERE)
                .help(text::EACH_HELP),
        );
    }
    parsed
}

fn node(file: &Arc<SourceFile>, n: RawNode, parent: &[String], diags: &mut Diags) -> Node {
    let name = sp(file, n.name);
    let mut path = parent.to_vec();
    path.push(name.value.clone());
    let id = n.id.map_or_else(|| path.join("/"), |i| i.value);
    let weight = n.weight.map(|w| num(file, w));
    let each = n.each.map(|e| sp(file, e));
    let kind = if n.children.is_empty() {
        let rule = leaf(
            file, &name.span, n.rule, n.inputs, n.args, n.help, n.basis, diags,
        );
        match each.map(|e| selector(e, diags)) {
            Some(Some(sel)) => NodeKind::Each(rule, sel),
            // A selector that does not parse was reported; the node is still checked as an item.
            Some(None) | None => NodeKind::Item(rule),
        }
    } else {
        if let Some(e) = &each {
            diags.push(
                Diagnostic::error(
                    "jixiao::policy::group_rule",
                    text::group_with_rule(&name.value),
                )
                .at(&e.span, text::HERE),
            );
        }
        if let Some(r) = &n.rule {
            let span = span_of(file, r);
            diags.push(
                Diagnostic::error(
                    "jixiao::policy::group_rule",
                    text::group_with_rule(&name.value),
                )
                .at(&span, text::HERE),
            );
        }
        NodeKind::Group(
            n.children
                .into_iter()
                .map(|c| node(file, c, &path, diags))
                .collect(),
        )
    };
    Node {
        id,
        name,
        path,
        weight,
        kind,
        declared_weight: n.declared_weight.map(|v| sp(file, v)),
        declared_score: n.declared_score.map(|v| sp(file, v)),
        if_absent: n.if_absent.map(|v| sp(file, v)),
    }
}

#[allow(clippy::too_many_arguments)]
fn leaf(
    file: &Arc<SourceFile>,
    name: &Span,
    rule: Option<Spanned<String>>,
    inputs: indexmap::IndexMap<String, Spanned<String>>,
    args: indexmap::IndexMap<String, Spanned<String>>,
    help: Option<String>,
    basis: Option<String>,
    diags: &mut Diags,
) -> Box<ItemRule> {
    let rule = match rule {
        Some(r) => sp(file, r),
        None => {
            diags.push(
                Diagnostic::error(
                    "jixiao::policy::no_rule",
                    text::item_without_rule(name.text()),
                )
                .at(name, text::HERE),
            );
            Sp::new(String::new(), name.clone())
        }
    };
    Box::new(ItemRule {
        rule,
        inputs: inputs
            .into_iter()
            .map(|(k, v)| (k, input(file, v)))
            .collect(),
        args: args.into_iter().map(|(k, v)| (k, sp(file, v))).collect(),
        help,
        basis,
    })
}
