//! `jixiao check` and `jixiao policies`.

use super::output;
use super::{Format, EXIT_INVALID, EXIT_OK};
use crate::policy::{self, PackFiles};
use crate::render::json as machine;
use crate::text;

fn check_one(files: &PackFiles, json: Option<&mut machine::Output>) -> bool {
    let loaded = policy::load(files).and_then(|p| {
        // Calls the sandbox refuses at run time are errors here already.
        p.scripts.unavailable_calls().into_result(())?;
        Ok(p)
    });
    if let Some(out) = json {
        let view = machine::check(files, loaded.as_ref());
        match &loaded {
            Ok(p) => output::diagnostics(&p.warnings),
            Err(d) => output::diagnostics(&d.0),
        }
        out.results.push(machine::Entry::Check(view));
        return loaded.is_ok();
    }
    match loaded {
        Ok(p) => {
            output::diagnostics(&p.warnings);
            output::print(&format!(
                "{}\n",
                text::check_ok(&p.id.value, &p.origin, p.items().len(), p.warnings.len())
            ));
            true
        }
        Err(d) => {
            output::diagnostics(&d.0);
            output::print(&format!(
                "{}\n",
                text::check_failed(&files.origin(), d.0.len())
            ));
            false
        }
    }
}

/// Runs `check`; with no arguments every available pack is checked.
pub fn run(specs: &[String], format: Format) -> u8 {
    let mut out = format
        .is_machine()
        .then(|| machine::Output::new(machine::Command::Check));
    let targets: Vec<Result<PackFiles, crate::diag::Diags>> = if specs.is_empty() {
        policy::candidates().into_iter().map(Ok).collect()
    } else {
        specs.iter().map(|s| policy::resolve(s)).collect()
    };
    let mut ok = true;
    for t in targets {
        match t {
            Ok(files) => ok &= check_one(&files, out.as_mut()),
            Err(d) => {
                output::diagnostics(&d.0);
                if let Some(out) = out.as_mut() {
                    out.diagnose(&d.0);
                }
                ok = false;
            }
        }
    }
    if let Some(out) = &out {
        ok &= output::print_json(out, format.lines());
    }
    if ok {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

/// Runs `policies`: one line per available pack (or one result each in JSON).
pub fn list(format: Format) -> u8 {
    if format.is_machine() {
        let mut out = machine::Output::new(machine::Command::Policies);
        out.results = policy::available()
            .iter()
            .map(|p| machine::Entry::Pack(machine::listed(p)))
            .collect();
        return if output::print_json(&out, format.lines()) {
            EXIT_OK
        } else {
            EXIT_INVALID
        };
    }
    let mut out = String::new();
    for p in policy::available() {
        out.push_str(&text::policy_listing(
            &p.id,
            &p.title,
            p.place(),
            p.year,
            &p.files.origin(),
        ));
        out.push('\n');
    }
    output::print(&out);
    EXIT_OK
}
