//! `watch` on real files through the real binary: an edit saved by atomic rename is seen
//! with its cause, a broken edit keeps the last good pack, the fix is compared against it,
//! Ctrl-C exits 0.

mod common;

use common::*;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

struct Watcher {
    child: Child,
    lines: Receiver<String>,
    seen: String,
}

impl Watcher {
    fn start(dir: &Path, args: &[&str]) -> Watcher {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("jixiao"))
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .arg("watch")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("watch starts");
        let out = child.stdout.take().expect("stdout");
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watcher {
            child,
            lines,
            seen: String::new(),
        }
    }

    /// Reads output until a block (ending at the waiting line) contains every needle.
    fn until(&mut self, needles: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut block = String::new();
        while Instant::now() < deadline {
            let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200)) else {
                continue;
            };
            self.seen.push_str(&line);
            self.seen.push('\n');
            block.push_str(&line);
            block.push('\n');
            if line.contains("等待修改") {
                if needles.iter().all(|n| block.contains(n)) {
                    return block;
                }
                block.clear();
            }
        }
        panic!("never saw {needles:?}; output so far:\n{}", self.seen);
    }

    fn interrupt(mut self) -> i32 {
        let pid = self.child.id().to_string();
        // The shell's own `kill`, so the test needs no procps.
        let sent = Command::new("sh")
            .args(["-c", &format!("kill -INT {pid}")])
            .status()
            .expect("sh runs");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "watch did not stop on Ctrl-C");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The pack with 实际完成率 8 → 9 and its sibling 质量达标率 8 → 7 (the total stays 100).
fn weight_edit(policy: &str) -> String {
    policy
        .replace(
            "            name: 实际完成率\n            weight: 8\n",
            "            name: 实际完成率\n            weight: 9\n",
        )
        .replace(
            "            name: 质量达标率\n            weight: 8\n",
            "            name: 质量达标率\n            weight: 7\n",
        )
}

/// Saves like an editor does: write a temp file, rename it over the target.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("yaml.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn edit_break_fix_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("policies/pack");
    std::fs::create_dir_all(&pack).unwrap();
    let original =
        std::fs::read_to_string(root().join("policies/jinzhong-2020/policy.yaml")).unwrap();
    std::fs::write(pack.join("policy.yaml"), &original).unwrap();
    std::fs::copy(root().join(EXAMPLE), dir.path().join("p.yaml")).unwrap();
    let mut w = Watcher::start(dir.path(), &["p.yaml", "--policy", "policies/pack"]);
    w.until(&["99.25「优」"]);
    std::thread::sleep(Duration::from_millis(300));

    let edited = weight_edit(&original);
    save(&pack.join("policy.yaml"), &edited);
    let block = w.until(&["99.25「优」 → 99.18「优」（-0.07）"]);
    assert!(
        block.contains("产出/项目产出/实际完成率  +0.93  分值变化 分值 8 → 9"),
        "{block}"
    );
    assert!(
        block.contains("产出/项目产出/质量达标率  -1.00  分值变化 分值 8 → 7"),
        "{block}"
    );

    save(
        &pack.join("policy.yaml"),
        &edited.replace("total: 100", "total: [100"),
    );
    let block = w.until(&["仍沿用上一版"]);
    assert!(
        block.contains("policies/pack/policy.yaml"),
        "the diagnostic points into the pack: {block}"
    );
    assert!(!block.contains(" → "), "no result changed: {block}");

    let fixed = edited
        .replace(
            "            name: 质量达标率\n            weight: 7\n",
            "            name: 质量达标率\n            weight: 8\n",
        )
        .replace(
            "  - name: 产出\n    weight: 30\n",
            "  - name: 产出\n    weight: 31\n",
        )
        .replace("total: 100", "total: 101");
    save(&pack.join("policy.yaml"), &fixed);
    let block = w.until(&["99.18「优」 → 100.18「优」（+1.00）"]);
    assert!(
        block.contains("质量达标率  +1.00  分值变化 分值 7 → 8"),
        "compared with the last good state: {block}"
    );

    let project = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    save(
        &dir.path().join("p.yaml"),
        &project.replace(
            "actual: 入口补每年108.13万人",
            "actual: 入口补每年116.11万人",
        ),
    );
    let block = w.until(&["100.18「优」 → 100.80「优」（+0.62）"]);
    assert!(block.contains("项目数据有改动"), "{block}");

    assert_eq!(w.interrupt(), 0);
}

#[test]
fn gate_keeps_a_pack_whose_cases_fail() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("policies/pack");
    std::fs::create_dir_all(pack.join("cases")).unwrap();
    let original =
        std::fs::read_to_string(root().join("policies/jinzhong-2020/policy.yaml")).unwrap();
    std::fs::write(pack.join("policy.yaml"), &original).unwrap();
    std::fs::copy(root().join(EXAMPLE), dir.path().join("p.yaml")).unwrap();
    let case = format!(
        "name: 原表 99.25\nproject: {}\nexpect:\n  total: 99.25\n",
        dir.path().join("p.yaml").display()
    );
    std::fs::write(pack.join("cases/seed.yaml"), case).unwrap();
    let mut w = Watcher::start(
        dir.path(),
        &["p.yaml", "--policy", "policies/pack", "--gate"],
    );
    w.until(&["99.25「优」"]);
    std::thread::sleep(Duration::from_millis(300));
    let edited = weight_edit(&original);
    save(&pack.join("policy.yaml"), &edited);
    let block = w.until(&["未通过测试用例"]);
    assert!(block.contains("✗ 原表 99.25（1 处不符）"), "{block}");
    assert_eq!(w.interrupt(), 0);
}
