# Messages of safe file access: refused files, size caps, bad UTF-8, output that cannot be written.
not-regular = this is not a regular file but a { $kind }; only regular files are read
outside-dir = this file leads through a symbolic link to { $resolved }, outside the directory { $dir }; packs and the rule library only read files inside their directory
not-utf8-here = this byte is not UTF-8; save the file as UTF-8
kind-directory = directory
kind-fifo = named pipe (FIFO)
kind-char-device = character device
kind-block-device = block device
kind-socket = socket
kind-symlink = symbolic link
kind-other = special file
output-not-regular = exists and is a { $kind }, not a regular file; output is only written to regular files, it is not replaced
case-project-not-yaml = a case's project file must be a .yaml or .yml file
stdout-failed = cannot write standard output: { $err }; the output is incomplete
line-cut = … (the line has { $chars } characters)
no-space = no space left on the device (disk full)
too-large = file too large ({ $size } bytes), over the limit of { $cap } bytes ({ $mib } MiB)
not-utf8 = not UTF-8 text: byte { $byte } at line { $line }, column { $column } cannot be decoded
