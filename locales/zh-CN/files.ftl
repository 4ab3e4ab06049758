# A file that is not a regular file (kind in words: 目录, 命名管道（FIFO）…).
not-regular = 这不是普通文件，而是{ $kind }；只读取普通文件
# A pack or rules file that resolves (through a symbolic link) outside its directory.
outside-dir = 此文件经符号链接指向 { $resolved }，不在目录 { $dir } 之内；政策包与规则库只读取其目录内的文件
# Label on the first undecodable byte.
not-utf8-here = 此处的字节不是 UTF-8；请把文件另存为 UTF-8 编码
# Kind names of non-regular files.
kind-directory = 目录
# A FIFO.
kind-fifo = 命名管道（FIFO）
# A character device.
kind-char-device = 字符设备
# A block device.
kind-block-device = 块设备
# A socket.
kind-socket = 套接字
# A symbolic link.
kind-symlink = 符号链接
# Anything else.
kind-other = 特殊文件
# An output target that exists and is not a regular file.
output-not-regular = 已存在，且是{ $kind }而不是普通文件；输出只写普通文件，不会替换它
# A case's `project:` that is not a YAML file.
case-project-not-yaml = 用例的项目文件须是 .yaml 或 .yml 文件
# Standard output could not be written (disk full, device error).
stdout-failed = 无法写入标准输出：{ $err }；输出不完整
# A diagnostic's quoted line was cut: its full length in characters.
line-cut = …（此行共 { $chars } 字符）
# ENOSPC in words.
no-space = 设备上没有空间（磁盘已满）
# A file larger than the cap.
too-large = 文件过大（{ $size } 字节），超过上限 { $cap } 字节（{ $mib } MiB）
# Invalid UTF-8 at a position.
not-utf8 = 不是 UTF-8 编码的文本：第 { $line } 行第 { $column } 列的字节 { $byte } 无法解码
