//! Messages of safe file access: refused files, size caps, bad UTF-8, output that cannot be written.

/// A file that is not a regular file (kind in words: 目录, 命名管道（FIFO）…).
pub fn not_regular(kind: &str) -> String {
    format!("这不是普通文件，而是{kind}；只读取普通文件")
}

/// A file larger than the cap.
pub fn too_large(size: u64, cap: u64) -> String {
    format!(
        "文件过大（{} 字节），超过上限 {} 字节（{} MiB）",
        size,
        cap,
        cap >> 20
    )
}

/// A pack or rules file that resolves (through a symbolic link) outside its directory.
pub fn outside_dir(resolved: &str, dir: &str) -> String {
    format!(
        "此文件经符号链接指向 {resolved}，不在目录 {dir} 之内；政策包与规则库只读取其目录内的文件"
    )
}

/// Invalid UTF-8 at a position.
pub fn not_utf8(line: usize, column: usize, byte: u8) -> String {
    format!("不是 UTF-8 编码的文本：第 {line} 行第 {column} 列的字节 0x{byte:02X} 无法解码")
}

/// Label on the first undecodable byte.
pub const NOT_UTF8_HERE: &str = "此处的字节不是 UTF-8；请把文件另存为 UTF-8 编码";

/// Kind names of non-regular files.
pub const KIND_DIRECTORY: &str = "目录";
/// A FIFO.
pub const KIND_FIFO: &str = "命名管道（FIFO）";
/// A character device.
pub const KIND_CHAR_DEVICE: &str = "字符设备";
/// A block device.
pub const KIND_BLOCK_DEVICE: &str = "块设备";
/// A socket.
pub const KIND_SOCKET: &str = "套接字";
/// A symbolic link.
pub const KIND_SYMLINK: &str = "符号链接";
/// Anything else.
pub const KIND_OTHER: &str = "特殊文件";

/// An output target that exists and is not a regular file.
pub fn output_not_regular(kind: &str) -> String {
    format!("已存在，且是{kind}而不是普通文件；输出只写普通文件，不会替换它")
}

/// A case's `project:` that is not a YAML file.
pub const CASE_PROJECT_NOT_YAML: &str = "用例的项目文件须是 .yaml 或 .yml 文件";

/// Standard output could not be written (disk full, device error).
pub fn stdout_failed(err: &str) -> String {
    format!("无法写入标准输出：{err}；输出不完整")
}

/// A diagnostic's quoted line was cut: its full length in characters.
pub fn line_cut(chars: usize) -> String {
    format!("…（此行共 {chars} 字符）")
}

/// ENOSPC in words.
pub const NO_SPACE: &str = "设备上没有空间（磁盘已满）";
