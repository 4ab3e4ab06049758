//! User text made safe to print: control characters, terminal escape sequences and bidi
//! overrides from project or pack files are shown as visible symbols instead of acting on the
//! terminal. Each unsafe character becomes exactly one visible character, so columns stay put.

use std::borrow::Cow;

/// The visible stand-in for an unsafe character; `None` when the character is safe.
/// Safe: tab, newline, and everything printable. Unsafe: other C0 controls (ESC among them,
/// shown as ␛), DEL, C1 controls, and the bidi embedding, override and isolate characters.
pub fn stand_in(c: char) -> Option<char> {
    match c {
        '\t' | '\n' => None,
        '\u{0}'..='\u{1f}' => char::from_u32((c as u32).saturating_add(0x2400)),
        '\u{7f}' => Some('␡'),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some('\u{fffd}'),
        _ => None,
    }
}

/// `s` with every unsafe character replaced by its stand-in (`\r\n` line ends are kept).
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| stand_in(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match stand_in(c) {
            Some(_) if c == '\r' && chars.peek() == Some(&'\n') => out.push(c),
            Some(v) => out.push(v),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Length in bytes of an SGR (colour) sequence `ESC [ digits ; … m` at the start of `s`.
fn sgr_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("\u{1b}[")?;
    let params = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (rest.as_bytes().get(params) == Some(&b'm')).then_some(params.saturating_add(3))
}

/// Text about to be written to a terminal or file. With `ours` (output to a colour terminal),
/// the colour sequences our renderers add (SGR) are kept; everything else unsafe is replaced
/// as in [`clean`]. Diagnostics clean user text before colouring it, so their colours are ours.
pub fn for_output(s: &str, ours: bool) -> Cow<'_, str> {
    if !ours || !s.contains('\u{1b}') {
        return clean(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\u{1b}') {
        out.push_str(&clean(&rest[..i]));
        match sgr_len(&rest[i..]) {
            Some(n) => {
                let end = i.saturating_add(n);
                out.push_str(rest.get(i..end).unwrap_or_default());
                rest = rest.get(end..).unwrap_or_default();
            }
            None => {
                out.push('␛');
                rest = rest.get(i.saturating_add(1)..).unwrap_or_default();
            }
        }
    }
    out.push_str(&clean(rest));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(clean("项目\u{1b}[2J名称"), "项目␛[2J名称");
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "a␛]0;title␇b");
        assert_eq!(clean("x\u{202e}y\u{9b}z"), "x\u{fffd}y\u{fffd}z");
        assert_eq!(clean("a\tb\r\nc\rd"), "a\tb\r\nc␍d");
        assert!(matches!(clean("普通文字\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn our_colours_survive_only_when_asked() {
        let s = "\u{1b}[2J\u{1b}[31m错\u{1b}[0m \u{1b}]0;t\u{7}";
        assert_eq!(for_output(s, true), "␛[2J\u{1b}[31m错\u{1b}[0m ␛]0;t␇");
        assert_eq!(for_output(s, false), "␛[2J␛[31m错␛[0m ␛]0;t␇");
    }
}
