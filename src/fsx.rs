//! Safe file access: reads take regular files only, size-capped, never blocking on open; pack
//! and rules files must stay inside their directory after symbolic links are resolved; writes
//! go to a fresh temporary file that is renamed into place, and are cleaned up on Ctrl-C.

use crate::diag::Diagnostic;
use crate::source::{SourceFile, Span};
use crate::text;
use std::fmt;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Once};

/// Size cap of a pack file (policy.yaml, scripts, cases) and a rules library file: 4 MiB.
pub const PACK_FILE_CAP: u64 = 4 << 20;
/// Size cap of a project file or form named on the command line: 64 MiB.
pub const INPUT_FILE_CAP: u64 = 64 << 20;
/// Exit code when a run is interrupted (Ctrl-C, SIGTERM, SIGHUP) during a write.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Why a file was refused; carried inside `std::io::Error` so callers keep their signatures.
#[derive(Debug)]
pub enum FileError {
    /// Not a regular file: a directory, FIFO, device, socket (kind in words).
    NotRegular(text::Msg),
    /// Larger than the cap.
    TooLarge {
        /// Size in bytes (at least `cap + 1`).
        size: u64,
        /// The cap in bytes.
        cap: u64,
    },
    /// Resolves outside the directory it must stay in.
    Outside {
        /// Where the path leads.
        resolved: PathBuf,
        /// The directory it must stay in.
        dir: PathBuf,
    },
    /// Not UTF-8: the file as far as it decodes (lossy) and the first bad byte.
    NotUtf8 {
        /// The text, undecodable bytes replaced by U+FFFD.
        lossy: String,
        /// Byte offset of the first bad byte (same in `lossy`).
        offset: usize,
        /// 1-based line and character column of that byte.
        line: usize,
        /// 1-based character column.
        column: usize,
        /// The byte itself.
        byte: u8,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            FileError::NotRegular(kind) => text::not_regular(&kind.to_string()),
            FileError::TooLarge { size, cap } => text::too_large(*size, *cap),
            FileError::Outside { resolved, dir } => {
                text::outside_dir(&resolved.display().to_string(), &dir.display().to_string())
            }
            FileError::NotUtf8 {
                line, column, byte, ..
            } => text::not_utf8(*line, *column, *byte),
        };
        f.write_str(&s)
    }
}

impl std::error::Error for FileError {}

fn refuse(e: FileError) -> std::io::Error {
    let kind = match e {
        FileError::NotUtf8 { .. } => std::io::ErrorKind::InvalidData,
        FileError::Outside { .. } => std::io::ErrorKind::PermissionDenied,
        _ => std::io::ErrorKind::Unsupported,
    };
    std::io::Error::new(kind, e)
}

/// The kind of a file that is not regular, in words; `None` for a regular file.
pub fn irregular_kind(meta: &Metadata) -> Option<text::Msg> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(text::KIND_FIFO);
        }
        if t.is_char_device() {
            return Some(text::KIND_CHAR_DEVICE);
        }
        if t.is_block_device() {
            return Some(text::KIND_BLOCK_DEVICE);
        }
        if t.is_socket() {
            return Some(text::KIND_SOCKET);
        }
    }
    Some(if t.is_dir() {
        text::KIND_DIRECTORY
    } else if t.is_symlink() {
        text::KIND_SYMLINK
    } else {
        text::KIND_OTHER
    })
}

fn regular(meta: &Metadata, cap: u64) -> std::io::Result<()> {
    if let Some(kind) = irregular_kind(meta) {
        return Err(refuse(FileError::NotRegular(kind)));
    }
    if meta.len() > cap {
        return Err(refuse(FileError::TooLarge {
            size: meta.len(),
            cap,
        }));
    }
    Ok(())
}

/// Reads a regular file (symbolic links followed) of at most `cap` bytes. The type is checked
/// before opening and again on the open file, which is opened non-blocking, so a FIFO or a
/// device is refused and never waited on.
pub fn read_regular(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    regular(&std::fs::metadata(path)?, cap)?;
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path)?;
    let meta = file.metadata()?;
    regular(&meta, cap)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(refuse(FileError::TooLarge {
            size: bytes.len() as u64,
            cap,
        }));
    }
    Ok(bytes)
}

