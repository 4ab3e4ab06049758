//! Helpers shared by the fuzz targets: the shipped packs loaded once, the whole evaluate path,
//! diagnostics rendered the way the CLI renders them, a scratch directory for file-only readers.

pub mod workbook;

use jixiao::diag::Diags;
use jixiao::policy::{PackFiles, Policy};
use jixiao::project::Project;
use jixiao::render::human::{render_all, Style};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The shipped packs the evaluate target scores under.
pub const PACKS: &[&str] = &["jinzhong-2020", "mof-2020"];

/// The embedded packs, loaded once per process.
pub fn packs() -> &'static [Arc<Policy>] {
    static P: OnceLock<Vec<Arc<Policy>>> = OnceLock::new();
    P.get_or_init(|| {
        PACKS
            .iter()
            .map(|id| {
                jixiao::policy::load(&PackFiles::Embedded(id.to_string()))
                    .map(Arc::new)
                    .unwrap_or_else(|_| panic!("shipped pack {id} loads"))
            })
            .collect()
    })
}

/// The bundled example project, parsed once.
pub fn example() -> Arc<Project> {
    static P: OnceLock<Arc<Project>> = OnceLock::new();
    Arc::clone(P.get_or_init(|| {
        let text = include_str!("../../examples/jinzhong-2020-pension-subsidy.yaml");
        let file = jixiao::source::SourceFile::new("example.yaml", text);
        Arc::new(jixiao::project::from_source(file).expect("example loads"))
    }))
}

/// Renders diagnostics exactly as the CLI does on a pipe; the output is only checked to exist.
pub fn show(d: &Diags) {
    let text = render_all(&d.0, Style::PLAIN);
    assert!(d.0.is_empty() || !text.is_empty());
}

/// Scores a project under a pack, then audits and renders it as `evaluate` and `explain` do.
pub fn score(policy: &Arc<Policy>, project: &Arc<Project>) {
    match jixiao::eval::evaluate(policy, project) {
        Ok(ev) => {
            let found = jixiao::audit::audit(&ev, Some(policy));
            let table = jixiao::render::table::report(&ev, &found);
            assert!(!table.is_empty());
            let json = jixiao::render::json::evaluation(&ev, &found);
            let _ = serde_json::to_string(&json).expect("evaluation JSON serialises");
            let _ = jixiao::render::form_audit::report(&found);
            let _ = serde_json::to_string(&jixiao::render::json::findings(&found));
            let items: Vec<_> = ev.items.iter().collect();
            let notes = jixiao::render::explain::explain(&ev, &items, false);
            let _ = render_all(&notes, Style::PLAIN);
        }
        Err(d) => {
            show(&d);
            let _ = serde_json::to_string(&jixiao::render::json::diagnostics(&d.0));
        }
    }
}

/// A per-process scratch directory (in memory when /dev/shm exists), removed at exit.
pub fn scratch() -> &'static Path {
    static D: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = D.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm)
        } else {
            tempfile::tempdir()
        }
        .expect("scratch directory");
        let path = dir.path().to_path_buf();
        (dir, path)
    });
    path
}

/// Splits `data` at the first `sep`: (before, after); no separator gives (all, "").
pub fn split<'a>(data: &'a [u8], sep: &[u8]) -> (&'a [u8], &'a [u8]) {
    match data.windows(sep.len()).position(|w| w == sep) {
        Some(i) => (&data[..i], &data[i + sep.len()..]),
        None => (data, &[]),
    }
}
