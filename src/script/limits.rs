//! The sandbox's limits in one place: defaults sized for real forms (hundreds of indicators),
//! which a pack may lower or raise under `limits:` in policy.yaml (docs/security.md lists them).

use rhai::Engine;

/// Every limit on a rule's work, time and memory. `Limits::default()` is what packs get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// rhai operations per rule call (a runaway loop stops here).
    pub operations: u64,
    /// Wall-clock budget of one rule call, in milliseconds.
    pub call_ms: u64,
    /// Wall-clock budget of one project's whole evaluation, in milliseconds.
    pub evaluation_ms: u64,
    /// Nesting of function calls.
    pub call_levels: usize,
    /// Nesting of expressions at the top level.
    pub expr_depth: usize,
    /// Nesting of expressions inside functions.
    pub fn_expr_depth: usize,
    /// Bytes of text in one value (strings inside arrays and maps counted together).
    pub string_bytes: usize,
    /// Elements in one value (arrays inside arrays counted together).
    pub array_items: usize,
    /// Entries in one value (maps inside maps and arrays counted together).
    pub map_entries: usize,
    /// Variables alive at once.
    pub variables: usize,
    /// Functions defined in the library and the pack together.
    pub functions: usize,
    /// `deduct` and `note` calls in one rule call.
    pub records: usize,
    /// Bytes of text that `deduct` reasons and `note`s of one rule call may keep.
    pub record_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            operations: 500_000,
            call_ms: 1_000,
            evaluation_ms: 10_000,
            call_levels: 32,
            expr_depth: 64,
            fn_expr_depth: 32,
            string_bytes: 1_000_000,
            array_items: 20_000,
            map_entries: 50_000,
            variables: 200,
            functions: 1_000,
            records: 1_000,
            record_bytes: 1_000_000,
        }
    }
}

/// The names a pack uses under `limits:`, with a reader and a writer for each.
type Field = (&'static str, fn(&Limits) -> u64, fn(&mut Limits, u64));

fn to_usize(v: u64) -> usize {
    usize::try_from(v).unwrap_or(usize::MAX)
}

/// Every limit by its policy.yaml name.
pub const FIELDS: [Field; 13] = [
    ("operations", |l| l.operations, |l, v| l.operations = v),
    ("call_ms", |l| l.call_ms, |l, v| l.call_ms = v),
    (
        "evaluation_ms",
        |l| l.evaluation_ms,
        |l, v| l.evaluation_ms = v,
    ),
    (
        "call_levels",
        |l| l.call_levels as u64,
        |l, v| l.call_levels = to_usize(v),
    ),
    (
        "expr_depth",
        |l| l.expr_depth as u64,
        |l, v| l.expr_depth = to_usize(v),
    ),
    (
        "fn_expr_depth",
        |l| l.fn_expr_depth as u64,
        |l, v| l.fn_expr_depth = to_usize(v),
    ),
    (
        "string_bytes",
        |l| l.string_bytes as u64,
        |l, v| l.string_bytes = to_usize(v),
    ),
    (
        "array_items",
        |l| l.array_items as u64,
        |l, v| l.array_items = to_usize(v),
    ),
    (
        "map_entries",
        |l| l.map_entries as u64,
        |l, v| l.map_entries = to_usize(v),
    ),
    (
        "variables",
        |l| l.variables as u64,
        |l, v| l.variables = to_usize(v),
    ),
    (
        "functions",
        |l| l.functions as u64,
        |l, v| l.functions = to_usize(v),
    ),
    (
        "records",
        |l| l.records as u64,
        |l, v| l.records = to_usize(v),
    ),
    (
        "record_bytes",
        |l| l.record_bytes as u64,
        |l, v| l.record_bytes = to_usize(v),
    ),
];

impl Limits {
    /// Sets the limit called `name` (a policy.yaml key); false when there is no such limit.
    pub fn set(&mut self, name: &str, value: u64) -> bool {
        match FIELDS.iter().find(|(n, _, _)| *n == name) {
            Some((_, _, set)) => {
                set(self, value);
                true
            }
            None => false,
        }
    }

    /// Every limit's name, for messages.
    pub fn names() -> String {
        FIELDS
            .iter()
            .map(|(n, _, _)| *n)
            .collect::<Vec<_>>()
            .join("、")
    }

    /// Applies rhai's own limits to `e`.
    pub(super) fn apply(&self, e: &mut Engine) {
        e.set_max_operations(self.operations)
            .set_max_call_levels(self.call_levels)
            .set_max_expr_depths(self.expr_depth, self.fn_expr_depth)
            .set_max_string_size(self.string_bytes)
            .set_max_array_size(self.array_items)
            .set_max_map_size(self.map_entries)
            .set_max_variables(self.variables)
            .set_max_functions(self.functions);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips() {
        let mut l = Limits::default();
        for (name, _, _) in FIELDS {
            assert!(l.set(name, 7), "{name}");
            let get = FIELDS.iter().find(|(n, _, _)| n == &name).map(|f| f.1);
            assert_eq!(get.map(|g| g(&l)), Some(7), "{name}");
        }
        assert!(!l.set("nope", 1));
    }
}
