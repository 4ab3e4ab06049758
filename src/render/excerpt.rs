//! The part of a file a diagnostic quotes: the labelled lines with one line of context, each
//! cut to [`MAX_LINE_CHARS`] characters around its labels (with "…（此行共 N 字符）"), user text
//! cleaned by `sanitize`. miette is given this excerpt, never the whole file, so a 100 MB line
//! costs a few hundred bytes on screen; line numbers and columns still refer to the file.

use super::sanitize::clean;
use crate::source::SourceFile;

/// Most characters of one quoted line; longer lines are cut around the labelled span.
pub const MAX_LINE_CHARS: usize = 160;

/// A quoted excerpt of one file.
#[derive(Debug)]
pub struct Excerpt {
    /// Display name of the file (cleaned).
    pub name: String,
    /// The excerpt's text: lines `first_line..` of the file, cut and cleaned.
    pub text: String,
    /// 0-based line of the file where the excerpt starts.
    pub first_line: usize,
    /// Per excerpt line: file column (0-based, in characters) minus excerpt column.
    shifts: Vec<isize>,
}

impl Excerpt {
    /// 0-based file line and character column of a byte offset into the excerpt.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or("");
        let line = before.matches('\n').count();
        let col = before.rsplit('\n').next().unwrap_or("").chars().count();
        let col = isize::try_from(col).unwrap_or(isize::MAX);
        let shift = self.shifts.get(line).copied().unwrap_or(0);
        let col = usize::try_from(col.saturating_add(shift)).unwrap_or(0);
        (self.first_line.saturating_add(line), col)
    }
}

/// Byte range of 0-based line `l` without its line end.
fn line_range(file: &SourceFile, l: usize) -> (usize, usize) {
    let text = file.text();
    let start = file.offset_of(l.saturating_add(1), 1);
    let rest = text.get(start..).unwrap_or("");
    let end = rest
        .find('\n')
        .map_or(text.len(), |i| start.saturating_add(i));
    let end = if text.get(start..end).unwrap_or("").ends_with('\r') {
        end.saturating_sub(1)
    } else {
        end
    };
    (start, end)
}

