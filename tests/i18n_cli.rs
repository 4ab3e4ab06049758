//! The command line in the user's language: `--help` of every command, headings, usage lines
//! and usage errors come from the catalogue, in Chinese by default and in English with
//! `--lang en`; clap's English ("Usage", "Options", "error: unexpected argument", "tip:")
//! never shows, and usage errors exit 2.

mod common;

use common::*;

const COMMANDS: [&str; 12] = [
    "evaluate",
    "import",
    "explain",
    "compare",
    "diff",
    "new-policy",
    "test",
    "watch",
    "check",
    "policies",
    "schema",
    "help",
];

fn han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Help of `jixiao` and of every command, short and long, in `lang`.
fn helps(lang: &str) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for flag in ["-h", "--help"] {
        let mut runs: Vec<Vec<&str>> = vec![vec![flag]];
        runs.extend(COMMANDS.iter().map(|c| vec![*c, flag]));
        for args in runs {
            let (code, out, err) = run(jixiao().args(&args).args(["--lang", lang]));
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(
                !out.contains("cli-") && !out.contains("fmt-"),
                "a message id instead of its text (missing from the catalogue) in {args:?}:\n{out}"
            );
            all.push((args.join(" "), out));
        }
    }
    all
}

#[test]
fn every_help_is_chinese_by_default() {
    for (args, out) in helps("zh-CN") {
        assert!(out.contains("用法：jixiao"), "{args}:\n{out}");
        assert!(out.contains("选项:"), "{args}:\n{out}");
        for line in out.lines() {
            let words = english_prose(line);
            assert!(words.is_empty(), "{args}: {words:?} in {line:?}\n{out}");
        }
    }
    let (_, out, _) = run(jixiao().args(["evaluate", "--help"]));
    assert!(
        out.contains("用法：jixiao evaluate [选项] <项目>..."),
        "{out}"
    );
    assert!(out.contains("参数:\n  <项目>..."), "{out}");
    assert!(out.contains("xlsx：Excel 工作簿"), "{out}");
    assert!(out.contains("默认：text"), "{out}");
}

#[test]
fn every_help_is_english_with_lang_en() {
    for (args, out) in helps("en") {
        assert!(out.contains("Usage: jixiao"), "{args}:\n{out}");
        for line in out.lines() {
            // Examples may name an item as the pack writes it; the name is the pack's.
            let authored = line.starts_with("  jixiao ") || line.starts_with("jixiao (绩效)");
            assert!(authored || !han(line), "{args}: {line:?}\n{out}");
        }
    }
    let (_, out, _) = run(jixiao().args(["compare", "-h", "--lang", "en"]));
    assert!(
        out.contains("Usage: jixiao compare [OPTIONS] <PROJECTS>..."),
        "{out}"
    );
    assert!(
        out.contains("(values: text, json, jsonl, csv, md)"),
        "{out}"
    );
}

/// (arguments, what the Chinese error says, what the English one says)
const ERRORS: [(&[&str], &[&str], &[&str]); 6] = [
    (
        &["evaluate", "--polcy", "x", EXAMPLE],
        &[
            "错误：无法识别的参数“--polcy”",
            "提示：是否想用“--policy”？",
            "用法：jixiao evaluate [选项] <项目>...",
            "运行“jixiao evaluate --help”查看说明。",
        ],
        &[
            "error: unexpected argument '--polcy'",
            "hint: did you mean '--policy'?",
            "Usage: jixiao evaluate [OPTIONS] <PROJECTS>...",
        ],
    ),
    (
        &["evaluate", EXAMPLE, "--format", "yaml"],
        &["取值“yaml”无效", "可用的取值：text、json、jsonl、xlsx"],
        &[
            "invalid value 'yaml' for --format <FORMAT>",
            "possible values: text, json, jsonl, xlsx",
        ],
    ),
    (
        &["evaluat", EXAMPLE],
        &["没有命令“evaluat”", "是否想用“evaluate”"],
        &["no command 'evaluat'", "did you mean 'evaluate'"],
    ),
    (
        &["evaluate"],
        &["缺少必需的参数：<项目>..."],
        &["required arguments missing: <PROJECTS>..."],
    ),
    (
        &["explain", EXAMPLE, "--year", "二〇二〇"],
        &["--year <年度> 的取值“二〇二〇”无效", "原文："],
        &["invalid value '二〇二〇' for --year <YEAR>"],
    ),
    (
        &["evaluate", EXAMPLE, "--policy", "a", "--policy", "b"],
        &["--policy <政策包> 只能给一次"],
        &["--policy <POLICY> can be given only once"],
    ),
];

#[test]
fn usage_errors_are_told_in_chinese_and_exit_2() {
    for (args, zh, _) in ERRORS {
        let (code, out, err) = run(jixiao().args(args));
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}: {err}");
        for want in zh {
            assert!(err.contains(want), "{args:?}: {want:?} in\n{err}");
        }
        for line in err.lines() {
            let words = english_prose(line);
            assert!(words.is_empty(), "{args:?}: {words:?} in {line:?}");
        }
    }
}

#[test]
fn usage_errors_are_told_in_english_with_lang_en() {
    for (args, _, en) in ERRORS {
        let (code, _, err) = run(jixiao().args(args).args(["--lang", "en"]));
        assert_eq!(code, 2, "{args:?}: {err}");
        for want in en {
            assert!(err.contains(want), "{args:?}: {want:?} in\n{err}");
        }
        let ours = err.lines().filter(|l| !l.contains("二〇二〇"));
        assert!(ours.clone().all(|l| !han(l)), "{args:?}:\n{err}");
        assert!(!err.contains("tip:"), "{err}");
    }
}

#[test]
fn help_version_and_a_bare_call() {
    let (code, by_command, _) = run(jixiao().args(["help", "evaluate"]));
    assert_eq!(code, 0);
    let (_, by_flag, _) = run(jixiao().args(["evaluate", "--help"]));
    assert_eq!(by_command, by_flag);
    let (code, _, err) = run(jixiao().args(["help", "evaluat"]));
    assert_eq!(code, 2);
    assert!(err.contains("没有命令“evaluat”"), "{err}");
    let (code, out, _) = run(jixiao().args(["-V"]));
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("jixiao {}", env!("CARGO_PKG_VERSION")));
    let (code, out, err) = run(&mut jixiao());
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("用法：jixiao [选项] <命令>"), "{err}");
}
