//! Writing to the terminal: diagnostics to stderr, results to stdout, colour only on a TTY.
//! Everything passes `render::sanitize` on the way out, so text from project and pack files
//! cannot drive the terminal. A failed write to stdout ends the run with exit code 2.

use super::EXIT_INVALID;
use crate::diag::Diagnostic;
use crate::render::human::{render_all, Style};
use crate::render::sanitize;
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
    let st = style(std::io::stderr().is_terminal());
    let text = render_all(ds, st);
    let _ = std::io::stderr()
        .lock()
        .write_all(sanitize::for_output(&text, st.color).as_bytes());
}

/// Prints text for people to stdout (tables, reports, explanations); our colours are kept,
/// anything else that would act on a terminal is shown as a visible symbol.
pub fn print(s: &str) {
    let colour = style(std::io::stdout().is_terminal()).color;
    write_stdout(sanitize::for_output(s, colour).as_bytes());
}

/// Prints data (JSON, YAML) to stdout unchanged — its format escapes what it must — except on
/// a terminal, where it is cleaned like text.
pub fn print_data(s: &str) {
    if std::io::stdout().is_terminal() {
        write_stdout(sanitize::clean(s).as_bytes());
    } else {
        write_stdout(s.as_bytes());
    }
}

/// A machine output as JSON (or JSON Lines); `None`, after saying why on stderr, when it cannot
/// be serialised.
pub fn json_text(out: &crate::render::json::Output, lines: bool) -> Option<String> {
    let s = if lines { out.to_jsonl() } else { out.to_json() };
    match s {
        Ok(s) => Some(s),
        Err(e) => {
            diagnostics(&[Diagnostic::error(
                "jixiao::json",
                crate::text::json_failed(&e.to_string()),
            )]);
            None
        }
    }
}

/// Prints a machine output to stdout; false when it could not be serialised.
pub fn print_json(out: &crate::render::json::Output, lines: bool) -> bool {
    match json_text(out, lines) {
        Some(s) => {
            print_data(&s);
            true
        }
        None => false,
    }
}

/// Clears the terminal and moves the cursor home (only when stdout is a terminal).
pub fn clear_screen() {
    if std::io::stdout().is_terminal() {
        write_stdout(b"\x1b[2J\x1b[H");
    }
}

/// Writes to stdout. A closed pipe (`| head`) ends the run quietly with exit code 2; any other
/// failure (a full disk, `>/dev/full`) says so in Chinese and exits with 2: output that did
/// not arrive must not look like success.
fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let result = out.write_all(bytes).and_then(|()| out.flush());
    if let Err(e) = result {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let why = if e.raw_os_error() == Some(libc::ENOSPC) {
                crate::text::NO_SPACE.to_string()
            } else {
                crate::text::io_error(&e)
            };
            notice(&crate::text::stdout_failed(&why));
        }
        std::process::exit(i32::from(EXIT_INVALID));
    }
}

/// A one-line notice on stderr.
pub fn notice(s: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", sanitize::clean(s));
}
