//! rhai errors in our words: the innermost failure and where it happened.

use super::clock::Budget;
use super::limits::Limits;
use crate::text;
use rhai::{EvalAltResult, LexError, ParseErrorType, Position};

/// A parse error in the catalogue's words; a kind we do not name gets a generic sentence
/// (rhai's own words then come from [`parse_detail`]).
pub fn parse_message(e: &ParseErrorType) -> String {
    parse_known(e).unwrap_or_else(|| text::RHAI_SYNTAX_OTHER.to_string())
}

/// rhai's own words as a labelled detail line, for a parse error [`parse_message`] does not name.
pub fn parse_detail(e: &ParseErrorType) -> Option<String> {
    parse_known(e)
        .is_none()
        .then(|| text::original_text(&e.to_string()))
}

fn parse_known(e: &ParseErrorType) -> Option<String> {
    use LexError as L;
    Some(match e {
        ParseErrorType::FnDuplicatedDefinition(name, n) => text::duplicate_function(name, *n),
        ParseErrorType::Reserved(word) => text::reserved_word(word),
        ParseErrorType::BadInput(LexError::ImproperSymbol(word, _))
            if word == "eval" || word == "import" =>
        {
            text::reserved_word(word)
        }
        ParseErrorType::MissingToken(token, _) => text::missing_token(token),
        ParseErrorType::UnexpectedEOF => text::RHAI_INCOMPLETE.to_string(),
        ParseErrorType::BadInput(L::UnexpectedInput(t)) => text::rhai_unexpected(t),
        ParseErrorType::BadInput(L::ImproperSymbol(t, d)) if d.is_empty() => {
            text::rhai_unexpected(t)
        }
        ParseErrorType::BadInput(L::UnterminatedString) => {
            text::RHAI_UNTERMINATED_STRING.to_string()
        }
        ParseErrorType::BadInput(L::MalformedNumber(t)) => text::rhai_bad_number(t),
        ParseErrorType::BadInput(L::MalformedIdentifier(t)) => text::rhai_bad_name(t),
        ParseErrorType::VariableUndefined(name) => text::rhai_undefined_variable(name),
        ParseErrorType::VariableExists(name) => text::rhai_variable_exists(name),
        ParseErrorType::ExprExpected(_) => text::rhai_expecting(&text::RHAI_EXPRESSION.to_string()),
        ParseErrorType::VariableExpected | ParseErrorType::PropertyExpected => {
            text::rhai_expecting(&text::RHAI_NAME.to_string())
        }
        ParseErrorType::AssignmentToConstant(_) => text::RHAI_ASSIGN_CONSTANT.to_string(),
        ParseErrorType::AssignmentToInvalidLHS(_) => text::RHAI_ASSIGN_INVALID.to_string(),
        ParseErrorType::WrongFnDefinition => text::RHAI_FN_NESTED.to_string(),
        ParseErrorType::LoopBreak => text::RHAI_BREAK_OUTSIDE.to_string(),
        ParseErrorType::ExprTooDeep => text::RHAI_TOO_COMPLEX.to_string(),
        _ => return None,
    })
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
        other => (text::RHAI_RUNTIME_OTHER.to_string(), other.position()),
    }
}

/// rhai's own words as a labelled detail line, for a runtime error [`runtime_message`] gives
/// only a generic sentence for.
pub fn runtime_detail(err: &EvalAltResult) -> Option<String> {
    use EvalAltResult as E;
    match err {
        E::ErrorInFunctionCall(_, _, inner, _) | E::ErrorInModule(_, inner, _) => {
            runtime_detail(inner)
        }
        E::ErrorRuntime(..)
        | E::ErrorArithmetic(..)
        | E::ErrorTerminated(..)
        | E::ErrorTooManyOperations(..)
        | E::ErrorStackOverflow(..)
        | E::ErrorDataTooLarge(..)
        | E::ErrorVariableNotFound(..)
        | E::ErrorFunctionNotFound(..)
        | E::ErrorPropertyNotFound(..)
        | E::ErrorMismatchDataType(..) => None,
        other => Some(text::original_text(&other.to_string())),
    }
}
