//! Text helpers of the layout lookups: numbering, trailing notes, label lengths, `*` patterns.

/// Removes leading numbering: `四、`, `1.`, `2、`, `(一)`.
pub fn strip_numbering(s: &str) -> &str {
    let t =
        s.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit());
    if t.len() != s.len() {
        if let Some(r) = t.strip_prefix('、').or_else(|| t.strip_prefix('.')) {
            return r;
        }
    }
    s
}

/// Removes trailing `(…)` notes from a normalised header: `执行率(B/A)` → `执行率`.
pub fn strip_notes(n: &str) -> &str {
    let mut s = n;
    while s.ends_with(')') {
        match s.rfind('(') {
            Some(at) if at > 0 => s = &s[..at],
            _ => break,
        }
    }
    s
}

/// Byte length of the prefix of `original` holding `chars` non-space characters, plus a
/// parenthesised note, colon and spaces right after it.
pub(super) fn label_len(original: &str, chars: usize) -> usize {
    let mut seen = 0;
    let mut end = 0;
    let mut paren = false;
    for (i, c) in original.char_indices() {
        if seen == chars {
            if paren || (end == i && (c == '(' || c == '（') && original[i..].contains([')', '）']))
            {
                paren = !(c == ')' || c == '）');
                end = i.saturating_add(c.len_utf8());
                continue;
            }
            if c.is_whitespace() || c == ':' || c == '：' {
                end = i.saturating_add(c.len_utf8());
                continue;
            }
            break;
        }
        if !c.is_whitespace() {
            seen = seen.saturating_add(1);
        }
        end = i.saturating_add(c.len_utf8());
    }
    end
}

/// `*` matches any text.
pub(super) fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, p) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(p) else {
                return false;
            };
            rest = r;
        } else if i.saturating_add(1) == parts.len() {
            return rest.ends_with(p);
        } else if let Some(at) = rest.find(p) {
            rest = &rest[at.saturating_add(p.len())..];
        } else {
            return false;
        }
    }
    true
}
