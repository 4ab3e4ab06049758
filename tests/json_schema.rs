//! Every `--format json` / `jsonl` output validates against docs/schema/jixiao-1.json, which is
//! what `jixiao schema` prints (generated from the output types); the schema is closed, so a
//! field it does not document fails.

mod common;

use common::*;
use serde_json::Value;

const SCHEMA_FILE: &str = "docs/schema/jixiao-1.json";

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join(SCHEMA_FILE)).expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// The validation errors of `v`, one line each.
fn errors(v: &Value) -> Vec<String> {
    validator()
        .iter_errors(v)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Runs jixiao with `args` and checks every output document (one, or one per line for jsonl).
fn valid(args: &[&str]) -> Vec<Value> {
    let (code, out, err) = run(jixiao().args(args));
    assert!(
        code == 0 || code == 1 || code == 2,
        "{args:?}: {code} {err}"
    );
    let docs: Vec<Value> = if args.contains(&"jsonl") {
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: {e}: {l}")))
            .collect()
    } else {
        vec![serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))]
    };
    assert!(!docs.is_empty(), "{args:?} printed nothing");
    for d in &docs {
        let es = errors(d);
        assert!(
            es.is_empty(),
            "{args:?} does not match the schema:\n{}",
            es.join("\n")
        );
    }
    docs
}

#[test]
fn the_schema_file_is_what_the_binary_prints() {
    let (code, out, _) = run(jixiao().arg("schema"));
    assert_eq!(code, 0);
    let file = std::fs::read_to_string(root().join(SCHEMA_FILE)).expect("schema file");
    assert!(
        out == file,
        "{SCHEMA_FILE} is stale: run `cargo run --release -- schema > {SCHEMA_FILE}`"
    );
}

#[test]
fn evaluate_outputs_match_the_schema() {
    for format in ["json", "jsonl"] {
        valid(&["evaluate", EXAMPLE, "--format", format]);
        valid(&["evaluate", EXAMPLE, EXAMPLE, "--format", format]);
        valid(&["evaluate", "tests/data/forms/", "--format", format]);
        valid(&[
            "evaluate", EXAMPLE, "--policy", "mof-2020", "--format", format,
        ]);
        valid(&[
            "evaluate",
            EXAMPLE,
            "--policy",
            "no-such-pack",
            "--format",
            format,
        ]);
        valid(&["evaluate", "no-such-file.yaml", "--format", format]);
    }
}

#[test]
fn explain_and_compare_outputs_match_the_schema() {
    for format in ["json", "jsonl"] {
        valid(&["explain", EXAMPLE, "--format", format]);
        valid(&[
            "explain",
            EXAMPLE,
            "--item",
            "资金到位率",
            "--format",
            format,
        ]);
        let two = ["--policy", "jinzhong-2020", "--policy", "mof-2020"];
        let mut args = vec!["compare", EXAMPLE];
        args.extend(two);
        args.extend(["--format", format]);
        valid(&args);
        let mut args = vec!["compare", EXAMPLE, EXAMPLE];
        args.extend(two);
        args.extend(["--format", format]);
        let docs = valid(&args);
        let kinds: Vec<&Value> = docs
            .iter()
            .flat_map(|d| d["results"].as_array().into_iter().flatten())
            .map(|r| &r["kind"])
            .collect();
        assert_eq!(kinds, ["comparison", "comparison", "portfolio"], "{format}");
    }
}

#[test]
fn pack_command_outputs_match_the_schema() {
    for format in ["json", "jsonl"] {
        valid(&["check", "--format", format]);
        valid(&["check", "no-such-pack", "--format", format]);
        valid(&["test", "jinzhong-2020", "--format", format]);
        valid(&["test", "jinzhong-2020", "--coverage", "--format", format]);
        valid(&["diff", "jinzhong-2020", "mof-2020", "--format", format]);
        valid(&["policies", "--format", format]);
    }
}

#[test]
fn one_file_and_two_files_give_the_same_top_level() {
    let keys =
        |v: &Value| -> Vec<String> { v.as_object().expect("an object").keys().cloned().collect() };
    let one = &valid(&["evaluate", EXAMPLE, "--format", "json"])[0];
    let two = &valid(&["evaluate", EXAMPLE, EXAMPLE, "--format", "json"])[0];
    assert_eq!(keys(one), ["schema", "command", "results", "diagnostics"]);
    assert_eq!(keys(one), keys(two));
    assert_eq!(one["results"].as_array().map(Vec::len), Some(1));
    assert_eq!(two["results"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_schema_rejects_what_it_does_not_document() {
    let good = valid(&["evaluate", EXAMPLE, "--format", "json"]).remove(0);
    let mut extra = good.clone();
    extra["results"][0]["bogus"] = Value::from(1);
    assert!(
        !errors(&extra).is_empty(),
        "an undocumented field is rejected"
    );
    let mut nested = good.clone();
    nested["results"][0]["items"][0]["rule"]["location"]["bogus"] = Value::from(1);
    assert!(
        !errors(&nested).is_empty(),
        "a nested undocumented field is rejected"
    );
    let mut float = good.clone();
    float["results"][0]["total"] = Value::from(99.25);
    assert!(!errors(&float).is_empty(), "a decimal must be a string");
    let mut schema = good;
    schema["schema"] = Value::from("jixiao/2");
    assert!(!errors(&schema).is_empty(), "the schema id is fixed");
    let mut diff = valid(&["diff", "jinzhong-2020", "mof-2020", "--format", "json"]).remove(0);
    diff["results"][0]["changes"][0]["bogus"] = Value::from(1);
    assert!(
        !errors(&diff).is_empty(),
        "a flattened variant is closed too"
    );
}
