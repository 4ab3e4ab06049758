//! Messages of safe file access: refused files, size caps, bad UTF-8, output that cannot be written.

use crate::text::Msg;
/// A file that is not a regular file (kind in words: 目录, 命名管道（FIFO）…).
pub fn not_regular(kind: &str) -> String {
    crate::t!("not-regular", kind = kind)
}

/// A file larger than the cap.
pub fn too_large(size: u64, cap: u64) -> String {
    crate::t!(
        "too-large",
        size = size.to_string(),
        cap = cap.to_string(),
        mib = (cap >> 20).to_string()
    )
}

/// A pack or rules file that resolves (through a symbolic link) outside its directory.
pub fn outside_dir(resolved: &str, dir: &str) -> String {
    crate::t!("outside-dir", resolved = resolved, dir = dir)
}

/// Invalid UTF-8 at a position.
pub fn not_utf8(line: usize, column: usize, byte: u8) -> String {
    crate::t!(
        "not-utf8",
        line = line,
        column = column,
        byte = format!("0x{byte:02X}")
    )
}

/// Label on the first undecodable byte.
pub const NOT_UTF8_HERE: Msg = Msg("not-utf8-here");

/// Kind names of non-regular files.
pub const KIND_DIRECTORY: Msg = Msg("kind-directory");
/// A FIFO.
pub const KIND_FIFO: Msg = Msg("kind-fifo");
/// A character device.
pub const KIND_CHAR_DEVICE: Msg = Msg("kind-char-device");
/// A block device.
pub const KIND_BLOCK_DEVICE: Msg = Msg("kind-block-device");
/// A socket.
pub const KIND_SOCKET: Msg = Msg("kind-socket");
/// A symbolic link.
pub const KIND_SYMLINK: Msg = Msg("kind-symlink");
/// Anything else.
pub const KIND_OTHER: Msg = Msg("kind-other");

/// An output target that exists and is not a regular file.
pub fn output_not_regular(kind: &str) -> String {
    crate::t!("output-not-regular", kind = kind)
}

/// A case's `project:` that is not a YAML file.
pub const CASE_PROJECT_NOT_YAML: Msg = Msg("case-project-not-yaml");

/// Standard output could not be written (disk full, device error).
pub fn stdout_failed(err: &str) -> String {
    crate::t!("stdout-failed", err = err)
}

/// A diagnostic's quoted line was cut: its full length in characters.
pub fn line_cut(chars: usize) -> String {
    crate::t!("line-cut", chars = chars)
}

/// ENOSPC in words.
pub const NO_SPACE: Msg = Msg("no-space");
