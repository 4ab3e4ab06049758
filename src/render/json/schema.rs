//! Closing the generated schema: an output with a field the schema does not name is invalid,
//! so the schema test catches a field added to a view without its documentation.

use serde_json::{Map, Value};
use std::collections::HashSet;

/// Forbids fields the schema does not name, in every object schema of `schema`.
///
/// A composed schema (a tagged variant `{"properties": {"kind": …}, "$ref": …}`, a struct with
/// a flattened enum) gets `unevaluatedProperties: false`, which sees through its `$ref` and
/// branches; the definitions such variants point at and the branches are left open (their
/// parent closes them); every other object schema gets `additionalProperties: false`.
pub fn close(schema: &mut Value) {
    let mut targets = HashSet::new();
    variant_targets(schema, &mut targets);
    close_all(schema, &targets, None);
}

fn variant_targets(v: &Value, out: &mut HashSet<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(_), Some(Value::String(r))) = (m.get("properties"), m.get("$ref")) {
                if let Some(name) = r.strip_prefix("#/$defs/") {
                    out.insert(name.to_string());
                }
            }
            m.values().for_each(|x| variant_targets(x, out));
        }
        Value::Array(xs) => xs.iter().for_each(|x| variant_targets(x, out)),
        _ => {}
    }
}

const COMBINATORS: [&str; 3] = ["oneOf", "anyOf", "allOf"];

/// A schema whose properties are joined by others (a tagged variant's `$ref`, a flattened
/// enum's `oneOf`): closed with `unevaluatedProperties`, which sees the joined ones.
fn composed(m: &Map<String, Value>) -> bool {
    m.contains_key("properties")
        && (m.contains_key("$ref") || COMBINATORS.iter().any(|k| m.contains_key(*k)))
}

fn close_all(v: &mut Value, targets: &HashSet<String>, def: Option<&str>) {
    close_node(v, targets, def, false);
}

/// Closes `v` (unless `open`: a branch its parent closes) and everything below it.
fn close_node(v: &mut Value, targets: &HashSet<String>, def: Option<&str>, open: bool) {
    match v {
        Value::Object(m) => {
            let joined = composed(m);
            if !open {
                close_one(m, targets, def);
            }
            for (k, x) in m.iter_mut() {
                if k == "$defs" {
                    if let Value::Object(defs) = x {
                        for (name, d) in defs.iter_mut() {
                            close_node(d, targets, Some(name), false);
                        }
                    }
                } else if joined && COMBINATORS.contains(&k.as_str()) {
                    if let Value::Array(branches) = x {
                        for b in branches.iter_mut() {
                            close_node(b, targets, None, true);
                        }
                    }
                } else {
                    close_node(x, targets, None, false);
                }
            }
        }
        Value::Array(xs) => xs
            .iter_mut()
            .for_each(|x| close_node(x, targets, None, false)),
        _ => {}
    }
}

fn close_one(m: &mut Map<String, Value>, targets: &HashSet<String>, def: Option<&str>) {
    if !m.contains_key("properties") || m.contains_key("additionalProperties") {
        return;
    }
    if composed(m) {
        m.insert("unevaluatedProperties".into(), Value::Bool(false));
    } else if !def.is_some_and(|d| targets.contains(d)) {
        m.insert("additionalProperties".into(), Value::Bool(false));
    }
}
