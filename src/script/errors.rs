//! rhai errors in our words: the innermost failure and where it happened.

use crate::text;
use rhai::{EvalAltResult, LexError, ParseErrorType, Position};

/// A parse error in Chinese (rhai's own words kept in brackets).
pub fn parse_message(e: &ParseErrorType) -> String {
    match e {
        ParseErrorType::FnDuplicatedDefinition(name, n) => text::duplicate_function(name, *n),
        ParseErrorType::Reserved(word) => text::reserved_word(word),
        ParseErrorType::BadInput(LexError::ImproperSymbol(word, _))
            if word == "eval" || word == "import" =>
        {
            text::reserved_word(word)
        }
        other => other.to_string(),
    }
}

/// The innermost runtime error of a (possibly nested) failure, in Chinese, and its position.
pub fn runtime_message(err: &EvalAltResult) -> (String, Position) {
    use EvalAltResult as E;
    match err {
        E::ErrorInFunctionCall(_, _, inner, _) | E::ErrorInModule(_, inner, _) => {
            runtime_message(inner)
        }
        E::ErrorRuntime(v, pos) => (v.to_string(), *pos),
        E::ErrorArithmetic(msg, pos) => (text::arithmetic(msg), *pos),
        E::ErrorTooManyOperations(pos) => (text::TOO_MANY_OPERATIONS.to_string(), *pos),
        E::ErrorStackOverflow(pos) => (text::TOO_DEEP.to_string(), *pos),
        E::ErrorDataTooLarge(what, pos) => (text::data_too_large(what), *pos),
        E::ErrorVariableNotFound(name, pos) => (text::unknown_variable(name), *pos),
        E::ErrorFunctionNotFound(sig, pos) => (text::unknown_function(sig), *pos),
        E::ErrorPropertyNotFound(name, pos) => (text::unknown_property(name), *pos),
        E::ErrorMismatchDataType(want, got, pos) => (text::type_mismatch(want, got), *pos),
        E::ErrorTerminated(_, pos) => (text::TERMINATED.to_string(), *pos),
        other => (other.to_string(), other.position()),
    }
}
