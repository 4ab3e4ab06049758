//! Messages of the machine output (`--format json`).

/// The output could not be serialised as JSON.
pub fn json_failed(why: &str) -> String {
    format!("无法生成 JSON 输出：{why}")
}
