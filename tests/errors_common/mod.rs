//! Shared helpers for the error tests (tests/errors_*.rs): fixtures generated from the real example and pack,
//! the real binary run in a temporary directory, and checks on its rendered diagnostics.
//!
//! Every fixture is the real file with one edit, so the fixtures follow the example and the
//! pack as they change; an edit whose text is no longer found fails the test loudly.

#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real example project.
pub fn example() -> String {
    read(&root().join("examples/jinzhong-2020-pension-subsidy.yaml"))
}

/// The real policy.yaml of the jinzhong-2020 pack.
pub fn policy() -> String {
    read(&root().join("policies/jinzhong-2020/policy.yaml"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Replaces the one occurrence of `from` in `text` by `to`; panics unless there is exactly one.
pub fn edit(text: &str, from: &str, to: &str) -> String {
    let n = text.matches(from).count();
    assert_eq!(
        n, 1,
        "fixture edit: expected exactly one {from:?}, found {n}"
    );
    text.replacen(from, to, 1)
}

/// Applies several edits in order.
pub fn edits(text: &str, changes: &[(&str, &str)]) -> String {
    changes
        .iter()
        .fold(text.to_string(), |t, (from, to)| edit(&t, from, to))
}

/// A temporary working directory holding the files of one case.
///
/// The binary runs with this directory as its current directory and relative paths, so file
/// names in diagnostics are stable. There is no `./policies` or `./rules` here unless a test
/// writes a pack, so a project without `--policy` is scored with the embedded pack, and a pack
/// at `policies/pack` uses the embedded rule library.
pub struct Case {
    dir: TempDir,
}

/// Where a test writes its copy of the pack (relative to the case directory).
pub const PACK: &str = "policies/pack";

impl Case {
    /// An empty case directory.
    pub fn new() -> Self {
        Case {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    /// Writes `text` to `rel` inside the case directory.
    pub fn file(&self, rel: &str, text: &str) -> &Self {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, text).expect("write fixture");
        self
    }

    /// Writes `project.yaml`: the real example with `changes` applied.
    pub fn project(&self, changes: &[(&str, &str)]) -> &Self {
        self.file("project.yaml", &edits(&example(), changes))
    }

    /// Writes `policies/pack/policy.yaml`: the real pack with `changes` applied.
    pub fn pack(&self, changes: &[(&str, &str)]) -> &Self {
        self.file(&format!("{PACK}/policy.yaml"), &edits(&policy(), changes))
    }

    /// Runs `jixiao args…` in the case directory, colourless.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::cargo_bin("jixiao")
            .expect("binary")
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("RUST_BACKTRACE")
            .output()
            .expect("run jixiao");
        Run {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Runs `jixiao args…` and checks it failed on bad input: exit code 2, no panic.
    /// Returns the run for further checks; its `stderr` is what gets snapshotted.
    pub fn fails(&self, args: &[&str]) -> Run {
        let run = self.run(args);
        run.assert_invalid();
        run
    }

    /// `evaluate` (or `explain`) that must fail without writing any result to stdout.
    pub fn fails_cleanly(&self, args: &[&str]) -> String {
        let run = self.fails(args);
        assert_eq!(
            run.stdout, "",
            "a failed run must not print a partial result\nstderr:\n{}",
            run.stderr
        );
        run.stderr
    }
}

impl Default for Case {
    fn default() -> Self {
        Self::new()
    }
}

/// What one run of the binary produced.
pub struct Run {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error (the rendered diagnostics).
    pub stderr: String,
}

impl Run {
    /// Exit code 2, a rendered diagnostic, no panic, no colour.
    pub fn assert_invalid(&self) {
        assert!(
            !self.stderr.contains("panicked"),
            "jixiao panicked:\n{}",
            self.stderr
        );
        assert_eq!(
            self.code,
            Some(2),
            "expected exit code 2\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(
            self.stderr.contains('×'),
            "expected a rendered error on stderr, got:\n{}",
            self.stderr
        );
        assert!(
            !self.stderr.contains('\u{1b}'),
            "stderr must be colourless when it is not a terminal:\n{}",
            self.stderr
        );
    }
}

/// The `file:line:col` headers of the rendered reports (`╭─[file:line:col]`), in order.
pub fn headers(rendered: &str) -> Vec<String> {
    rendered
        .lines()
        .filter_map(|l| {
            let start = l.find("╭─[")? + "╭─[".len();
            let end = l[start..].find(']')? + start;
            Some(l[start..end].to_string())
        })
        .collect()
}

/// True when the snippet line numbered `line` of `file` is followed by a label line (`·`).
/// Only snippets under a header naming `file` are considered.
pub fn labelled(rendered: &str, file: &str, line: usize) -> bool {
    let lines: Vec<&str> = rendered.lines().collect();
    let mut in_file = false;
    for (i, l) in lines.iter().enumerate() {
        if let Some(h) = headers(l).first() {
            in_file = h.starts_with(&format!("{file}:"));
            continue;
        }
        if !in_file {
            continue;
        }
        let t = l.trim_start();
        if t.starts_with(&format!("{line} │")) {
            return lines
                .get(i + 1)
                .is_some_and(|next| next.trim_start().starts_with('·'));
        }
    }
    false
}
