//! `jixiao diff` and `jixiao new-policy`: working on packs without projects.

use super::output;
use super::{Format, EXIT_INVALID, EXIT_OK};
use crate::policy::{self, diff::diff};
use crate::render::{diff as render, json as machine};
use crate::text;
use std::path::Path;

/// Runs `diff A B`; returns the exit code.
pub fn diff_packs(a: &str, b: &str, format: Format) -> u8 {
    let load = |s: &str| policy::resolve(s).and_then(|f| policy::load(&f));
    let mut out = machine::Output::new(machine::Command::Diff);
    let (pa, pb) = match (load(a), load(b)) {
        (Ok(x), Ok(y)) => (x, y),
        (x, y) => {
            for e in [x.err(), y.err()].into_iter().flatten() {
                output::diagnostics(&e.0);
                out.diagnose(&e.0);
            }
            if format.is_machine() {
                output::print_json(&out, format.lines());
            }
            return EXIT_INVALID;
        }
    };
    let changes = diff(&pa, &pb);
    match format {
        Format::Text => output::print(&render::report(&pa.id.value, &pb.id.value, &changes)),
        Format::Json | Format::Jsonl => {
            let d = machine::diff(&pa.id.value, &pb.id.value, &changes);
            out.results.push(machine::Entry::Diff(d));
            if !output::print_json(&out, format.lines()) {
                return EXIT_INVALID;
            }
        }
    }
    EXIT_OK
}

/// Runs `new-policy ID --from POLICY`; returns the exit code.
pub fn new_policy(id: &str, from: &str) -> u8 {
    let files = policy::resolve(from);
    let embedded = matches!(files, Ok(policy::PackFiles::Embedded(_)));
    let created = files.and_then(|files| policy::new_policy(id, &files, Path::new("policies")));
    match created {
        Ok((path, year)) => {
            output::print(&format!(
                "{}\n",
                text::policy_created(&path.display().to_string(), from, year)
            ));
            if embedded {
                output::notice(&text::EMBEDDED_CASES_NOT_COPIED.to_string());
            }
            EXIT_OK
        }
        Err(d) => {
            output::diagnostics(&d.0);
            EXIT_INVALID
        }
    }
}
