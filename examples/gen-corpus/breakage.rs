//! Forms broken the ways users break them: a table cut off (a page missing from the export, a
//! file truncated in transfer), a word where a number goes, a required field left out, YAML that
//! does not parse. Each breaking says what it did, for the manifest.

use crate::form::Layout;
use crate::rng::Rng;
use crate::sheet::{Cell, Row};

#[derive(Clone, Copy, PartialEq)]
pub enum Breakage {
    Cut,
    NotANumber,
    MissingField,
    BadYaml,
}

pub const ALL: [Breakage; 4] = [
    Breakage::Cut,
    Breakage::NotANumber,
    Breakage::MissingField,
    Breakage::BadYaml,
];

const WORDS: &[&str] = &["待核实", "见附表", "二千三百万元", "详见财务报表"];

fn position(rows: &[Row], col: usize, label: &str) -> usize {
    rows.iter()
        .position(|r| matches!(r.get(col), Some(Cell::Text(s)) if s == label))
        .expect("the generator writes this label")
}

/// Breaks a table (.txt/.xlsx); returns what was done.
pub fn break_table(b: Breakage, layout: Layout, rows: &mut Vec<Row>, rng: &mut Rng) -> String {
    match (b, layout) {
        (Breakage::Cut, Layout::Table53) => {
            // Ends between the first indicator row and the last judged item of 过程: the judged
            // items after the cut have no declared score to stand for a judgement.
            let start = position(rows, 0, "绩效目标实现情况") + 1;
            let end = position(rows, 2, "财务监控有效性");
            let keep = rng.range(start as i64, end as i64) as usize;
            let partial = rng
                .chance(50)
                .then(|| rows[keep].iter().take(3).cloned().collect::<Row>());
            rows.truncate(keep);
            let mut what = format!(
                "cut-off table: ends after row {keep} (of the 53号 table's indicator/评分表 rows)"
            );
            if let Some(p) = partial {
                rows.push(p);
                what.push_str(", last row cut after 3 cells");
            }
            what
        }
        (Breakage::Cut, Layout::Table10) => {
            // The table's header row is the last one: the page with its rows is missing.
            let at = position(rows, 0, "年度绩效指标完成情况");
            rows.truncate(at + 1);
            format!(
                "cut-off table: ends after row {}, the 年度绩效指标 table's header",
                at + 1
            )
        }
        (Breakage::NotANumber, Layout::Table53) => {
            let at = position(rows, 1, "预算下达资金");
            let word = *rng.pick(WORDS);
            rows[at][5] = Cell::Text(word.into());
            format!("non-number: 预算下达资金 (row {}) reads 「{word}」", at + 1)
        }
        (Breakage::NotANumber, Layout::Table10) => {
            let at = position(rows, 1, "年度资金总额:");
            let word = *rng.pick(WORDS);
            rows[at][4] = Cell::Text(word.into());
            format!(
                "non-number: 全年执行数 of 年度资金总额 (row {}) reads 「{word}」",
                at + 1
            )
        }
        (Breakage::MissingField, Layout::Table53) => {
            let at = position(rows, 1, "预算下达资金");
            rows.remove(at);
            format!(
                "missing field: the 预算下达资金 row (row {}) left out",
                at + 1
            )
        }
        (Breakage::MissingField, Layout::Table10) => {
            rows.remove(1);
            "missing field: the (年度) line under the title left out, so the form has no year"
                .into()
        }
        (Breakage::BadYaml, _) => unreachable!("the plan gives bad YAML to project files only"),
    }
}

fn line_no(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(needle))
        .expect("the generator writes this line")
        + 1
}

/// Replaces the first line starting with `prefix` by `new` (None: removes it).
fn replace_line(text: &mut String, prefix: &str, new: Option<String>) -> usize {
    let n = line_no(text, prefix);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    match new {
        Some(l) => lines[n - 1] = l,
        None => {
            lines.remove(n - 1);
        }
    }
    *text = lines.join("\n") + "\n";
    n
}

/// Breaks a project file; returns what was done.
pub fn break_yaml(b: Breakage, layout: Layout, text: &mut String, rng: &mut Rng) -> String {
    match b {
        Breakage::Cut => {
            // Truncated in transfer, in the middle of a `{ … }` line.
            let flows: Vec<usize> = text.match_indices("- { ").map(|(i, _)| i).collect();
            let at = *rng.pick(&flows);
            let line_len = text[at..].find('\n').unwrap_or(text.len() - at);
            let mut cut = at + 4 + (line_len - 4) / 2;
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            let line = text[..cut].lines().count();
            text.truncate(cut);
            format!("cut-off file: ends in the middle of line {line}")
        }
        Breakage::NotANumber if layout == Layout::Table53 => {
            let old = text
                .lines()
                .find(|l| l.starts_with("  allocated: "))
                .expect("allocated line")
                .to_string();
            let amount = old
                .split_whitespace()
                .nth(1)
                .expect("an amount")
                .to_string();
            let n = replace_line(
                text,
                "  allocated: ",
                Some(format!("  allocated: {amount}万元")),
            );
            format!("non-number: allocated (line {n}) written as 「{amount}万元」")
        }
        Breakage::NotANumber => {
            let word = *rng.pick(WORDS);
            let at = text.find("executed: ").expect("executed") + "executed: ".len();
            let end = at + text[at..].find(',').expect("a flow mapping");
            text.replace_range(at..end, word);
            let n = text[..at].lines().count();
            format!("non-number: executed of 年度资金总额 (line {n}) reads 「{word}」")
        }
        Breakage::MissingField => {
            let (key, prefix) = *rng.pick(&[("year", "  year: "), ("name", "  name: ")]);
            let n = replace_line(text, prefix, None);
            format!("missing field: header.{key} (line {n}) left out")
        }
        Breakage::BadYaml => match rng.range(0, 2) {
            0 => {
                let n = replace_line(
                    text,
                    "    direction: \">=\"",
                    Some("    direction: >=".into()),
                );
                format!("bad YAML: direction: >= unquoted (line {n}), read as a block scalar")
            }
            1 => {
                let old = text
                    .lines()
                    .find(|l| l.starts_with("  year: "))
                    .expect("year line")
                    .to_string();
                let n = replace_line(text, "  year: ", Some(format!("\t{}", old.trim_start())));
                format!("bad YAML: a tab indents line {n}")
            }
            _ => {
                let old = text
                    .lines()
                    .find(|l| l.starts_with("  implementer: "))
                    .expect("implementer")
                    .to_string();
                let n = replace_line(
                    text,
                    "  implementer: ",
                    Some(format!("  implementer: \"{}", &old[15..])),
                );
                format!("bad YAML: an unclosed quote on line {n}")
            }
        },
    }
}
