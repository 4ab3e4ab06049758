//! One builder for CLI tests, in the style of `just`'s: copy real files into a temporary
//! directory, edit them (each edit must match exactly once), run the real binary there, check
//! the exit code and output.
//!
//! ```ignore
//! Test::new()
//!     .project(EXAMPLE)
//!     .edit("project.yaml", "allocated: 2364.01", "allocated: 557")
//!     .args(["evaluate", "project.yaml"])
//!     .stdout_has("99.24")
//!     .code(0)
//!     .run();
//! ```

use super::root;
use assert_cmd::Command;
use std::path::Path;
use tempfile::TempDir;

/// Where [`Test::pack`] copies a pack (relative to the test directory).
pub const PACK_DIR: &str = "policies/pack";

/// What a run printed.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// A CLI test: files in a temporary directory, one run of the binary, its expectations.
pub struct Test {
    dir: TempDir,
    args: Vec<String>,
    code: Option<i32>,
    stdout: Option<String>,
    stdout_has: Vec<String>,
    stderr_has: Vec<String>,
    env: Vec<(String, String)>,
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    /// An empty test directory; the binary will run there.
    pub fn new() -> Self {
        Test {
            dir: tempfile::tempdir().expect("tempdir"),
            args: Vec::new(),
            code: Some(0),
            stdout: None,
            stdout_has: Vec::new(),
            stderr_has: Vec::new(),
            env: Vec::new(),
        }
    }

    /// The test directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `rel` in the test directory.
    pub fn file(self, rel: &str, text: &str) -> Self {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        self
    }

    /// Copies the repository file `from` (e.g. the example) to `project.yaml`.
    pub fn project(self, from: &str) -> Self {
        let text = read(&root().join(from));
        self.file("project.yaml", &text)
    }

    /// Copies pack `id`'s policy.yaml and scripts to [`PACK_DIR`] (its cases stay behind).
    pub fn pack(mut self, id: &str) -> Self {
        let src = root().join("policies").join(id);
        let entries = std::fs::read_dir(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        for entry in entries {
            let path = entry.expect("dir entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if path.is_file() && (name.ends_with(".yaml") || name.ends_with(".rhai")) {
                let text = read(&path);
                self = self.file(&format!("{PACK_DIR}/{name}"), &text);
            }
        }
        self
    }

    /// Replaces the one occurrence of `from` in `rel` by `to`; panics unless there is exactly one.
    pub fn edit(self, rel: &str, from: &str, to: &str) -> Self {
        let path = self.dir.path().join(rel);
        let text = read(&path);
        let n = text.matches(from).count();
        assert_eq!(
            n, 1,
            "edit of {rel}: expected exactly one {from:?}, found {n}"
        );
        self.file(rel, &text.replacen(from, to, 1))
    }

    /// Adds command-line arguments.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_string()));
        self
    }

    /// Sets an environment variable for the run.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The expected exit code (0 unless set; `None` for any).
    pub fn code(mut self, code: impl Into<Option<i32>>) -> Self {
        self.code = code.into();
        self
    }

    /// The whole expected standard output.
    pub fn stdout(mut self, text: &str) -> Self {
        self.stdout = Some(text.into());
        self
    }

    /// Text standard output must contain.
    pub fn stdout_has(mut self, text: &str) -> Self {
        self.stdout_has.push(text.into());
        self
    }

    /// Text standard error must contain.
    pub fn stderr_has(mut self, text: &str) -> Self {
        self.stderr_has.push(text.into());
        self
    }

    /// Runs the binary in the test directory and checks every expectation.
    pub fn run(self) -> Outcome {
        let out = self.output();
        let ctx = format!(
            "jixiao {}\n--- stdout\n{}\n--- stderr\n{}",
            self.args.join(" "),
            out.stdout,
            out.stderr
        );
        if let Some(code) = self.code {
            assert_eq!(out.code, code, "exit code\n{ctx}");
        }
        if let Some(want) = &self.stdout {
            assert_eq!(&out.stdout, want, "stdout\n{ctx}");
        }
        for want in &self.stdout_has {
            assert!(
                out.stdout.contains(want.as_str()),
                "stdout lacks {want:?}\n{ctx}"
            );
        }
        for want in &self.stderr_has {
            assert!(
                out.stderr.contains(want.as_str()),
                "stderr lacks {want:?}\n{ctx}"
            );
        }
        assert!(
            !out.stderr.contains("panicked"),
            "the binary panicked\n{ctx}"
        );
        out
    }

    /// Runs the binary without checking anything.
    pub fn output(&self) -> Outcome {
        let mut cmd = Command::cargo_bin("jixiao").expect("binary builds");
        cmd.current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .args(&self.args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("binary runs");
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
