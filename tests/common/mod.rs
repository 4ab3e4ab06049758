//! Helpers shared by the CLI tests: run the real binary, find lines in real files.
#![allow(dead_code, unused_imports)]

mod harness;
mod prose;

pub use harness::{Outcome, Test, PACK_DIR};
pub use prose::english_prose;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled example project, relative to the root.
pub const EXAMPLE: &str = "examples/jinzhong-2020-pension-subsidy.yaml";

/// The binary, run from the repository root with colours off.
pub fn jixiao() -> Command {
    let mut c = Command::cargo_bin("jixiao").expect("binary builds");
    c.current_dir(root())
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8");
    c
}

/// Runs and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// 1-based number of the first line of `file` containing `needle`.
pub fn line_of(file: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(file).expect("file readable");
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle} not in {}", file.display()))
}

/// The `results` of one `--format json` output, after checking its envelope.
pub fn json_results(out: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value =
        serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"));
    assert_eq!(v["schema"], "jixiao/1", "{out}");
    v["results"]
        .as_array()
        .unwrap_or_else(|| panic!("no results: {out}"))
        .clone()
}

/// The one result of a `--format json` output.
pub fn json_result(out: &str) -> serde_json::Value {
    let mut r = json_results(out);
    assert_eq!(r.len(), 1, "one result expected: {out}");
    r.remove(0)
}

/// `v` without its `location` fields (which name different files for the same figures).
pub fn unlocated(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.iter()
                .filter(|(k, _)| k.as_str() != "location")
                .map(|(k, x)| (k.clone(), unlocated(x)))
                .collect(),
        ),
        serde_json::Value::Array(xs) => {
            serde_json::Value::Array(xs.iter().map(unlocated).collect())
        }
        x => x.clone(),
    }
}
