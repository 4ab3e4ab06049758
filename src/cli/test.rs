//! `jixiao test`: run packs' cases, show failures as diffs with the failing item explained,
//! and, with `--coverage`, what the cases never exercised.

use super::output;
use super::{Format, EXIT_DISCREPANCIES, EXIT_INVALID, EXIT_OK};
use crate::cases::{coverage, load_cases, run_case, CaseResult, Coverage};
use crate::diag::Diagnostic;
use crate::policy::{self, PackFiles};
use crate::render::explain::explain;
use crate::render::human::render_all;
use crate::render::json as machine;
use crate::text;
use rust_decimal::Decimal;
use std::fmt::Write;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Pack directories to test: those named, or every `./policies/*` with cases.
fn targets(specs: &[String]) -> Result<Vec<PathBuf>, Diagnostic> {
    if specs.is_empty() {
        return Ok(policy::available()
            .into_iter()
            .filter_map(|p| match p.files {
                PackFiles::Disk(d) if d.join("cases").is_dir() => Some(d),
                _ => None,
            })
            .collect());
    }
    specs
        .iter()
        .map(|s| match policy::resolve(s) {
            Ok(PackFiles::Disk(d)) => Ok(d),
            Ok(PackFiles::Embedded(id)) => {
                Err(Diagnostic::error("jixiao::test", text::embedded_cases(&id)))
            }
            Err(d) => Err(d
                .0
                .into_iter()
                .next()
                .unwrap_or_else(|| Diagnostic::error("jixiao::test", s.clone()))),
        })
        .collect()
}

fn failure(r: &CaseResult, out: &mut String) {
    let style = output::style(std::io::stdout().is_terminal());
    let _ = writeln!(out, "✗ {}  {}", r.case.name, r.case.file.name());
    if let Some(d) = &r.error {
        out.push_str(&render_all(&d.0, style));
    }
    for m in &r.mismatches {
        let _ = writeln!(out, "   {}", m.span.location());
        let _ = writeln!(out, "   - {}: {}", m.what, m.expected);
        let _ = writeln!(out, "   + {}: {}", m.what, m.actual);
        let (Some(path), Some(ev)) = (&m.item, &r.evaluation) else {
            continue;
        };
        let items = ev.find_items(path);
        out.push_str(&render_all(&explain(ev, &items, true), style));
    }
}

fn coverage_report(c: &Coverage, out: &mut String) {
    let fired = c.fired();
    let pct = crate::num::fixed(c.percent(), 2);
    let _ = writeln!(out, "{}", text::coverage_line(&pct, fired, c.sites.len()));
    for span in c.sites.iter().filter(|s| !s.fired).map(|s| &s.span) {
        let _ = writeln!(
            out,
            "   {}",
            text::never_fired(&span.location(), span.file.line_text(span.line()).trim())
        );
    }
    for r in c.rules.iter().filter(|r| !r.ran) {
        let at = r.span.as_ref().map(|s| s.location()).unwrap_or_default();
        let _ = writeln!(out, "   {}", text::rule_never_run(&r.name, &at, r.ran));
    }
    for i in c.items.iter().filter(|i| !i.scored || !i.lost) {
        let _ = writeln!(out, "   {}", text::item_coverage(&i.path, i.scored, i.lost));
    }
}

/// Runs `test`; returns the exit code.
pub fn run(
    specs: &[String],
    show_coverage: bool,
    min_coverage: Option<Decimal>,
    format: Format,
) -> u8 {
    let json = format.is_machine();
    let mut data = machine::Output::new(machine::Command::Test);
    let dirs = match targets(specs) {
        Ok(d) => d,
        Err(d) => {
            output::diagnostics(std::slice::from_ref(&d));
            if json {
                data.diagnose(&[d]);
                output::print_json(&data, format.lines());
            }
            return EXIT_INVALID;
        }
    };
    let (mut passed, mut failed, mut invalid, mut low) = (0usize, 0usize, false, false);
    let mut out = String::new();
    for dir in dirs {
        let files = PackFiles::Disk(dir.clone());
        let policy = match policy::load(&files) {
            Ok(p) => std::sync::Arc::new(p),
            Err(d) => {
                output::diagnostics(&d.0);
                data.diagnose(&d.0);
                invalid = true;
                continue;
            }
        };
        let _ = writeln!(
            out,
            "{}",
            text::testing_pack(&policy.id.value, &files.origin())
        );
        let mut results = Vec::new();
        for case in load_cases(&dir) {
            match case {
                Ok(case) => results.push(run_case(&policy, case)),
                Err(d) => {
                    output::diagnostics(&d.0);
                    data.diagnose(&d.0);
                    invalid = true;
                    failed = failed.saturating_add(1);
                }
            }
        }
        for r in &results {
            let view = machine::case(&policy.id.value, r);
            data.results.push(machine::Entry::Case(view));
            if r.passed() {
                passed = passed.saturating_add(1);
                let _ = writeln!(out, "✓ {}", r.case.name);
            } else {
                failed = failed.saturating_add(1);
                failure(r, &mut out);
            }
        }
        if show_coverage || min_coverage.is_some() {
            let c = coverage(&policy, &results);
            let view = machine::coverage(&policy.id.value, &c);
            data.results.push(machine::Entry::Coverage(view));
            coverage_report(&c, &mut out);
            low |= min_coverage.is_some_and(|m| c.percent() < m);
        }
    }
    let _ = writeln!(out, "{}", text::test_summary(passed, failed));
    if json {
        invalid |= !output::print_json(&data, format.lines());
    } else {
        output::print(&out);
    }
    if invalid {
        EXIT_INVALID
    } else if failed > 0 || low {
        EXIT_DISCREPANCIES
    } else {
        EXIT_OK
    }
}
