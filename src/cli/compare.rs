//! `jixiao compare`: the same projects under two packs, with attribution.

use super::output;
use super::{CompareFormat, EXIT_INVALID, EXIT_OK};
use crate::compare::{compare, portfolio, Comparison};
use crate::diag::Result;
use crate::eval::evaluate;
use crate::input::LoadOptions;
use crate::policy::{self, Policy};
use crate::render::{compare as human, compare_data as data, json as machine};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

fn load(spec: &str) -> Result<Arc<Policy>> {
    let p = policy::load(&policy::resolve(spec)?)?;
    output::diagnostics(&p.warnings);
    Ok(Arc::new(p))
}

fn one(
    path: &std::path::Path,
    pa: &Arc<Policy>,
    pb: &Arc<Policy>,
    opts: LoadOptions,
) -> Result<Comparison> {
    let project = Arc::new(crate::input::load_with(path, opts)?);
    output::diagnostics(&project.warnings);
    let a = evaluate(pa, &project)?;
    let b = evaluate(pb, &project)?;
    Ok(compare(pa, a, pb, b))
}

/// Runs `compare`; returns the exit code.
pub fn run(paths: &[PathBuf], specs: &[String], format: CompareFormat, opts: LoadOptions) -> u8 {
    let json = matches!(format, CompareFormat::Json | CompareFormat::Jsonl);
    let lines = format == CompareFormat::Jsonl;
    let mut out = machine::Output::new(machine::Command::Compare);
    let spec = |i: usize| specs.get(i).map_or("", String::as_str);
    let packs = (load(spec(0)), load(spec(1)));
    let (pa, pb) = match packs {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                output::diagnostics(&e.0);
                out.diagnose(&e.0);
            }
            if json {
                output::print_json(&out, lines);
            }
            return EXIT_INVALID;
        }
    };
    let Some(files) = super::some_projects_or_json(paths, json, machine::Command::Compare) else {
        return EXIT_INVALID;
    };
    let mut failed = false;
    let mut cs = Vec::new();
    let mut failures = Vec::new();
    for path in files {
        match one(&path, &pa, &pb, opts) {
            Ok(c) => cs.push(c),
            Err(d) => {
                output::diagnostics(&d.0);
                failed = true;
                failures.push(machine::FailureView {
                    file: path.display().to_string(),
                    pack: None,
                    diagnostics: machine::diagnostics(&d.0),
                });
            }
        }
    }
    if json {
        out.results = cs
            .iter()
            .map(|c| machine::Entry::Comparison(Box::new(machine::comparison(c))))
            .collect();
        out.results
            .extend(failures.into_iter().map(machine::Entry::Failure));
        if cs.len() > 1 {
            let p = machine::portfolio(&portfolio(&cs));
            out.results.push(machine::Entry::Portfolio(p));
        }
        if !output::print_json(&out, lines) {
            return EXIT_INVALID;
        }
    } else if !(failed && cs.is_empty()) {
        output::print(&render(&cs, format));
    }
    if failed {
        EXIT_INVALID
    } else {
        EXIT_OK
    }
}

/// The text, Markdown or CSV output.
fn render(cs: &[Comparison], format: CompareFormat) -> String {
    match format {
        CompareFormat::Csv => data::csv(cs).unwrap_or_else(|e| format!("{e}\n")),
        _ => {
            let md = format == CompareFormat::Md;
            let style = output::style(std::io::stdout().is_terminal());
            let mut parts: Vec<String> = cs.iter().map(|c| human::report(c, md, style)).collect();
            if cs.len() > 1 {
                parts.push(human::portfolio(&portfolio(cs), md));
            }
            parts.join("\n")
        }
    }
}
