//! The rule sandbox under hostile packs: every reproducer from the hardening review runs the real
//! binary on the real pack (copied to a temporary directory with one script edit), must exit 2
//! with a located Chinese diagnostic, within a hang guard and under a 500 MB address-space cap.

mod errors_common;

use errors_common::{edit, edits, example, policy, Run};
use std::path::Path;
use std::time::{Duration, Instant};
use tempfile::TempDir;

const EXTRA: &str = "policies/pack/extra.rhai";

/// The pack with `scripts: [extra.rhai]` and 到位及时率 scored by `extra_rule` from it.
fn pack_yaml(limits: &str) -> String {
    edits(
        &policy(),
        &[
            (
                "rounding: { places: 2, mode: 四舍五入 }\n",
                &format!(
                    "rounding: {{ places: 2, mode: 四舍五入 }}\nscripts: [extra.rhai]\n{limits}"
                ),
            ),
            (
                "name: 到位及时率\n            weight: 3\n            rule: judgement",
                "name: 到位及时率\n            weight: 3\n            rule: extra_rule",
            ),
        ],
    )
}

/// A temporary directory with project.yaml (the example) and the pack with `script`.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new(script: &str) -> Self {
        Self::with_limits(script, "")
    }

    fn with_limits(script: &str, limits: &str) -> Self {
        let s = Sandbox {
            dir: tempfile::tempdir().expect("tempdir"),
        };
        s.file("project.yaml", &example());
        s.file("policies/pack/policy.yaml", &pack_yaml(limits));
        s.file(EXTRA, script);
        s
    }

    fn file(&self, rel: &str, text: &str) {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs the binary with a 500 MB address-space cap and a 10 s hang guard; prints the time.
    fn run(&self, args: &[&str]) -> Run {
        let bin = assert_cmd::cargo::cargo_bin("jixiao");
        let mut cmd = assert_cmd::Command::new("sh");
        cmd.arg("-c")
            .arg("ulimit -v 512000 && exec \"$0\" \"$@\"")
            .arg(bin)
            .args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .env_remove("RUST_BACKTRACE")
            .timeout(Duration::from_secs(10));
        let start = Instant::now();
        let out = cmd.output().expect("run jixiao");
        eprintln!("jixiao {args:?}: {:?}", start.elapsed());
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `evaluate` must fail with exit 2, no partial result, and a diagnostic containing `want`
    /// located in extra.rhai (or `at`).
    fn evaluate_fails(&self, want: &str, at: &str) -> String {
        let run = self.run(&["evaluate", "project.yaml", "--policy", "policies/pack"]);
        run.assert_invalid();
        assert_eq!(run.stdout, "", "no partial result:\n{}", run.stderr);
        assert!(
            flat(&run.stderr).contains(&flat(want)),
            "want {want:?}:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains(at),
            "want a label at {at}:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("到位及时率"),
            "names the item:\n{}",
            run.stderr
        );
        run.stderr
    }

    /// `check` must fail with exit 2 and a diagnostic containing `want` located at `at`.
    fn check_fails(&self, want: &str, at: &str) -> String {
        let run = self.run(&["check", "policies/pack"]);
        run.assert_invalid();
        assert!(
            flat(&run.stderr).contains(&flat(want)),
            "want {want:?}:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains(at),
            "want a label at {at}:\n{}",
            run.stderr
        );
        run.stderr
    }
}

/// Text without whitespace and miette's wrap bars, so a wrapped message still matches.
fn flat(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '│')
        .collect()
}

fn rule(body: &str) -> String {
    format!("fn extra_rule(item, input) {{\n{body}\n}}\n")
}

// ── impure builtins are not there ────────────────────────────────────────────

#[test]
fn sleep_is_not_available() {
    Sandbox::new(&rule("    sleep(1000000);")).evaluate_fails("sleep", &format!("[{EXTRA}:2:5]"));
}

#[test]
fn timestamp_is_not_available() {
    Sandbox::new(&rule("    let t = timestamp();"))
        .evaluate_fails("timestamp", &format!("[{EXTRA}:2:13]"));
}

