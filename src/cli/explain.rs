//! `jixiao explain`: one report per deduction, pointing into the rules and the project.

use super::evaluate::{score, Packs};
use super::output;
use super::{EXIT_INVALID, EXIT_OK};
use crate::diag::Diagnostic;
use crate::render::explain::explain;
use crate::render::human::render_all;
use crate::text;
use std::io::IsTerminal;
use std::path::Path;

/// Runs `explain`; returns the exit code.
pub fn run(
    path: &Path,
    spec: Option<&str>,
    item: Option<&str>,
    opts: crate::input::LoadOptions,
) -> u8 {
    let mut packs = Packs::default();
    let ev = match score(path, spec, opts, &mut packs) {
        Ok(ev) => ev,
        Err(d) => {
            output::diagnostics(&d.0);
            return EXIT_INVALID;
        }
    };
    let items = match item {
        Some(key) => {
            let found = ev.find_items(key);
            if found.is_empty() {
                let names: Vec<String> = ev.items.iter().map(|i| i.path_str()).collect();
                output::diagnostics(&[Diagnostic::error(
                    "jixiao::explain::no_item",
                    text::no_such_item(key),
                )
                .help(text::item_list(&names))]);
                return EXIT_INVALID;
            }
            found
        }
        None => ev.items.iter().collect(),
    };
    let reports = explain(&ev, &items, item.is_some());
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
