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
            (None, '{') => depth += 1,
            (None, '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &rest[..i + 1];
                }
            }
            _ => {}
        }
    }
    rest
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