/// `check` refuses a call the sandbox does not provide, at its place, before any form is scored.
#[test]
fn check_refuses_unavailable_functions() {
    for (body, name, at) in [
        ("    sleep(1000000);", "sleep", "2:5"),
        ("    let t = timestamp();", "timestamp", "2:13"),
        ("    let x = 1;\n    x.exit ();", "exit", "3:7"),
    ] {
        let err = Sandbox::new(&rule(body)).check_fails(
            &format!("规则中调用了不可用的函数「{name}」"),
            &format!("[{EXTRA}:{at}]"),
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // Calls in strings and comments are text, and host and pack functions are available.
    let ok = Sandbox::new(&format!(
        "{}fn helper(x) {{ x }}\n",
        rule("    // sleep(1)\n    note(\"timestamp()\");\n    deduct(helper(0), \"无\");")
    ));
    let run = ok.run(&["check", "policies/pack"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
}

// ── compound assignment is as exact as the operators ────────────────────────

#[test]
fn compound_assignment_agrees_with_the_exact_operators() {
    let body = "    let x = 7;\n    x /= 2;\n    if x != 3.5 { fail(`7 /= 2 gave ${x}`); }
    for p in [[7, 2], [7, 0.5], [7.5, 2], [7.5, 0.5], [-7, 2], [1, 3]] {
        let a = p[0]; let b = p[1];
        let x = a; x += b; if x != a + b { fail(`${a} += ${b} gave ${x}`); }
        let x = a; x -= b; if x != a - b { fail(`${a} -= ${b} gave ${x}`); }
        let x = a; x *= b; if x != a * b { fail(`${a} *= ${b} gave ${x}`); }
        let x = a; x /= b; if x != a / b { fail(`${a} /= ${b} gave ${x}`); }
        let x = a; x %= b; if x != a % b { fail(`${a} %= ${b} gave ${x}`); }
    }";
    let run =
        Sandbox::new(&rule(body)).run(&["evaluate", "project.yaml", "--policy", "policies/pack"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    Sandbox::new(&rule("    let x = 7;\n    x /= 0;"))
        .evaluate_fails("除数为零（7 / 0）", &format!("[{EXTRA}:3:"));
}

// ── wall-clock budgets ───────────────────────────────────────────────────────

/// Cheap-looking builtins on large arrays: the operation limit alone let these run for minutes.
#[test]
fn slow_builtins_stop_at_the_call_budget() {
    for body in [
        "let a = []; for i in 0..10000 { a.push(i); } let n = 0; for i in 0..900000 { if a.contains(i) { n += 1; } }",
        "let a = []; for i in 0..10000 { a.push(i); } let n = 0; for i in 0..900000 { n += a.index_of(i + 20000); }",
        "let s = \"a,\"; s.pad(9000, 'b'); for i in 0..900000 { let p = s.split(\",\"); }",
        "let a = []; for i in 0..10000 { a.push(10000 - i); } for i in 0..900000 { let b = a; b.sort(); }",
    ] {
        let start = Instant::now();
        Sandbox::new(&rule(body)).evaluate_fails("规则运行超出", EXTRA);
        assert!(start.elapsed() < Duration::from_secs(4), "{body}: {:?}", start.elapsed());
    }
}

#[test]
fn a_pack_can_lower_the_call_budget() {
    let start = Instant::now();
    Sandbox::with_limits(
        &rule("    let n = 0; loop { n += 1; }"),
        "limits: { operations: 1000000000000, call_ms: 200 }\n",
    )
    .evaluate_fails("时间上限（200 毫秒，政策包 limits.call_ms）", EXTRA);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn the_evaluation_budget_bounds_many_slow_items() {
    // Every judgement item runs the slow rule; each call stays under its own budget, but
    // together they pass the evaluation's.
    let s = Sandbox::with_limits(
        "fn judgement(item, input) { let n = 0; loop { n += 1; } }\nfn extra_rule(item, input) {}\n",
        "limits: { operations: 1000000000000, call_ms: 150, evaluation_ms: 400 }\n",
    );
    let run = s.run(&["evaluate", "project.yaml", "--policy", "policies/pack"]);
    // `judgement` is a library function: redefining it is refused before any time is spent.
    run.assert_invalid();
    assert!(run.stderr.contains("重复定义"), "{}", run.stderr);
    let s = Sandbox::with_limits(
        &rule("    let n = 0; loop { n += 1; }"),
        "limits: { operations: 1000000000000, call_ms: 5000, evaluation_ms: 300 }\n",
    );
    s.evaluate_fails("总时间上限（300 毫秒，政策包 limits.evaluation_ms）", EXTRA);
}

#[test]
fn a_pack_can_lower_the_operation_limit() {
    Sandbox::with_limits(
        &rule("    let n = 0; for i in 0..100 { n += i; }"),
        "limits: { operations: 50 }\n",
    )
    .evaluate_fails("操作次数上限", EXTRA);
}

#[test]
fn an_unknown_or_zero_limit_is_located() {
    let s = Sandbox::with_limits(&rule(""), "limits: { call_msec: 10, records: 0 }\n");
    let err = s.check_fails("未知的限额「call_msec」", "policies/pack/policy.yaml:");
    assert!(flat(&err).contains("限额「records」须为正整数"), "{err}");
}

// ── host-side allocations ────────────────────────────────────────────────────

#[test]
fn many_long_notes_stop_at_the_text_cap() {
    Sandbox::new(&rule(
        "    let s = \"\"; s.pad(9000, 'x'); for i in 0..100000 { note(s); }",
    ))
    .evaluate_fails("limits.record_bytes", &format!("[{EXTRA}:2:"));
}

#[test]
fn many_deductions_stop_at_the_record_cap() {
    Sandbox::new(&rule("    for i in 0..100000 { deduct(0.00001, \"r\"); }")).evaluate_fails(
        "共超过 1000 次（政策包 limits.records）",
        &format!("[{EXTRA}:2:"),
    );
}

// ── reserved host names ──────────────────────────────────────────────────────

#[test]
fn a_pack_cannot_replace_fail() {
    let s = Sandbox::new(&format!("{}fn fail(msg) {{ }}\n", rule("")));
    let err = s.check_fails("函数名「fail」是引擎提供的函数", &format!("[{EXTRA}:4:4]"));
    // The same pack cannot be used to score either: a zero denominator would score full marks.
    let run = s.run(&["evaluate", "project.yaml", "--policy", "policies/pack"]);
    run.assert_invalid();
    assert!(run.stderr.contains("「fail」"), "{}\n{err}", run.stderr);
}

#[test]
fn a_pack_cannot_replace_deduct_or_param() {
    let s = Sandbox::new(&format!(
        "{}fn deduct(a, b) {{ }}\nfn param(n) {{ 1 }}\n",
        rule("")
    ));
    let err = s.check_fails("函数名「deduct」", &format!("[{EXTRA}:4:4]"));
    assert!(
        err.contains("函数名「param」") && err.contains(&format!("[{EXTRA}:5:4]")),
        "{err}"
    );
}

// ── deductions ───────────────────────────────────────────────────────────────

#[test]
fn rounded_small_deductions_never_go_negative() {
    let s = Sandbox::new(&rule(&"    deduct(0.005, \"半分\");\n".repeat(5)));
    let run = s.run(&[
        "evaluate",
        "project.yaml",
        "--policy",
        "policies/pack",
        "--format",
        "json",
    ]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(v["schema"], "jixiao/1");
    let items = v["results"][0]["items"].as_array().expect("items");
    let item = items
        .iter()
        .find(|i| i["name"] == "到位及时率")
        .expect("到位及时率");
    let dec = |v: &serde_json::Value| -> rust_decimal::Decimal {
        v.as_str()
            .expect("decimal string")
            .parse()
            .expect("decimal")
    };
    let points: Vec<_> = item["deductions"]
        .as_array()
        .expect("deductions")
        .iter()
        .map(|d| dec(&d["points"]))
        .collect();
    assert_eq!(item["score"], "2.98", "{item}");
    assert!(points.iter().all(|p| !p.is_sign_negative()), "{points:?}");
    assert_eq!(
        dec(&item["weight"]),
        dec(&item["score"]) + points.iter().copied().sum::<rust_decimal::Decimal>()
    );
}

#[test]
fn a_zero_deduction_records_nothing_and_a_negative_one_fails() {
    let s = Sandbox::new(&rule("    deduct(0, \"无\");"));
    let run = s.run(&[
        "explain",
        "project.yaml",
        "--policy",
        "policies/pack",
        "--item",
        "投入/资金落实/到位及时率",
    ]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        !run.stdout.contains("扣 0") && !run.stderr.contains("扣 0"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    Sandbox::new(&rule("    deduct(-1, \"负\");"))
        .evaluate_fails("扣分不能为负（-1）", &format!("[{EXTRA}:2:5]"));
}

// ── overflow is a diagnostic, never a panic ──────────────────────────────────

const BIG: &str = "79228162514264337593543950335.0";

#[test]
fn two_huge_deductions_overflow_their_sum() {
    Sandbox::new(&rule(&format!(
        "    deduct({BIG}, \"a\");\n    deduct({BIG}, \"b\");"
    )))
    .evaluate_fails("扣分合计溢出", &format!("[{EXTRA}:3:5]"));
}

#[test]
fn percent_of_a_huge_value() {
    Sandbox::new(&rule(&format!("    let p = percent({BIG});"))).evaluate_fails(
        "percent(79228162514264337593543950335) 的结果超出可表示的范围",
        &format!("[{EXTRA}:2:13]"),
    );
}

#[test]
fn decimal_operators_overflow_with_their_values() {
    for (expr, want) in [
        (
            "x + x",
            "79228162514264337593543950335 + 79228162514264337593543950335",
        ),
        (
            "-x - x",
            "-79228162514264337593543950335 - 79228162514264337593543950335",
        ),
        ("x * 2", "79228162514264337593543950335 * 2"),
        ("2 * x", "2 * 79228162514264337593543950335"),
        ("x / 0.1", "79228162514264337593543950335 / 0.1"),
        ("x + 1", "79228162514264337593543950335 + 1"),
        ("1 - (-x)", "1 - -79228162514264337593543950335"),
    ] {
        Sandbox::new(&rule(&format!("    let x = {BIG};\n    let y = {expr};")))
            .evaluate_fails(&format!("数值溢出：{want}"), &format!("[{EXTRA}:3:"));
    }
    for (stmt, want) in [("x += x", "+"), ("x *= 3", "*"), ("x -= -x", "-")] {
        Sandbox::new(&rule(&format!("    let x = {BIG};\n    {stmt};"))).evaluate_fails(
            &format!("数值溢出：79228162514264337593543950335 {want}"),
            &format!("[{EXTRA}:3:"),
        );
    }
    for (expr, want) in [
        ("x % 0", "除数为零（79228162514264337593543950335 % 0）"),
        ("x / 0.0", "除数为零"),
    ] {
        Sandbox::new(&rule(&format!("    let x = {BIG};\n    let y = {expr};")))
            .evaluate_fails(want, &format!("[{EXTRA}:3:"));
    }
}

#[test]
fn integer_overflow_is_located() {
    Sandbox::new(&rule(
        "    let x = 9223372036854775807;\n    let y = x + 1;",
    ))
    .evaluate_fails("数值溢出：9223372036854775807 + 1", &format!("[{EXTRA}:3:"));
}

// ── syntax ───────────────────────────────────────────────────────────────────

#[test]
fn syntax_error_at_end_of_file_is_located() {
    let s = Sandbox::new("fn extra_rule(item, input) {\n    deduct(1, \"a\");\n");
    let err = s.check_fails("规则脚本语法错误", &format!("[{EXTRA}:2:"));
    assert!(err.contains("文件在此处结束"), "{err}");
}

// ── real forms are large ─────────────────────────────────────────────────────

const QUANTITY: &str = "  - level1: 产出指标
    level2: 数量指标
    label: 指标1
    name: 补助城乡居民养老保险
    direction: \">=\"
    target: 入口补每年116.11万人
    actual: 入口补每年108.13万人
    progress: 93.13%
";

#[test]
fn four_hundred_quantity_indicators_are_scored() {
    let extra: String = (2..=400)
        .map(|i| {
            QUANTITY
                .replace("指标1", &format!("指标{i}"))
                .replace("补助城乡居民养老保险", &format!("补助城乡居民养老保险{i}"))
        })
        .collect();
    let big = edit(&example(), QUANTITY, &format!("{QUANTITY}{extra}"));
    let s = Sandbox::new(&rule(""));
    s.file("big.yaml", &big);
    let run = s.run(&[
        "evaluate",
        "big.yaml",
        "--policy",
        "jinzhong-2020",
        "--format",
        "json",
    ]);
    assert!(!run.stderr.contains('×'), "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(v["schema"], "jixiao/1");
    let items = v["results"][0]["items"].as_array().expect("items");
    let item = items
        .iter()
        .find(|i| i["name"] == "实际完成率")
        .expect("实际完成率");
    assert_eq!(item["score"], "7.45", "{item}");
    assert!(item["deductions"][0]["reason"]
        .as_str()
        .expect("reason")
        .contains("补助城乡居民养老保险400"));
}

// ── a batch keeps going ──────────────────────────────────────────────────────

#[test]
fn a_runaway_rule_on_one_project_does_not_stop_the_batch() {
    let s = Sandbox::new(&rule(
        "    if input.judged == 2 { let n = 0; loop { n += 1; } }",
    ));
    s.file(
        "bad.yaml",
        &edit(
            &example(),
            "到位及时率, weight: 3, score: 3.00",
            "到位及时率, weight: 3, score: 2.00",
        ),
    );
    let run = s.run(&[
        "evaluate",
        "project.yaml",
        "bad.yaml",
        "--policy",
        "policies/pack",
    ]);
    run.assert_invalid();
    assert!(run.stdout.contains("project.yaml"), "{}", run.stdout);
    assert!(
        run.stdout.contains("综合得分 99.25 / 100"),
        "{}",
        run.stdout
    );
    // No result for the bad one; the batch summary names it as not scored.
    let results = run.stdout.split("汇总：").next().unwrap_or_default();
    assert!(!results.contains("bad.yaml"), "{}", run.stdout);
    assert!(
        run.stderr.contains("上限") && run.stderr.contains(EXTRA),
        "{}",
        run.stderr
    );
}