/// Bytes as UTF-8 text; the error names the line and column of the first bad byte.
pub fn decode(bytes: Vec<u8>) -> std::io::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let good = String::from_utf8_lossy(bytes.get(..offset).unwrap_or_default());
        let line = good.matches('\n').count().saturating_add(1);
        let column = good
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count()
            .saturating_add(1);
        refuse(FileError::NotUtf8 {
            lossy: String::from_utf8_lossy(&bytes).into_owned(),
            offset,
            line,
            column,
            byte: bytes.get(offset).copied().unwrap_or_default(),
        })
    })
}

/// Reads a regular UTF-8 text file of at most `cap` bytes, shown under the name `shown`.
pub fn read_text(path: &Path, shown: &str, cap: u64) -> std::io::Result<Arc<SourceFile>> {
    let text = decode(read_regular(path, cap)?)?;
    Ok(SourceFile::new(shown, text))
}

/// Reads `dir/rel` as text, refusing it unless it resolves (symbolic links included) to a
/// regular file inside `dir`.
pub fn read_within(
    dir: &Path,
    rel: &Path,
    shown: &str,
    cap: u64,
) -> std::io::Result<Arc<SourceFile>> {
    let root = std::fs::canonicalize(dir)?;
    let resolved = std::fs::canonicalize(dir.join(rel))?;
    if !resolved.starts_with(&root) || resolved == root {
        return Err(refuse(FileError::Outside {
            resolved,
            dir: root,
        }));
    }
    read_text(&resolved, shown, cap)
}

/// An I/O error about one file of a set (a rules library file), so the message names it.
#[derive(Debug)]
pub struct InFile {
    /// The file, as shown.
    pub file: String,
    /// What went wrong.
    pub error: std::io::Error,
}

impl fmt::Display for InFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.file, text::io_error(&self.error))
    }
}

impl std::error::Error for InFile {}

/// Wraps an error about file `shown` so that its message names the file.
pub fn in_file(shown: &str, error: std::io::Error) -> std::io::Error {
    std::io::Error::new(
        error.kind(),
        InFile {
            file: shown.to_string(),
            error,
        },
    )
}

/// The refused-file reason inside an I/O error, if it is one of ours.
pub fn file_error(e: &std::io::Error) -> Option<&FileError> {
    e.get_ref().and_then(|r| r.downcast_ref::<FileError>())
}

/// The diagnostic for a file that could not be read; bad UTF-8 is labelled at its byte.
pub fn read_diagnostic(code: &'static str, shown: &str, e: &std::io::Error) -> Diagnostic {
    if let Some(inner) = e.get_ref().and_then(|r| r.downcast_ref::<InFile>()) {
        return read_diagnostic(code, &inner.file, &inner.error);
    }
    let d = Diagnostic::error(code, text::cannot_read(shown, &text::io_error(e)));
    match file_error(e) {
        Some(FileError::NotUtf8 { lossy, offset, .. }) => {
            let file = SourceFile::new(shown, lossy.as_str());
            let len = lossy[*offset..].chars().next().map_or(0, char::len_utf8);
            d.at(&Span::new(&file, *offset, len), text::NOT_UTF8_HERE)
        }
        _ => d,
    }
}

// ── writing ─────────────────────────────────────────────────────────────────

mod write;
pub use write::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_line_and_column_of_the_bad_byte() {
        let e = decode(b"a: 1\nb: \xe4\xb8\xad\xff\n".to_vec()).unwrap_err();
        match file_error(&e) {
            Some(FileError::NotUtf8 {
                line,
                column,
                byte,
                offset,
                ..
            }) => assert_eq!((*line, *column, *byte, *offset), (2, 5, 0xff, 11)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn atomic_write_replaces_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.yaml");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(
            write_atomic(dir.path(), b"x").is_err(),
            "a directory is refused"
        );
    }

    #[test]
    fn caps_are_enforced() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        std::fs::write(&p, [b'x'; 11]).unwrap();
        assert!(read_regular(&p, 11).is_ok());
        let e = read_regular(&p, 10).unwrap_err();
        assert!(matches!(file_error(&e), Some(FileError::TooLarge { .. })));
    }
}
