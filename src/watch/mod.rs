//! `jixiao watch`: edit rules or projects and see at once what moved. Directories are
//! watched (editors save by rename), events are debounced, a broken edit leaves the last
//! good pack in force.

mod changes;
mod moved;
mod session;

pub use changes::Plan;
pub use moved::{Moved, MovedRow, Standing, Why};
pub use session::{GateFailure, Outcome, Session};

use crate::diag::{Diagnostic, Diags};
use crate::text;
use notify_debouncer_full::notify::event::ModifyKind;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long the debouncer waits for an editor to finish saving.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Editor droppings that are never a real change: backups, swap files, vim's probe file.
pub fn ignored(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913"
        || name.starts_with(".~")
}

/// Creations, content or name changes and removals; not reads or metadata touches.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(m) => !matches!(m, ModifyKind::Metadata(_)),
        _ => false,
    }
}

enum Msg {
    Files(Vec<PathBuf>),
    Stop,
}

/// Watches until Ctrl-C; `show` receives the first state and every outcome.
pub fn run(
    session: &mut Session,
    mut show: impl FnMut(&Session, Option<&Outcome>),
) -> Result<(), Diags> {
    let fail = |e: String| Diags::from(Diagnostic::error("jixiao::watch", text::watch_failed(&e)));
    let (tx, rx) = mpsc::channel::<Msg>();
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Msg::Stop);
    })
    .map_err(|e| fail(e.to_string()))?;
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |res: DebounceEventResult| {
        if let Ok(events) = res {
            // Reads (our own reloads included) raise access events; only real changes count.
            let changes = events.iter().filter(|e| is_change(&e.event.kind));
            let paths: Vec<PathBuf> = changes
                .flat_map(|e| e.event.paths.iter().cloned())
                .filter(|p| !ignored(p))
                .collect();
            if !paths.is_empty() {
                let _ = tx.send(Msg::Files(paths));
            }
        }
    })
    .map_err(|e| fail(e.to_string()))?;
    for (dir, recursive) in session.watch_dirs() {
        let mode = if recursive {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        debouncer
            .watch(&dir, mode)
            .map_err(|e| fail(format!("{}: {e}", dir.display())))?;
    }
    show(session, None);
    while let Ok(msg) = rx.recv() {
        match msg {
            Msg::Stop => break,
            Msg::Files(mut paths) => {
                paths.sort();
                paths.dedup();
                let outcome = session.apply(&paths);
                if !matches!(outcome, Outcome::Nothing) {
                    show(session, Some(&outcome));
                }
            }
        }
    }
    debouncer.stop();
    Ok(())
}
