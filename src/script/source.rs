//! Cutting a function's source out of a script, for diffs and comparisons.

/// The text of `fn name(…) { … }` starting at byte `start` of `text`: up to the brace that
/// closes the body, skipping braces inside strings and comments.
pub fn function_text(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let mut depth = 0usize;
    let mut chars = rest.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '`' | '\'') => quote = Some(c),
            (None, '/') if chars.peek().map(|(_, n)| *n) == Some('/') => {
                for (_, n) in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            (None, '{') => depth = depth.saturating_add(1),
            (None, '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return rest.get(..i.saturating_add(1)).unwrap_or(rest);
                }
            }
            _ => {}
        }
    }
    rest
}

/// Identifiers followed by `(` in a script text: the functions it may call.
pub fn calls(src: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let mut word = String::new();
    for c in src.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            if c == '(' && !word.is_empty() {
                out.insert(word.clone());
            }
            word.clear();
        }
    }
    out
}

/// The parameter names a script text reads with `param("…")`.
pub fn params_named(src: &str) -> Vec<String> {
    src.match_indices("param(\"")
        .filter_map(|(i, m)| {
            let rest = src.get(i.saturating_add(m.len())..)?;
            rest.find('"')
                .and_then(|end| rest.get(..end))
                .map(str::to_string)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::function_text;

    #[test]
    fn stops_at_the_closing_brace() {
        let src = "fn a(x) {\n  let s = `}${x}{`; // }\n  if x { 1 } else { 2 }\n}\nfn b() {}\n";
        assert_eq!(
            function_text(src, 0),
            "fn a(x) {\n  let s = `}${x}{`; // }\n  if x { 1 } else { 2 }\n}"
        );
    }
}
