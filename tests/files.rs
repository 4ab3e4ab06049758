//! File safety, write safety and output (issue 9): each hostile input from the review, run on
//! the real binary with real files — symbolic links, FIFOs, devices, huge lines, escapes.

mod errors_common;

use errors_common::{example, policy, PACK};
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;
use std::process::Command as Std;
use std::time::{Duration, Instant};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("jixiao")
}

/// Runs the binary in `cwd` with a time limit; returns (code, stdout, stderr).
fn run_in(cwd: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let start = Instant::now();
    let out = Std::new(bin())
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run jixiao");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fails(cwd: &Path, args: &[&str]) -> String {
    let (code, _, err) = run_in(cwd, args);
    assert_eq!(code, Some(2), "stderr:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn pack_with_script(root: &Path, script: &str) {
    let pack = root.join(PACK);
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::write(
        pack.join("policy.yaml"),
        format!("scripts: [{script}]\n{}", policy()),
    )
    .unwrap();
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn a_script_linked_outside_the_pack_is_refused() {
    let t = tmp();
    std::fs::write(t.path().join("secret.txt"), "SECRET-CONTENT: 42\n").unwrap();
    pack_with_script(t.path(), "link.rhai");
    symlink("../../secret.txt", t.path().join(PACK).join("link.rhai")).unwrap();
    let err = fails(t.path(), &["check", PACK]);
    assert!(err.contains("符号链接"), "{err}");
    assert!(err.contains("policy.yaml:1:"), "{err}");
    assert!(!err.contains("SECRET-CONTENT"), "{err}");
}

#[test]
fn a_linked_policy_yaml_and_a_linked_directory_are_refused() {
    let t = tmp();
    std::fs::write(t.path().join("secret.txt"), "SECRET-CONTENT: 42\n").unwrap();
    std::fs::create_dir_all(t.path().join(PACK)).unwrap();
    symlink("../../secret.txt", t.path().join(PACK).join("policy.yaml")).unwrap();
    let err = fails(t.path(), &["check", PACK]);
    assert!(err.contains("符号链接") && !err.contains("SECRET"), "{err}");

    let t = tmp();
    std::fs::create_dir_all(t.path().join("outside")).unwrap();
    std::fs::write(t.path().join("outside/x.rhai"), "fn SECRET_FN() { 1 }\n").unwrap();
    pack_with_script(t.path(), "sub/x.rhai");
    symlink("../../outside", t.path().join(PACK).join("sub")).unwrap();
    let err = fails(t.path(), &["check", PACK]);
    assert!(
        err.contains("符号链接") && !err.contains("SECRET_FN"),
        "{err}"
    );
}

#[test]
fn devices_and_fifos_are_refused_without_blocking() {
    let t = tmp();
    let err = fails(t.path(), &["evaluate", "/dev/zero"]);
    assert!(err.contains("字符设备"), "{err}");
    pack_with_script(t.path(), "pipe.rhai");
    let fifo = t.path().join(PACK).join("pipe.rhai");
    assert!(Std::new("mkfifo").arg(&fifo).status().unwrap().success());
    let err = fails(t.path(), &["check", PACK]);
    assert!(
        err.contains("命名管道") && err.contains("policy.yaml:1:"),
        "{err}"
    );
    assert!(Std::new("mkfifo")
        .arg(t.path().join("p.yaml"))
        .status()
        .unwrap()
        .success());
    let err = fails(t.path(), &["evaluate", "p.yaml"]);
    assert!(err.contains("命名管道") && err.contains("p.yaml"), "{err}");
    let err = fails(t.path(), &["evaluate", "."]);
    assert!(err.contains("命名管道"), "{err}");
}

#[test]
fn output_onto_a_fifo_a_device_or_a_symlink_is_refused() {
    let t = tmp();
    std::fs::write(t.path().join("project.yaml"), example()).unwrap();
    let fifo = t.path().join("out.json");
    assert!(Std::new("mkfifo").arg(&fifo).status().unwrap().success());
    let err = fails(
        t.path(),
        &[
            "evaluate",
            "project.yaml",
            "--format",
            "json",
            "-o",
            "out.json",
        ],
    );
    assert!(
        err.contains("命名管道") && err.contains("out.json"),
        "{err}"
    );
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo_like());

    std::fs::write(t.path().join("target.txt"), "KEEP").unwrap();
    symlink("target.txt", t.path().join("link.json")).unwrap();
    let err = fails(
        t.path(),
        &[
            "evaluate",
            "project.yaml",
            "--format",
            "json",
            "-o",
            "link.json",
        ],
    );
    assert!(err.contains("符号链接"), "{err}");
    assert_eq!(
        std::fs::read_to_string(t.path().join("target.txt")).unwrap(),
        "KEEP"
    );

    // A character device like /dev/null, made with mknod when we may (root); else skipped.
    let dev = t.path().join("null");
    if Std::new("mknod")
        .arg(&dev)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success())
    {
        let err = fails(t.path(), &["evaluate", "project.yaml", "-o", "null"]);
        assert!(err.contains("字符设备"), "{err}");
        assert!(!std::fs::symlink_metadata(&dev).unwrap().is_file());
    }
    let left: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn output_keeps_the_mode_of_the_file_it_replaces() {
    let t = tmp();
    std::fs::write(t.path().join("project.yaml"), example()).unwrap();
    let out = t.path().join("out.json");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, _, err) = run_in(
        t.path(),
        &[
            "evaluate",
            "project.yaml",
            "--format",
            "json",
            "-o",
            "out.json",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let meta = std::fs::metadata(&out).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
    assert_eq!(
        std::fs::read_dir(t.path()).unwrap().count(),
        2,
        "no temporary left"
    );
}

#[test]
fn a_full_stdout_is_an_error() {
    let t = tmp();
    std::fs::write(t.path().join("project.yaml"), example()).unwrap();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Std::new(bin())
        .env("LC_ALL", "C.UTF-8")
        .args(["evaluate", "project.yaml"])
        .current_dir(t.path())
        .stdout(full)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("无法写入标准输出"), "{err}");
}

#[test]
fn a_huge_line_is_quoted_in_part() {
    let t = tmp();
    let long = "甲".repeat(1 << 20); // 3 MiB on one line
    let text = example().replacen(
        "narratives:\n",
        &format!("narratives:\n  长文: \"{long}\" ]\n"),
        1,
    );
    std::fs::write(t.path().join("project.yaml"), text).unwrap();
    let err = fails(t.path(), &["evaluate", "project.yaml"]);
    assert!(err.len() < 100_000, "stderr is {} bytes", err.len());
    assert!(err.contains("此行共 1048"), "{err}");
    assert!(err.contains("project.yaml:"), "{err}");

    let big = format!("{}\n{}", example(), "#".repeat(65 << 20));
    std::fs::write(t.path().join("big.yaml"), big).unwrap();
    let err = fails(t.path(), &["evaluate", "big.yaml"]);
    assert!(err.contains("文件过大") && err.len() < 10_000, "{err}");
}

#[test]
fn escape_sequences_are_shown_not_sent() {
    let t = tmp();
    let raw = example().replacen(
        "header:\n",
        "header:\n  x: \"\u{1b}]0;pwned\u{7}\u{1b}[2J\"\n",
        1,
    );
    std::fs::write(t.path().join("raw.yaml"), raw).unwrap();
    let err = fails(t.path(), &["evaluate", "raw.yaml"]);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("␛]0;pwned␇␛[2J"), "{err}");
}

