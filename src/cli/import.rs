//! `jixiao import`: read a form (text export or xlsx) and write the YAML project file.

use super::output;
use super::{EXIT_INVALID, EXIT_OK};
use crate::diag::Diagnostic;
use crate::import;
use crate::project::write;
use crate::text;
use std::path::Path;

/// Runs `import`; returns the exit code.
pub fn run(form: &Path, out: Option<&Path>, opts: &import::Options) -> u8 {
    let imported = match import::import_with(form, opts) {
        Ok(i) => i,
        Err(d) => {
            output::diagnostics(&d.0);
            return EXIT_INVALID;
        }
    };
    let p = &imported.project;
    output::notice(&imported.layout);
    output::diagnostics(&p.warnings);
    let yaml = format!(
        "# {}\n{}",
        imported.layout,
        write::to_yaml(p, &imported.inferences)
    );
    let Some(out) = out else {
        output::print_data(&yaml);
        return EXIT_OK;
    };
    let shown = out.display().to_string();
    if let Err(e) = crate::fsx::write_atomic(out, yaml.as_bytes()) {
        output::diagnostics(&[Diagnostic::error(
            "jixiao::io",
            text::cannot_write(&shown, &text::io_error(&e)),
        )]);
        return EXIT_INVALID;
    }
    let items = p.scorecard.as_ref().map_or(0, |c| c.items.len());
    output::notice(&text::import_written(
        &shown,
        p.indicators.len(),
        items,
        imported.inferences.len(),
        p.warnings.len(),
    ));
    EXIT_OK
}
