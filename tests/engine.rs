//! Engine semantics as data (regorus style): every tests/engine/*.yaml is one case — the files
//! it copies, the edits it makes (each must match exactly once), the command it runs, and what
//! must come out. One runner runs them all and names every failing case by its file.
//!
//! A case:
//! ```yaml
//! name: 四舍五入：2.785 → 2.79
//! pack: jinzhong-2020                 # copied to policies/pack (optional)
//! project: examples/jinzhong-2020-pension-subsidy.yaml   # copied to project.yaml (optional)
//! files: { policies/pack/extra.rhai: "fn r(item, input) {}" }   # written as given
//! edits: [{ file: project.yaml, from: "allocated: 2364.01", to: "allocated: 557" }]
//! args: [evaluate, project.yaml, --policy, policies/pack]   # the default
//! expect:
//!   code: 0                           # the default
//!   total: "99.24"                    # these read `--format json` (added when missing)
//!   grade: 优
//!   items: { 资金到位率: "2.79" }      # item name or path → score
//!   deductions: { 资金到位率: ["0.21"] }
//!   diagnostics: [jixiao::eval::missing]   # codes that must appear on stderr
//!   stderr: ["缺失的值不会按 0 计"]          # text that must appear on stderr
//! ```

mod common;

use common::{Test, PACK_DIR};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    pack: Option<String>,
    project: Option<String>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    #[serde(default)]
    edits: Vec<Edit>,
    args: Option<Vec<String>>,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    from: String,
    to: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(default)]
    code: i32,
    total: Option<String>,
    grade: Option<String>,
    #[serde(default)]
    items: BTreeMap<String, String>,
    #[serde(default)]
    deductions: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    diagnostics: Vec<String>,
    #[serde(default)]
    stderr: Vec<String>,
}

impl Expect {
    fn reads_json(&self) -> bool {
        self.total.is_some()
            || self.grade.is_some()
            || !self.items.is_empty()
            || !self.deductions.is_empty()
    }
}

/// Runs one case; `Err` says what differs.
fn run_case(case: &Case) -> Result<(), String> {
    let mut t = Test::new();
    if let Some(pack) = &case.pack {
        t = t.pack(pack);
    }
    if let Some(project) = &case.project {
        t = t.project(project);
    }
    for (rel, text) in &case.files {
        t = t.file(rel, text);
    }
    for e in &case.edits {
        t = t.edit(&e.file, &e.from, &e.to);
    }
    let mut args = case.args.clone().unwrap_or_else(|| {
        let mut a = vec!["evaluate".to_string(), "project.yaml".to_string()];
        if case.pack.is_some() {
            a.extend(["--policy".to_string(), PACK_DIR.to_string()]);
        }
        a
    });
    if case.expect.reads_json() && !args.iter().any(|a| a == "--format") {
        args.extend(["--format".to_string(), "json".to_string()]);
    }
    let out = t.args(&args).output();
    let mut wrong = Vec::new();
    if out.code != case.expect.code {
        wrong.push(format!(
            "exit code {} (want {})",
            out.code, case.expect.code
        ));
    }
    if out.stderr.contains("panicked") {
        wrong.push("the binary panicked".into());
    }
    for want in case.expect.diagnostics.iter().chain(&case.expect.stderr) {
        if !out.stderr.contains(want.as_str()) {
            wrong.push(format!("stderr lacks {want:?}"));
        }
    }
    if case.expect.reads_json() {
        compare_json(&out.stdout, &case.expect, &mut wrong);
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  jixiao {}\n  --- stderr\n{}",
            wrong.join("\n  "),
            args.join(" "),
            out.stderr
        ))
    }
}

fn compare_json(stdout: &str, want: &Expect, wrong: &mut Vec<String>) {
    let v: Value = match serde_json::from_str(stdout) {
        Ok(v) => v,
        Err(e) => return wrong.push(format!("stdout is not JSON ({e})")),
    };
    let r = &v["results"][0];
    let mut check = |what: &str, got: &Value, want: &str| {
        if got.as_str() != Some(want) {
            wrong.push(format!("{what} = {got} (want {want})"));
        }
    };
    if let Some(total) = &want.total {
        check("total", &r["total"], total);
    }
    if let Some(grade) = &want.grade {
        check("grade", &r["grade"], grade);
    }
    for (name, score) in &want.items {
        check(&format!("{name} score"), &item(r, name)["score"], score);
    }
    for (name, points) in &want.deductions {
        let got: Vec<&str> = item(r, name)["deductions"]
            .as_array()
            .map(|ds| ds.iter().filter_map(|d| d["points"].as_str()).collect())
            .unwrap_or_default();
        if got != *points {
            wrong.push(format!("{name} deductions {got:?} (want {points:?})"));
        }
    }
}

/// The item named `name` (or at path `name`), or `null`.
fn item<'a>(r: &'a Value, name: &str) -> &'a Value {
    let path = |i: &Value| -> String {
        let parts: Vec<&str> = i["path"]
            .as_array()
            .map(|p| p.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        parts.join("/")
    };
    r["items"]
        .as_array()
        .and_then(|is| is.iter().find(|i| i["name"] == name || path(i) == name))
        .unwrap_or(&Value::Null)
}

#[test]
fn engine_cases() {
    let dir = common::root().join("tests/engine");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/engine")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{} engine cases", files.len());
    let failed: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            check_file(f).err().map(|e| format!("✗ {name}: {e}"))
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} engine cases failed:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}

fn check_file(f: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(f).map_err(|e| e.to_string())?;
    let case: Case = serde_saphyr::from_str(&text).map_err(|e| format!("case file: {e}"))?;
    let r = std::panic::catch_unwind(|| run_case(&case));
    match r {
        Ok(r) => r.map_err(|e| format!("{}\n  {e}", case.name)),
        Err(p) => Err(format!(
            "{}: {}",
            case.name,
            p.downcast_ref::<String>().cloned().unwrap_or_default()
        )),
    }
}