#[test]
fn bad_utf8_is_located() {
    let t = tmp();
    let mut bytes = example().into_bytes();
    let at = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    bytes.splice(at..at, *b"ab\xff");
    std::fs::write(t.path().join("project.yaml"), &bytes).unwrap();
    let err = fails(t.path(), &["evaluate", "project.yaml"]);
    assert!(
        err.contains("project.yaml:2:3") && err.contains("0xFF"),
        "{err}"
    );

    pack_with_script(t.path(), "bad.rhai");
    std::fs::write(
        t.path().join(PACK).join("bad.rhai"),
        b"fn a() {\n  1 \xc3\x28\n}\n",
    )
    .unwrap();
    let err = fails(t.path(), &["check", PACK]);
    assert!(
        err.contains("bad.rhai:2:5") && err.contains("0xC3"),
        "{err}"
    );

    let mut p = policy().into_bytes();
    p.extend_from_slice(b"# \xfe\n");
    std::fs::write(t.path().join(PACK).join("policy.yaml"), &p).unwrap();
    let err = fails(t.path(), &["check", PACK]);
    assert!(
        err.contains("policy.yaml:") && err.contains("0xFE"),
        "{err}"
    );
}

/// Temporary files (`.out.json.*.tmp`) left in `dir`.
fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// SIGTERM during a run writing with `-o`: before the write (the batch is still being scored)
/// and inside the write (as soon as the temporary file appears). Either way no temporary file
/// is left, and the target is the old file or the whole new one, never a part.
#[test]
fn sigterm_leaves_no_temporary_and_an_intact_target() {
    let t = tmp();
    let mut args = vec!["evaluate".to_string()];
    for i in 0..300 {
        let name = format!("p{i}.yaml");
        std::fs::write(t.path().join(&name), example()).unwrap();
        args.push(name);
    }
    args.extend(["--format", "json", "-o", "out.json"].map(String::from));
    let out = t.path().join("out.json");
    let term = |child: &std::process::Child| {
        let pid = libc::pid_t::try_from(child.id()).unwrap();
        // SAFETY: kill(2) on our own child's pid touches no memory.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    };
    let intact = |what: &str| {
        assert_eq!(temporaries(t.path()), Vec::<String>::new(), "{what}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(
            text == "old" || serde_json::from_str::<serde_json::Value>(&text).is_ok(),
            "{what}: a partial target ({} bytes)",
            text.len()
        );
    };
    // While scoring: the write has not started.
    std::fs::write(&out, "old").unwrap();
    let child = Std::new(bin())
        .env("LC_ALL", "C.UTF-8")
        .args(&args)
        .current_dir(t.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    term(&child);
    let status = child.wait_with_output().unwrap().status;
    assert!(!status.success(), "{status:?}");
    intact("before the write");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
    // Inside the write: poll for the temporary file and signal as soon as it exists.
    let mut hits = 0;
    for _ in 0..3 {
        std::fs::write(&out, "old").unwrap();
        let mut child = Std::new(bin())
            .env("LC_ALL", "C.UTF-8")
            .args(&args)
            .current_dir(t.path())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        let status = loop {
            if !temporaries(t.path()).is_empty() {
                term(&child);
                hits += 1;
                break child.wait().unwrap();
            }
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "hang");
        };
        // Interrupted (130) or, when the rename won the race, finished (0).
        assert!(matches!(status.code(), Some(130 | 0)), "{status:?}");
        intact("inside the write");
    }
    assert!(hits > 0, "the temporary file was never seen");
}
