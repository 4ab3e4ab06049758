# 机器输出（--format json）。
json-failed = 无法生成 JSON 输出：{ $why }
