//! Helpers shared by the CLI tests: run the real binary, find lines in real files.
#![allow(dead_code)]

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
