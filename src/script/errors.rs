//! rhai errors in our words: the innermost failure and where it happened.

use super::clock::Budget;
use super::limits::Limits;
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
        ParseErrorType::MissingToken(token, _) => text::missing_token(token),
        other => other.to_string(),
    }
}

/// The innermost runtime error of a (possibly nested) failure, in Chinese, and its position.
pub fn runtime_message(err: &EvalAltResult, limits: &Limits) -> (String, Position) {
    use EvalAltResult as E;
    match err {
        E::ErrorInFunctionCall(_, _, inner, _) | E::ErrorInModule(_, inner, _) => {
            runtime_message(inner, limits)
        }
        E::ErrorRuntime(v, pos) => (v.to_string(), *pos),
        E::ErrorArithmetic(msg, pos) if msg.contains("overflow") => {
            let expr = msg.split_once(':').map_or("", |(_, e)| e.trim());
            (text::overflow_in(expr), *pos)
        }
        E::ErrorArithmetic(msg, pos) => (text::arithmetic(msg), *pos),
        E::ErrorTerminated(token, pos) => {
            let budget = token
                .clone()
                .into_immutable_string()
                .ok()
                .and_then(|t| Budget::from_token(&t));
            let message = match budget {
                Some(Budget::Call) => text::call_over_time(limits.call_ms),
                Some(Budget::Evaluation) => text::evaluation_over_time(limits.evaluation_ms),
                None => text::TERMINATED.to_string(),
            };
            (message, *pos)
        }
        E::ErrorTooManyOperations(pos) => (text::TOO_MANY_OPERATIONS.to_string(), *pos),
        E::ErrorStackOverflow(pos) => (text::TOO_DEEP.to_string(), *pos),
        E::ErrorDataTooLarge(what, pos) => (text::data_too_large(what), *pos),
        E::ErrorVariableNotFound(name, pos) => (text::unknown_variable(name), *pos),
        E::ErrorFunctionNotFound(sig, pos) => (text::unknown_function(sig), *pos),
        E::ErrorPropertyNotFound(name, pos) => (text::unknown_property(name), *pos),
        E::ErrorMismatchDataType(want, got, pos) => (text::type_mismatch(want, got), *pos),
        other => (other.to_string(), other.position()),
    }
}
