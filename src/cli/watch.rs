//! `jixiao watch`: redraw in a terminal, append otherwise; Ctrl-C ends with exit code 0.

use super::output;
use super::{EXIT_INVALID, EXIT_OK};
use crate::diag::Diagnostic;
use crate::policy::{self, PackFiles};
use crate::render::watch::{outcome, state};
use crate::text;
use crate::watch::{run as watch, Session};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Runs `watch`; returns the exit code.
pub fn run(paths: &[PathBuf], spec: &str, gate: bool) -> u8 {
    let pack = match policy::resolve(spec) {
        Ok(PackFiles::Disk(dir)) => dir,
        Ok(PackFiles::Embedded(id)) => {
            output::diagnostics(&[Diagnostic::error(
                "jixiao::watch",
                text::watch_embedded(&id),
            )]);
            return EXIT_INVALID;
        }
        Err(d) => {
            output::diagnostics(&d.0);
            return EXIT_INVALID;
        }
    };
    let mut session = match Session::start(&pack, paths, gate) {
        Ok(s) => s,
        Err(d) => {
            output::diagnostics(&d.0);
            return EXIT_INVALID;
        }
    };
    let tty = std::io::stdout().is_terminal();
    let style = output::style(tty);
    let result = watch(&mut session, |s, o| {
        let body = o.map(|o| outcome(s, o, style)).unwrap_or_default();
        if tty {
            output::clear_screen();
            output::print(&format!("{}\n{body}\n{}\n", state(s, style), text::WAITING));
        } else {
            let head = if o.is_none() {
                state(s, style)
            } else {
                String::new()
            };
            output::print(&format!("{head}{body}{}\n", text::WAITING));
        }
    });
    match result {
        Ok(()) => EXIT_OK,
        Err(d) => {
            output::diagnostics(&d.0);
            EXIT_INVALID
        }
    }
}
