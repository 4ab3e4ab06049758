//! Calls a script makes, found in its text (strings and comments skipped), so `check` can refuse
//! a call to a function the sandbox does not provide (`sleep`, `timestamp`, …) at its place.

/// Words rhai reads as keywords or built-in forms, which may stand before `(`.
const KEYWORDS: [&str; 27] = [
    "if",
    "while",
    "switch",
    "for",
    "in",
    "loop",
    "do",
    "until",
    "return",
    "throw",
    "try",
    "catch",
    "let",
    "const",
    "else",
    "fn",
    "Fn",
    "call",
    "curry",
    "type_of",
    "print",
    "debug",
    "is_def_var",
    "is_def_fn",
    "is_shared",
    "this",
    "global",
];

/// True when `name` is a keyword or built-in form rather than a function.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Every `name(` (or `.name(`) in `src` that is not a definition (`fn name(`): the name and
/// its byte offset.
pub fn call_sites(src: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    let mut previous = String::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            word.get_or_insert(i);
            continue;
        }
        let current = word
            .take()
            .and_then(|start| Some((start, src.get(start..i)?)));
        if let Some((start, w)) = current {
            let rest = src.get(i..).unwrap_or("").trim_start_matches([' ', '\t']);
            let starts_like_name = w.chars().next().is_some_and(|f| !f.is_ascii_digit());
            if rest.starts_with('(') && starts_like_name && previous != "fn" {
                out.push((w.to_string(), start));
            }
            previous = w.to_string();
        }
        match c {
            '"' | '`' | '\'' => skip_quoted(&mut chars, c),
            '/' if chars.peek().map(|(_, n)| *n) == Some('/') => {
                for (_, n) in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek().map(|(_, n)| *n) == Some('*') => {
                let mut last = ' ';
                for (_, n) in chars.by_ref() {
                    if last == '*' && n == '/' {
                        break;
                    }
                    last = n;
                }
            }
            _ => {}
        }
    }
    out
}

fn skip_quoted(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, quote: char) {
    while let Some((_, c)) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if c == quote {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::call_sites;

    #[test]
    fn finds_calls_not_definitions_strings_or_comments() {
        let src =
            "fn a(x) {\n  // sleep(1)\n  let s = \"timestamp()\";\n  x.contains (1);\n  b(2)\n}\n";
        let names: Vec<String> = call_sites(src).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["contains", "b"]);
    }
}
