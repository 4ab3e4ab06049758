//! The reproducer classes of issue 9 on real files, each measured: the child's wall time
//! (< 2 s) and peak resident memory (< 500 MB, from wait4's rusage), exit 2 with a located
//! Chinese diagnostic (or success where the fix makes the input valid), and — for forms — a
//! batch holding the bad file still scores the good one. docs/security.md maps reproducer → test.

mod errors_common;

use errors_common::example;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one measured run gave.
struct Measured {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    wall: Duration,
    max_rss_kb: i64,
}

/// Runs the binary in `dir` and waits with wait4, for its own rusage.
#[allow(clippy::zombie_processes)] // reaped by wait4, not Child::wait
fn measure(dir: &Path, args: &[&str]) -> Measured {
    let start = Instant::now();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("jixiao"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("RUST_BACKTRACE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).unwrap();
        s
    });
    let mut stderr = Vec::new();
    err.read_to_end(&mut stderr).unwrap();
    let stdout = reader.join().unwrap();
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value; wait4 writes only into `status` and `usage`.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; the pointers are to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let m = Measured {
        code,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        wall: start.elapsed(),
        max_rss_kb: usage.ru_maxrss,
    };
    eprintln!(
        "jixiao {args:?}: {:?}, {} MB peak",
        m.wall,
        m.max_rss_kb / 1024
    );
    assert!(m.wall < Duration::from_secs(2), "took {:?}", m.wall);
    assert!(m.max_rss_kb < 500 * 1024, "{} kB peak", m.max_rss_kb);
    assert!(!m.stderr.contains("panicked"), "{}", m.stderr);
    m
}

/// Exit 2 and a located Chinese diagnostic naming `file` and containing `want`.
fn refused(m: &Measured, file: &str, want: &str) {
    assert_eq!(m.code, Some(2), "{}", m.stderr);
    assert!(m.stderr.contains('×'), "{}", m.stderr);
    assert!(
        m.stderr.contains(&format!("{file}:")),
        "not located:\n{}",
        m.stderr
    );
    assert!(m.stderr.contains(want), "want {want:?}:\n{}", m.stderr);
}

/// `bad` (a form in `dir`) with the good example beside it: `bad` is refused with `want`, and
/// the good one is still scored in the same run.
fn batch_scores_the_others(dir: &Path, bad: &str, want: &str) {
    std::fs::write(dir.join("good.yaml"), example()).unwrap();
    let alone = measure(dir, &["evaluate", bad]);
    refused(&alone, bad, want);
    let both = measure(dir, &["evaluate", bad, "good.yaml"]);
    assert_eq!(both.code, Some(2), "{}", both.stderr);
    assert!(both.stdout.contains("good.yaml"), "{}", both.stdout);
    assert!(
        both.stdout.contains("综合得分 99.25 / 100"),
        "{}",
        both.stdout
    );
}

fn with(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn a_long_one_line_narrative_is_quoted_in_part_in_a_batch() {
    let t = tempfile::tempdir().unwrap();
    let long = "甲".repeat(10 << 20); // 30 MiB on one line
    let text = example().replacen(
        "narratives:\n",
        &format!("narratives:\n  长文: \"{long}\" ]\n"),
        1,
    );
    with(t.path(), "long.yaml", text);
    batch_scores_the_others(t.path(), "long.yaml", "此行共");
    let m = measure(t.path(), &["evaluate", "long.yaml"]);
    assert!(
        m.stderr.len() < 100_000,
        "stderr is {} bytes",
        m.stderr.len()
    );
}

#[test]
fn terminal_escapes_in_a_batch() {
    let t = tempfile::tempdir().unwrap();
    let raw = example().replacen(
        "header:\n",
        "header:\n  x: \"\u{1b}]0;pwned\u{7}\u{1b}[2J\"\n",
        1,
    );
    with(t.path(), "raw.yaml", raw);
    batch_scores_the_others(t.path(), "raw.yaml", "␛]0;pwned␇␛[2J");
    let m = measure(t.path(), &["evaluate", "raw.yaml"]);
    assert!(!m.stderr.contains('\u{1b}'), "{:?}", m.stderr);
}

#[test]
fn non_utf8_in_a_batch() {
    let t = tempfile::tempdir().unwrap();
    let mut bytes = example().into_bytes();
    let at = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    bytes.splice(at..at, *b"ab\xff");
    with(t.path(), "bytes.yaml", bytes);
    batch_scores_the_others(t.path(), "bytes.yaml", "0xFF");
    let m = measure(t.path(), &["evaluate", "bytes.yaml"]);
    assert!(m.stderr.contains("bytes.yaml:2:3"), "{}", m.stderr);
}

#[test]
fn a_device_in_a_batch() {
    let t = tempfile::tempdir().unwrap();
    with(t.path(), "good.yaml", example());
    let m = measure(t.path(), &["evaluate", "/dev/zero", "good.yaml"]);
    assert_eq!(m.code, Some(2), "{}", m.stderr);
    assert!(m.stderr.contains("字符设备"), "{}", m.stderr);
    assert!(m.stdout.contains("综合得分 99.25 / 100"), "{}", m.stdout);
}

#[test]
fn tiny_denominators_in_a_batch() {
    let root = env!("CARGO_MANIFEST_DIR");
    let t = tempfile::tempdir().unwrap();
    for name in ["tiny-budget.yaml", "tiny-cost-target.yaml"] {
        let src = Path::new(root).join("tests/data/fuzz/evaluate").join(name);
        std::fs::copy(src, t.path().join(name)).unwrap();
        with(t.path(), "good.yaml", example());
        let m = measure(t.path(), &["evaluate", name, "good.yaml"]);
        assert!(matches!(m.code, Some(0 | 2)), "{}", m.stderr);
        if m.code == Some(2) {
            assert!(
                m.stderr.contains("溢出") && m.stderr.contains(name),
                "{}",
                m.stderr
            );
        }
        assert!(m.stdout.contains("综合得分 99.25 / 100"), "{}", m.stdout);
    }
}

#[test]
fn more_than_28_significant_digits_are_valid() {
    let t = tempfile::tempdir().unwrap();
    let digits = example().replacen(
        "其他: 0.00",
        "其他: 0.0000000000000000000000000000000000000000",
        1,
    );
    assert_ne!(digits, example());
    with(t.path(), "digits.yaml", digits);
    let m = measure(t.path(), &["evaluate", "digits.yaml"]);
    assert_eq!(m.code, Some(0), "{}", m.stderr);
    assert!(m.stdout.contains("综合得分 99.25 / 100"), "{}", m.stdout);
}

#[test]
fn a_closed_stdout_pipe_is_an_error() {
    let t = tempfile::tempdir().unwrap();
    with(t.path(), "good.yaml", example());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("jixiao"))
        .args(["evaluate", "good.yaml"])
        .current_dir(t.path())
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