/// The excerpt of `file` for labels at byte `spans` (offset, length), and the labels' spans
/// within the excerpt.
pub fn excerpt(file: &SourceFile, spans: &[(usize, usize)]) -> (Excerpt, Vec<(usize, usize)>) {
    let text = file.text();
    let lines = file.line_col(text.len()).0;
    let line_of = |off: usize| file.line_col(off).0.saturating_sub(1);
    let spans: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(o, l)| {
            let o = o.min(text.len());
            (o, o.saturating_add(l.min(text.len().saturating_sub(o))))
        })
        .collect();
    let lo = spans
        .iter()
        .map(|s| line_of(s.0))
        .min()
        .unwrap_or(0)
        .saturating_sub(1);
    let hi = spans
        .iter()
        .map(|s| {
            let mut last = s.1.saturating_sub(1).max(s.0);
            while last > 0 && !text.is_char_boundary(last) {
                last = last.saturating_sub(1);
            }
            line_of(last)
        })
        .max()
        .unwrap_or(0)
        .saturating_add(1)
        .min(lines.saturating_sub(1));
    let mut out = String::new();
    let mut shifts = Vec::new();
    // Boundaries of the labels, mapped to excerpt offsets as their lines are written.
    let mut mapped: Vec<(Option<usize>, Option<usize>)> = vec![(None, None); spans.len()];
    for l in lo..=hi {
        if l > lo {
            out.push('\n');
        }
        let (ls, le) = line_range(file, l);
        let next = if l.saturating_add(1) < lines {
            file.offset_of(l.saturating_add(2), 1)
        } else {
            text.len().saturating_add(1)
        };
        let line = text.get(ls..le).unwrap_or("");
        let chars = line.chars().count();
        let anchor = spans
            .iter()
            .flat_map(|s| [s.0, s.1])
            .filter(|b| (ls..=le).contains(b))
            .min()
            .unwrap_or(ls);
        let (ws, we, skipped) = if chars <= MAX_LINE_CHARS {
            (ls, le, 0)
        } else {
            let from = text
                .get(ls..anchor)
                .unwrap_or("")
                .chars()
                .count()
                .saturating_sub(MAX_LINE_CHARS / 4);
            let byte_at = |n: usize| {
                line.char_indices()
                    .nth(n)
                    .map_or(le, |(i, _)| ls.saturating_add(i))
            };
            let to = from.saturating_add(MAX_LINE_CHARS);
            (byte_at(from), byte_at(to), from)
        };
        let line_start = out.len();
        let prefix = if ws > ls { "…" } else { "" };
        out.push_str(prefix);
        let body = out.len();
        out.push_str(&clean(text.get(ws..we).unwrap_or("")));
        let content_end = out.len();
        let skipped = isize::try_from(skipped).unwrap_or(isize::MAX);
        shifts.push(skipped.saturating_sub(if prefix.is_empty() { 0 } else { 1 }));
        let place = |b: usize| -> usize {
            if b < ws {
                line_start
            } else if b == ws {
                body
            } else if b >= we {
                content_end
            } else {
                body.saturating_add(clean(text.get(ws..b).unwrap_or("")).len())
            }
        };
        for (s, m) in spans.iter().zip(mapped.iter_mut()) {
            if (ls..next).contains(&s.0) && m.0.is_none() {
                m.0 = Some(place(s.0));
            }
            if (ls..next).contains(&s.1) && m.1.is_none() {
                m.1 = Some(place(s.1));
            }
        }
        if chars > MAX_LINE_CHARS {
            let note = crate::text::line_cut(chars);
            out.push_str(if we < le {
                &note
            } else {
                note.trim_start_matches('…')
            });
        }
    }
    if line_range(file, hi).1 < text.len() {
        out.push('\n');
    }
    let labels = mapped
        .iter()
        .map(|&(s, e)| {
            let s = s.unwrap_or(0);
            let e = e.unwrap_or(out.len()).max(s);
            (s, e.saturating_sub(s))
        })
        .collect();
    let ex = Excerpt {
        name: clean(file.name()).into_owned(),
        text: out,
        first_line: lo,
        shifts,
    };
    (ex, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_quoted_as_written() {
        let f = SourceFile::new("a.yaml", "a: 1\nb: 2\nc: 3\nd: 4\n");
        let at = f.text().find("c: 3").unwrap();
        let (ex, labels) = excerpt(&f, &[(at, 4)]);
        assert_eq!(ex.text, "b: 2\nc: 3\nd: 4\n");
        assert_eq!(ex.first_line, 1);
        assert_eq!(&ex.text[labels[0].0..labels[0].0 + labels[0].1], "c: 3");
        assert_eq!(ex.position(labels[0].0), (2, 0));
    }

    #[test]
    fn long_lines_are_cut_around_the_label() {
        let long = format!("x: {}错{}\n", "a".repeat(10_000), "b".repeat(10_000));
        let f = SourceFile::new("a.yaml", long);
        let at = f.text().find('错').unwrap();
        let (ex, labels) = excerpt(&f, &[(at, 3)]);
        assert!(ex.text.chars().count() < MAX_LINE_CHARS + 40, "{}", ex.text);
        assert!(ex.text.starts_with('…'));
        assert!(ex.text.contains("…（此行共 20004 字符）"));
        assert_eq!(&ex.text[labels[0].0..labels[0].0 + labels[0].1], "错");
        assert_eq!(ex.position(labels[0].0), (0, 10_003));
    }

    #[test]
    fn escapes_are_shown_not_sent() {
        let f = SourceFile::new("a.yaml", "name: \u{1b}[2J\u{1b}]0;t\u{7}x\n");
        let at = f.text().find('x').unwrap();
        let (ex, labels) = excerpt(&f, &[(at, 1)]);
        assert_eq!(ex.text, "name: ␛[2J␛]0;t␇x\n");
        assert_eq!(&ex.text[labels[0].0..labels[0].0 + 1], "x");
        assert_eq!(ex.position(labels[0].0), (0, 16));
    }
}
