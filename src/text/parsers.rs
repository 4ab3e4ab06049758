//! The foreign parsers' errors (serde-saphyr, rhai, calamine) in catalogue words.

use super::locale::Msg;

/// The detail line that keeps a parser's own words: 「原文：…」.
pub fn original_text(text: &str) -> String {
    crate::t!("original-text", text = text)
}

/// YAML: a tab where YAML allows none.
pub const YAML_TAB: Msg = Msg("yaml-tab");
/// YAML: a block scalar (`|`, `>`) indented wrongly.
pub const YAML_BLOCK_SCALAR: Msg = Msg("yaml-block-scalar");
/// YAML: a key was expected.
pub const YAML_MISSING_KEY: Msg = Msg("yaml-missing-key");
/// YAML: a value was expected.
pub const YAML_MISSING_VALUE: Msg = Msg("yaml-missing-value");
/// YAML: `key: value` where none may stand.
pub const YAML_MAPPING_VALUE_HERE: Msg = Msg("yaml-mapping-value-here");
/// YAML: a character that starts no token.
pub const YAML_BAD_CHARACTER: Msg = Msg("yaml-bad-character");
/// YAML: the file ends inside quotes or brackets.
pub const YAML_UNCLOSED: Msg = Msg("yaml-unclosed");
/// YAML: an unclosed `[` list.
pub const YAML_UNCLOSED_LIST: Msg = Msg("yaml-unclosed-list");
/// YAML: an unclosed `{` mapping.
pub const YAML_UNCLOSED_MAP: Msg = Msg("yaml-unclosed-map");
/// YAML: a `{` mapping that does not end properly.
pub const YAML_MAP_END: Msg = Msg("yaml-map-end");
/// YAML: wrong indentation.
pub const YAML_INDENTATION: Msg = Msg("yaml-indentation");
/// YAML: another syntax error (the parser's words follow as a detail).
pub const YAML_SYNTAX: Msg = Msg("yaml-syntax");
/// YAML: the input ends too early.
pub const YAML_INCOMPLETE: Msg = Msg("yaml-incomplete");
/// YAML: the input is not UTF-8.
pub const YAML_NOT_UTF8: Msg = Msg("yaml-not-utf8");
/// YAML: a budget (depth, aliases) exceeded.
pub const YAML_TOO_COMPLEX: Msg = Msg("yaml-too-complex");
/// YAML: two equal keys, the key not known.
pub const YAML_DUPLICATE_KEY_BARE: Msg = Msg("yaml-duplicate-key-bare");
/// YAML: null where a value is needed.
pub const YAML_NULL: Msg = Msg("yaml-null");
/// YAML: a list or mapping where a single value is needed.
pub const YAML_SINGLE_VALUE: Msg = Msg("yaml-single-value");
/// YAML: not an integer.
pub const YAML_INTEGER: Msg = Msg("yaml-integer");
/// YAML: not a non-negative integer.
pub const YAML_UNSIGNED: Msg = Msg("yaml-unsigned");
/// YAML: a scalar of another type that does not read.
pub const YAML_BAD_SCALAR: Msg = Msg("yaml-bad-scalar");
/// YAML: a type mismatch whose expectation we cannot name.
pub const YAML_TYPE_BARE: Msg = Msg("yaml-type-bare");
/// YAML: anything else (the parser's words follow as a detail).
pub const YAML_OTHER: Msg = Msg("yaml-other");
/// What a YAML value should be: a list.
pub const YAML_LIST: Msg = Msg("yaml-list");
/// What a YAML value should be: a mapping.
pub const YAML_MAP: Msg = Msg("yaml-map");
/// What a YAML value should be: text.
pub const YAML_TEXT: Msg = Msg("yaml-text");
/// What a YAML value should be: a number.
pub const YAML_NUMBER: Msg = Msg("yaml-number");
/// What a YAML value should be: a boolean.
pub const YAML_BOOL: Msg = Msg("yaml-bool");

