# Machine output (--format json).
json-failed = Cannot produce the JSON output: { $why }
