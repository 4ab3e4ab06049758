//! The corpus generator (examples/gen-corpus): 40 forms, 4 of them broken, each run through the
//! real binary — every good one scored with a total by the pack the manifest names, every broken
//! one refused (exit 2, no panic) with a diagnostic located in the form itself — and a second
//! generation with the same seed is byte-identical.
//!
//! `cargo test` builds the examples; the generator is found next to this test's executable
//! (target/<profile>/examples/gen-corpus), so no cargo is run from inside the test.

mod common;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const FORMS: &str = "40";
const BROKEN: usize = 4;

fn generator() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps");
    let bin = profile
        .join("examples")
        .join(format!("gen-corpus{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.is_file(),
        "{} is not built: `cargo test` builds the examples; after `cargo test --test corpus` run \
         `cargo build --examples` (same profile) first",
        bin.display()
    );
    bin
}

fn generate(dir: &Path, seed: &str) {
    let out = std::process::Command::new(generator())
        .arg(FORMS)
        .arg(dir)
        .args(["--seed", seed, "--broken", &BROKEN.to_string()])
        .output()
        .expect("the generator runs");
    assert!(
        out.status.success(),
        "gen-corpus failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

struct Entry {
    file: String,
    kind: String,
    layout: String,
    broken: bool,
    what: String,
    policy: String,
}

fn manifest(dir: &Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(dir.join(".manifest.tsv")).expect(".manifest.tsv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("file\tkind\tlayout\tstatus\tbroken\tpolicy")
    );
    lines
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 6, "manifest line {l:?}");
            Entry {
                file: f[0].into(),
                kind: f[1].into(),
                layout: f[2].into(),
                broken: f[3] == "broken",
                what: f[4].into(),
                policy: f[5].into(),
            }
        })
        .collect()
}

/// Every file named by the diagnostics' locations and labels.
fn located_files(result: &Value) -> Vec<String> {
    let mut files = Vec::new();
    for d in result["diagnostics"].as_array().into_iter().flatten() {
        let labels = d["labels"].as_array().into_iter().flatten();
        for loc in std::iter::once(&d["location"]).chain(labels.map(|l| &l["location"])) {
            if let Some(f) = loc["file"].as_str() {
                files.push(f.to_string());
            }
        }
    }
    files
}

#[test]
fn good_forms_are_scored_and_broken_ones_refused_with_a_located_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    generate(tmp.path(), "11");
    let entries = manifest(tmp.path());
    assert_eq!(entries.len(), 40);
    assert_eq!(entries.iter().filter(|e| e.broken).count(), BROKEN);
    for kind in ["yaml", "txt", "xlsx"] {
        assert!(
            entries.iter().any(|e| e.kind.starts_with(kind)),
            "no {kind}"
        );
    }
    for layout in ["53号", "10号"] {
        assert!(entries.iter().any(|e| e.layout == layout), "no {layout}");
    }
    let mut audited = 0;
    for e in &entries {
        let path = tmp.path().join(&e.file);
        let mut cmd = jixiao();
        cmd.arg("evaluate").arg(&path).args(["--format", "json"]);
        let pack = match e.policy.strip_prefix("--policy ") {
            Some(id) => {
                cmd.args(["--policy", id]);
                id
            }
            None => e
                .policy
                .strip_prefix("auto:")
                .expect("auto:ID or --policy ID"),
        };
        let (code, out, err) = run(&mut cmd);
        assert!(!err.contains("panicked"), "{}: {err}", e.file);
        let result = json_result(&out);
        if e.broken {
            assert_eq!(code, 2, "{} ({}) should be refused: {out}", e.file, e.what);
            assert_eq!(result["kind"], "failure", "{}", e.file);
            let files = located_files(&result);
            assert!(
                files.iter().any(|f| f.ends_with(&e.file)),
                "{} ({}): no diagnostic located in the form: {files:?}",
                e.file,
                e.what
            );
        } else {
            assert_eq!(code, 0, "{} ({}): {err}", e.file, e.kind);
            assert_eq!(result["kind"], "evaluation", "{}", e.file);
            assert_eq!(result["policy"]["id"], pack, "{}", e.file);
            let total = result["total"].as_str().unwrap_or_default();
            assert!(
                total.parse::<rust_decimal::Decimal>().is_ok(),
                "{}: total {total:?}",
                e.file
            );
            if result["findings"].as_array().is_some_and(|f| !f.is_empty()) {
                audited += 1;
            }
        }
    }
    assert!(
        audited >= 10,
        "declared scores should often differ from the rules' ({audited} forms with findings)"
    );
}

#[test]
fn the_same_seed_writes_the_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    generate(a.path(), "5");
    generate(b.path(), "5");
    let files = |d: &Path| {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    let names = files(a.path());
    assert_eq!(names, files(b.path()));
    assert_eq!(names.len(), 41, "40 forms and the manifest");
    for n in &names {
        let (x, y) = (
            std::fs::read(a.path().join(n)).unwrap(),
            std::fs::read(b.path().join(n)).unwrap(),
        );
        assert!(x == y, "{n:?} differs between two runs with seed 5");
    }
}