/// YAML: an unknown field, with the fields allowed there (`list` may be empty).
pub fn yaml_unknown_field(name: &str, list: &str) -> String {
    if list.is_empty() {
        crate::t!("yaml-unknown-field", name = name)
    } else {
        crate::t!("yaml-unknown-field-list", name = name, list = list)
    }
}

/// YAML: a value outside a closed list of words.
pub fn yaml_unknown_variant(name: &str, list: &str) -> String {
    crate::t!("yaml-unknown-variant", name = name, list = list)
}

/// YAML: a required field is missing.
pub fn yaml_missing_field(name: &str) -> String {
    crate::t!("yaml-missing-field", name = name)
}

/// YAML: a key twice in one mapping.
pub fn yaml_duplicate_key(key: &str) -> String {
    crate::t!("yaml-duplicate-key", key = key)
}

/// YAML: a value of the wrong type; `expected` in words.
pub fn yaml_type(expected: &str) -> String {
    crate::t!("yaml-type", expected = expected)
}

/// YAML: a value of the right type but not allowed.
pub fn yaml_bad_value(expected: &str) -> String {
    crate::t!("yaml-bad-value", expected = expected)
}

/// YAML: a list of the wrong length.
pub fn yaml_bad_length(expected: &str) -> String {
    crate::t!("yaml-bad-length", expected = expected)
}

/// rhai: a token where none may stand.
pub fn rhai_unexpected(text: &str) -> String {
    crate::t!("rhai-unexpected", text = text)
}

/// rhai: an invalid number literal.
pub fn rhai_bad_number(text: &str) -> String {
    crate::t!("rhai-bad-number", text = text)
}

/// rhai: an improper identifier.
pub fn rhai_bad_name(text: &str) -> String {
    crate::t!("rhai-bad-name", text = text)
}

/// rhai: a variable used before it is defined (at compile time).
pub fn rhai_undefined_variable(name: &str) -> String {
    crate::t!("rhai-undefined-variable", name = name)
}

/// rhai: a variable defined twice.
pub fn rhai_variable_exists(name: &str) -> String {
    crate::t!("rhai-variable-exists", name = name)
}

/// rhai: something (`what`, in words) expected here.
pub fn rhai_expecting(what: &str) -> String {
    crate::t!("rhai-expecting", what = what)
}

/// rhai: the script ends too early.
pub const RHAI_INCOMPLETE: Msg = Msg("rhai-incomplete");
/// rhai: an unclosed string.
pub const RHAI_UNTERMINATED_STRING: Msg = Msg("rhai-unterminated-string");
/// rhai: assignment to a constant.
pub const RHAI_ASSIGN_CONSTANT: Msg = Msg("rhai-assign-constant");
/// rhai: assignment to something not assignable.
pub const RHAI_ASSIGN_INVALID: Msg = Msg("rhai-assign-invalid");
/// rhai: a function defined inside a block.
pub const RHAI_FN_NESTED: Msg = Msg("rhai-fn-nested");
/// rhai: `break` outside a loop.
pub const RHAI_BREAK_OUTSIDE: Msg = Msg("rhai-break-outside");
/// rhai: an expression too deep.
pub const RHAI_TOO_COMPLEX: Msg = Msg("rhai-too-complex");
/// rhai: another syntax error (rhai's words follow as a detail).
pub const RHAI_SYNTAX_OTHER: Msg = Msg("rhai-syntax-other");
/// rhai: another runtime error (rhai's words follow as a detail).
pub const RHAI_RUNTIME_OTHER: Msg = Msg("rhai-runtime-other");
/// What rhai expected: an expression.
pub const RHAI_EXPRESSION: Msg = Msg("rhai-expression");
/// What rhai expected: a name.
pub const RHAI_NAME: Msg = Msg("rhai-name");

/// The report renderer's label before a help line (miette writes "help: ").
pub const REPORT_HELP: Msg = Msg("report-help");
/// The report renderer's label before a related report (miette writes "Advice: ").
pub const REPORT_RELATED: Msg = Msg("report-related");

/// calamine / zip could not read a workbook (their words follow as a detail).
pub const XLSX_UNREADABLE: Msg = Msg("xlsx-unreadable");
