//! Writing to the terminal: diagnostics to stderr, results to stdout, colour only on a TTY.

use crate::diag::Diagnostic;
use crate::render::human::{render_all, Style};
use std::io::{IsTerminal, Write};

/// The style for a stream: colour on a terminal (unless NO_COLOR), plain otherwise.
pub fn style(terminal: bool) -> Style {
    if terminal && std::env::var_os("NO_COLOR").is_none() {
        Style {
            color: true,
            width: 100,
        }
    } else {
        Style::PLAIN
    }
}

/// Prints diagnostics to stderr.
pub fn diagnostics(ds: &[Diagnostic]) {
    if ds.is_empty() {
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(
        err,
        "{}",
        render_all(ds, style(std::io::stderr().is_terminal()))
    );
}

/// Prints text to stdout; a closed pipe is not an error worth a panic.
pub fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

/// A one-line notice on stderr.
pub fn notice(s: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{s}");
}
