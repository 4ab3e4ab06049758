//! What counts as English prose in output meant to be Chinese.

use regex::Regex;

/// English words in a line of default (Chinese) output that are prose, not a key, id, path, code
/// or value: two or more words in a row, or a capitalised word. Proper names (JSON Lines,
/// Excel…) and all-capital names (environment variables, acronyms) are not prose.
pub fn english_prose(line: &str) -> Vec<String> {
    const NAMES: [&str; 5] = ["JSON Schema", "JSON Lines", "Excel", "Markdown", "Ctrl-C"];
    if Regex::new(r"^\s*\d+\s+│").unwrap().is_match(line) || line.contains("原文：") {
        return Vec::new(); // a quoted source line, or a foreign message kept as its original
    }
    let mut l = line.to_string();
    for name in NAMES {
        l = l.replace(name, "");
    }
    for strip in [
        r"\b[A-Z][A-Z0-9_]+\b",
        r"`[^`]*`",
        r"╭─\[[^\]]*\]",
        r"\S*[/\\]\S*",
        r"[\w*.-]+\.(?:yaml|yml|txt|tsv|csv|xlsx|xls|html|json|rhai|ftl)\b",
        r"jixiao::[\w:]+",
        r"--[\w-]+",
        r"\bjixiao(\s+[a-z-]+)?",
        r"\b\w+(-\w+)+\b",
    ] {
        l = Regex::new(strip).unwrap().replace_all(&l, "").into_owned();
    }
    let run = Regex::new(r"[A-Za-z]{2,}(?: +[A-Za-z]{2,})+").unwrap();
    let capital = Regex::new(r"\b[A-Z][A-Za-z]{2,}\b").unwrap();
    run.find_iter(&l)
        .chain(capital.find_iter(&l))
        .map(|m| m.as_str().to_string())
        .collect()
}
