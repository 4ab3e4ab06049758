//! `jixiao explain`: one report per deduction, pointing into the rules and the project.

use super::evaluate::{score, Packs};
use super::output;
use super::{Format, EXIT_INVALID, EXIT_OK};
use crate::diag::Diagnostic;
use crate::render::explain::explain;
use crate::render::human::render_all;
use crate::render::json as machine;
use crate::text;
use std::io::IsTerminal;
use std::path::Path;

/// Runs `explain`; returns the exit code.
pub fn run(
    path: &Path,
    spec: Option<&str>,
    item: Option<&str>,
    opts: crate::input::LoadOptions,
    format: Format,
) -> u8 {
    let json = format.is_machine();
    let mut out = machine::Output::new(machine::Command::Explain);
    let mut packs = Packs::default();
    let ev = match score(path, spec, opts, &mut packs) {
        Ok(ev) => ev,
        Err(d) => {
            output::diagnostics(&d.0);
            if json {
                out.results
                    .push(machine::Entry::Failure(machine::FailureView {
                        file: path.display().to_string(),
                        pack: None,
                        diagnostics: machine::diagnostics(&d.0),
                    }));
                output::print_json(&out, format.lines());
            }
            return EXIT_INVALID;
        }
    };
    let items = match item {
        Some(key) => {
            let found = ev.find_items(key);
            if found.is_empty() {
                let names: Vec<String> = ev.items.iter().map(|i| i.path_str()).collect();
                let d = [
                    Diagnostic::error("jixiao::explain::no_item", text::no_such_item(key))
                        .help(text::item_list(&names)),
                ];
                output::diagnostics(&d);
                if json {
                    out.diagnose(&d);
                    output::print_json(&out, format.lines());
                }
                return EXIT_INVALID;
            }
            found
        }
        None => ev.items.iter().collect(),
    };
    let reports = explain(&ev, &items, item.is_some());
    if json {
        let e = machine::explanation(&ev, &items, &reports);
        out.results.push(machine::Entry::Explanation(Box::new(e)));
        return match output::print_json(&out, format.lines()) {
            true => EXIT_OK,
            false => EXIT_INVALID,
        };
    }
    let style = output::style(std::io::stdout().is_terminal());
    let mut out = render_all(&reports, style);
    if reports.is_empty() {
        out.push_str(text::NOTHING_DEDUCTED);
        out.push('\n');
    }
    out.push_str(&match ev.is_partial() {
        true => crate::render::table::result_line(&ev, None),
        false => text::explain_summary(ev.total, ev.max_total, &ev.grade),
    });
    out.push('\n');
    output::print(&out);
    EXIT_OK
}
