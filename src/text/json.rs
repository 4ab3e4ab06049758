//! Messages of the machine output (`--format json`).

/// The output could not be serialised as JSON.
pub fn json_failed(why: &str) -> String {
    crate::t!("json-failed", why = why)
}
