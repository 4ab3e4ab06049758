//! A saved web page holding the form's `<table>`: rows (`<tr>`) and cells (`<td>`, `<th>`,
//! `colspan` kept as empty cells, `rowspan` cells written once as an export would) become the
//! tab-separated text the reader reads. A small scanner, enough for the tables portals publish.

use crate::diag::{Diagnostic, Result};
use crate::source::SourceFile;
use crate::text;
use std::sync::Arc;

/// The page's tables as TSV, one line per `<tr>`.
pub(super) fn tsv(name: &str, page: &str) -> Result<Arc<SourceFile>> {
    let lower = page.to_ascii_lowercase();
    if !lower.contains("<table") {
        return Err(Diagnostic::error("jixiao::import::html", text::HTML_NO_TABLE).into());
    }
    let mut out = String::new();
    let mut pos = 0;
    while let Some(tr) = lower[pos..].find("<tr") {
        let start = pos.saturating_add(tr);
        let body = start.saturating_add(3);
        let end = lower[body..]
            .find("</tr")
            .map_or(lower.len(), |e| body.saturating_add(e));
        let next_tr = lower[body..].find("<tr").map(|e| body.saturating_add(e));
        let end = next_tr.map_or(end, |n| n.min(end));
        out.push_str(&row(&page[start..end], &lower[start..end]));
        out.push('\n');
        pos = end;
    }
    Ok(SourceFile::new(name, out))
}

/// One `<tr>`: its cells joined by tabs.
fn row(html: &str, lower: &str) -> String {
    let mut cells = Vec::new();
    let mut pos = 0;
    loop {
        let td = lower[pos..].find("<td").map(|i| pos.saturating_add(i));
        let th = lower[pos..].find("<th").map(|i| pos.saturating_add(i));
        let Some(start) = [td, th].into_iter().flatten().min() else {
            break;
        };
        let Some(open_end) = lower[start..]
            .find('>')
            .map(|i| start.saturating_add(i).saturating_add(1))
        else {
            break;
        };
        let span = colspan(&lower[start..open_end]);
        let close = ["</td", "</th", "<td", "<th"]
            .iter()
            .filter_map(|t| {
                lower[open_end..]
                    .find(t)
                    .map(|i| open_end.saturating_add(i))
            })
            .min()
            .unwrap_or(lower.len());
        cells.push(plain(&html[open_end..close]));
        for _ in 1..span {
            cells.push(String::new());
        }
        pos = close;
    }
    cells.join("\t")
}

fn colspan(tag: &str) -> usize {
    let Some(at) = tag.find("colspan") else {
        return 1;
    };
    let digits: String = tag[at.saturating_add(7)..]
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap_or(1).clamp(1, 64)
}

/// A cell's text: tags dropped, entities decoded, whitespace (also line breaks) folded.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn tables_become_rows() {
        let page = "<html><table><tr><td colspan=\"2\">项目名称</td><td>水旱<br>经费</td></tr>\n<tr><th>总分</th><td>&nbsp;100 </td></table>";
        let f = tsv("p.html", page).unwrap();
        assert_eq!(f.text(), "项目名称\t\t水旱 经费\n总分\t100\n");
        assert!(tsv("p.html", "<p>无表</p>").is_err());
    }
}
