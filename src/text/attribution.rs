//! Words of attributions (compare and watch): what moved, why, by how much.

use super::Msg;
use crate::t;

/// A parameter a pack does not set.
pub const NO_VALUE: Msg = Msg("attr-no-value");

/// A cause and what changed, e.g. `分值变化 分值 8 → 9`.
pub fn cause_detail(cause: &str, detail: &str) -> String {
    t!("attr-cause-detail", cause = cause, detail = detail)
}

/// A comparison table's cell for one attribution, e.g. `分值变化 +1：分值 8 → 9`.
pub fn attribution_cell(cause: &str, points: &str, detail: &str) -> String {
    t!("attr-cell", cause = cause, points = points, detail = detail)
}

/// One of the largest moves of a portfolio: `+1.5 某项目（a.yaml）`.
pub fn largest_line(delta: &str, name: &str, file: &str) -> String {
    t!("attr-largest-line", delta = delta, name = name, file = file)
}

/// Causes of one moved row, joined.
pub fn causes_joined(causes: &[String]) -> String {
    causes.join(&t!("attr-causes-separator"))
}

/// A moved row under watch: `    path  +1  causes`.
pub fn moved_row(label: &str, delta: &str, causes: &str) -> String {
    t!(
        "attr-moved-row",
        label = label,
        delta = delta,
        causes = causes
    )
}

/// A project's standing: `99.25「优」`.
pub fn standing(total: &str, grade: &str) -> String {
    t!("attr-standing", total = total, grade = grade)
}

/// How a project moved under watch: `file  name：before → after（delta）`.
pub fn moved_line(
    file: &str,
    name: &str,
    before: &str,
    after: &str,
    delta: Option<&str>,
) -> String {
    match delta {
        Some(d) => t!(
            "attr-moved-line-delta",
            file = file,
            name = name,
            before = before,
            after = after,
            delta = d
        ),
        None => t!(
            "attr-moved-line",
            file = file,
            name = name,
            before = before,
            after = after
        ),
    }
}
