//! Words of attributions (compare and watch): what moved, why, by how much.

/// A parameter a pack does not set.
pub const NO_VALUE: &str = "—";

/// A cause and what changed, e.g. `分值变化 分值 8 → 9`.
pub fn cause_detail(cause: &str, detail: &str) -> String {
    format!("{cause} {detail}")
}

/// A comparison table's cell for one attribution, e.g. `分值变化 +1：分值 8 → 9`.
pub fn attribution_cell(cause: &str, points: &str, detail: &str) -> String {
    format!("{cause} {points}：{detail}")
}

/// One of the largest moves of a portfolio: `+1.5 某项目（a.yaml）`.
pub fn largest_line(delta: &str, name: &str, file: &str) -> String {
    format!("{delta} {name}（{file}）")
}

/// Causes of one moved row, joined.
pub fn causes_joined(causes: &[String]) -> String {
    causes.join("；")
}

/// A moved row under watch: `    path  +1  causes`.
pub fn moved_row(label: &str, delta: &str, causes: &str) -> String {
    format!("    {label}  {delta}  {causes}")
}

/// A project's standing: `99.25「优」`.
pub fn standing(total: &str, grade: &str) -> String {
    format!("{total}「{grade}」")
}

/// How a project moved under watch: `file  name：before → after（delta）`.
pub fn moved_line(
    file: &str,
    name: &str,
    before: &str,
    after: &str,
    delta: Option<&str>,
) -> String {
    let delta = delta.map_or_else(String::new, |d| format!("（{d}）"));
    format!("{file}  {name}：{before} → {after}{delta}")
}
