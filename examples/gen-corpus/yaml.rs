//! A form written as a project file (docs/project-format.md), the way a person transcribes one:
//! the 53号 form as examples/jinzhong-2020-pension-subsidy.yaml, the 10号 form as `jixiao import`
//! writes it (funds rows, group weights, per-indicator 分值/得分).

use crate::form::{Form, Tier, Value};
use crate::scoring::fixed;
use crate::wording::{self, actual_text, direction, target_text};
use rust_decimal::Decimal;
use std::fmt::Write;

/// `s` as a YAML scalar: plain where YAML reads it back as the same text, else double-quoted.
fn q(s: &str) -> String {
    let plain = !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit() || "-?:,[]{}#&*!|>'\"%@` ".contains(c))
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(' ');
    if plain {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

fn two(x: Decimal) -> String {
    fixed(x, 2)
}

fn header(out: &mut String, f: &Form, code: bool) {
    let _ = writeln!(out, "format: 1\n\nheader:\n  name: {}", q(&f.name));
    let _ = writeln!(out, "  department:\n    name: {}", q(&f.department));
    if code {
        let _ = writeln!(out, "    code: \"{}\"", f.dept_code);
    }
    let _ = writeln!(
        out,
        "  implementer: {}\n  kind: {}",
        q(&f.implementer),
        f.kind
    );
    let _ = writeln!(
        out,
        "  period: {}\n  year: {}\n  region: {}\n",
        wording::period(f.year),
        f.year,
        f.region
    );
}

fn indicator_lines(out: &mut String, f: &Form, per_indicator_scores: bool) {
    out.push_str("indicators:\n");
    for ind in &f.indicators {
        let _ = writeln!(
            out,
            "  - level1: {}\n    level2: {}",
            ind.level1, ind.level2
        );
        let _ = writeln!(out, "    label: {}\n    name: {}", ind.label, q(ind.name));
        let _ = writeln!(out, "    direction: {}", direction(ind));
        let _ = writeln!(
            out,
            "    target: {}\n    actual: {}",
            q(&target_text(ind)),
            q(&actual_text(ind))
        );
        if per_indicator_scores {
            let _ = writeln!(
                out,
                "    weight: {}\n    score: {}",
                ind.weight,
                ind.score.normalize()
            );
            if let Some(d) = ind.deviation {
                let _ = writeln!(out, "    deviation: {}", q(d));
            }
            continue;
        }
        let p = ind.progress.normalize();
        let _ = writeln!(out, "    progress: {p}%");
        if let Value::Quality { tier, .. } = ind.value {
            let word = match tier {
                Tier::Achieved => "达成",
                Tier::Partial => "部分达成",
                Tier::Unachieved => "未达成",
            };
            let _ = writeln!(out, "    tier: {word}");
        }
    }
    out.push('\n');
}

/// The 53号 form as a project file.
pub fn project53(f: &Form, origin: &str) -> String {
    let mut out = format!(
        "# {}财政支出项目绩效自评表（{} 年度）\n# {origin}。金额单位：万元。\n",
        f.region, f.year
    );
    header(&mut out, f, true);
    let fu = &f.funds;
    let _ = writeln!(
        out,
        "funds:\n  budget:                 # 预算资金\n    市级预算资金: {}\n    其他: 0.00",
        two(fu.budget)
    );
    let _ = writeln!(
        out,
        "  allocated: {}      # 预算下达资金",
        two(fu.allocated)
    );
    let _ = writeln!(
        out,
        "  spent:                  # 实际支出资金\n    市级预算资金: {}\n    上年结转资金: 0.00\n",
        two(fu.spent)
    );
    indicator_lines(&mut out, f, false);
    out.push_str("# 评分表：单位自评的分值与得分；路径为 一级/二级/三级\nscorecard:\n");
    let _ = writeln!(
        out,
        "  total: {{ weight: 100, score: {} }}\n  grade: {}\n  sections:",
        two(f.total),
        f.grade
    );
    let mut seen = Vec::new();
    for item in &f.items {
        if seen.contains(&item.path[0]) {
            continue;
        }
        seen.push(item.path[0]);
        let of: Vec<_> = f
            .items
            .iter()
            .filter(|i| i.path[0] == item.path[0])
            .collect();
        let (w, s): (Decimal, Decimal) = (
            of.iter().map(|i| i.weight).sum(),
            of.iter().map(|i| i.declared).sum(),
        );
        let _ = writeln!(
            out,
            "    - {{ path: {}, weight: {w}, score: {} }}",
            item.path[0],
            two(s)
        );
    }
    out.push_str("  items:\n");
    for item in &f.items {
        let path = item.path.join("/");
        let _ = writeln!(
            out,
            "    - {{ path: {path}, weight: {}, score: {} }}",
            item.weight,
            two(item.declared)
        );
    }
    out.push_str("\njudgements:");
    if f.judgements.is_empty() {
        out.push_str(" []\n");
    } else {
        out.push('\n');
        for (item, score, reason) in &f.judgements {
            let _ = writeln!(
                out,
                "  - {{ item: {item}, score: {score}, reason: {reason} }}"
            );
        }
    }
    out.push_str("\nnarratives:\n");
    for (title, body) in wording::narratives(f) {
        let _ = writeln!(out, "  {title}: {}", q(&body));
    }
    let _ = writeln!(
        out,
        "  项目绩效情况: {}\n  其他需说明的问题: 无\n",
        q(&wording::performance(f))
    );
    out.push_str("people:\n  evaluators:\n");
    for (name, title) in &f.evaluators {
        let _ = writeln!(
            out,
            "    - {{ name: {name}, title: {title}, phone: \"{}\" }}",
            f.phone
        );
    }
    let responsible = &f.evaluators[f.evaluators.len() - 1].0;
    let _ = writeln!(
        out,
        "  responsible: {responsible}\n  handler: {}\n  phone: \"{}\"",
        f.handler, f.phone
    );
    let _ = writeln!(out, "  filled_on: {}", f.filled_on);
    out
}

/// The 10号 form as a project file.
pub fn project10(f: &Form, origin: &str) -> String {
    let mut out = format!(
        "# {}年度项目支出绩效自评表（{}）\n# {origin}。金额单位：万元。\n",
        f.year, f.region
    );
    header(&mut out, f, false);
    let fu = &f.funds;
    let amount = |x: Decimal| x.normalize().to_string();
    let unit = if fu.in_yuan { "元" } else { "万元" };
    let _ = writeln!(
        out,
        "funds:\n  unit: {unit}  # 原表金额单位；下列金额均已折算为万元\n  rows:"
    );
    let rate = fu
        .rate
        .map_or(String::new(), |r| format!(", rate: \"{}%\"", r.normalize()));
    let (i, b, e) = (amount(fu.initial), amount(fu.budget), amount(fu.spent));
    let _ = writeln!(
        out,
        "    - {{ category: 年度资金总额, total: true, initial: {i}, budget: {b}, executed: {e}, weight: {}, score: {}{rate} }}",
        fu.weight,
        fu.score.normalize()
    );
    let _ = writeln!(
        out,
        "    - {{ category: 本年财政拨款, initial: {i}, budget: {b}, executed: {e} }}"
    );
    out.push_str("    - { category: 上年结转资金 }\n    - { category: 其他资金 }\n\n");
    let _ = writeln!(
        out,
        "goals:\n  - expected: {}\n    actual: {}\n",
        q(f.goal.0),
        q(f.goal.1)
    );
    out.push_str("group_weights:\n");
    for (level1, w) in &f.group_weights {
        let _ = writeln!(
            out,
            "  - {{ label: {level1}({w}分), level1: {level1}, weight: {w} }}"
        );
    }
    out.push('\n');
    indicator_lines(&mut out, f, true);
    let _ = writeln!(
        out,
        "scorecard:\n  total: {{ weight: 100, score: {} }}\n  grade: {}",
        f.total.normalize(),
        f.grade
    );
    out
}
