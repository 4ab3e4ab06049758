//! Writing safely: a random exclusive temporary file beside the target, the old mode kept,
//! fsync and rename; temporary files removed on Ctrl-C, SIGTERM and SIGHUP.

use super::*;

/// Temporary files being written now; removed by the interrupt handler.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static HANDLER: Once = Once::new();

/// Installs (once) a Ctrl-C / SIGTERM / SIGHUP handler that removes the live temporary files
/// and exits. Another handler already installed (by `watch`) is left in place.
fn guard_interrupts() {
    HANDLER.call_once(|| {
        let _ = ctrlc::try_set_handler(|| {
            // Held until exit: no write can start or finish while we clean up.
            let live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
            for p in live.iter() {
                if p.is_dir() {
                    let _ = std::fs::remove_dir_all(p);
                } else {
                    let _ = std::fs::remove_file(p);
                }
            }
            std::process::exit(EXIT_INTERRUPTED);
        });
    });
}

fn lock_live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|p| p.into_inner())
}

/// Writes `bytes` to `path` atomically: an existing target must be a regular file (a device,
/// FIFO, directory or symbolic link is refused); the data goes to a new temporary file with a
/// random name beside it (created exclusively), keeps the target's mode and owner, is synced,
/// and renamed into place. A failed or interrupted write leaves the old file and no temporary.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let old = match std::fs::symlink_metadata(path) {
        Ok(m) => {
            if let Some(kind) = irregular_kind(&m) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    text::output_not_regular(&kind.to_string()),
                ));
            }
            Some(m)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "out".to_string(), |n| n.to_string_lossy().into_owned());
    guard_interrupts();
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{name}.");
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets the usual 0666 minus umask; an existing one keeps its mode below.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = {
        let mut live = lock_live();
        let tmp = builder.tempfile_in(dir)?;
        live.push(tmp.path().to_path_buf());
        tmp
    };
    let tmp_path = tmp.path().to_path_buf();
    let result = fill(tmp.as_file(), bytes, old.as_ref()).and_then(|()| {
        let mut live = lock_live();
        live.retain(|p| p != &tmp_path);
        tmp.persist(path).map(|_| ()).map_err(|e| e.error)
    });
    lock_live().retain(|p| p != &tmp_path);
    result
}

/// A new directory with a random name under `dir` (created exclusively), for building a tree
/// that [`persist_dir`] then renames into place; removed if dropped or interrupted.
pub fn staging_dir(dir: &Path, prefix: &str) -> std::io::Result<tempfile::TempDir> {
    guard_interrupts();
    let mut live = lock_live();
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The finished directory gets the usual 0777 minus umask, not a temporary's 0700.
        builder.permissions(std::fs::Permissions::from_mode(0o777));
    }
    let tmp = builder.tempdir_in(dir)?;
    live.push(tmp.path().to_path_buf());
    Ok(tmp)
}

/// Renames a staging directory to `dest`; on failure the staging directory is removed.
pub fn persist_dir(tmp: tempfile::TempDir, dest: &Path) -> std::io::Result<()> {
    let mut live = lock_live();
    live.retain(|p| p != tmp.path());
    std::fs::rename(tmp.path(), dest)?;
    let _ = tmp.keep();
    Ok(())
}

fn fill(file: &File, bytes: &[u8], old: Option<&Metadata>) -> std::io::Result<()> {
    if let Some(old) = old {
        file.set_permissions(old.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Only root may give a file away; for others the owner already matches.
            let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
        }
    }
    let mut w = file;
    w.write_all(bytes)?;
    w.sync_all()
}
