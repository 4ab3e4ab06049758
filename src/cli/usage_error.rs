//! A clap usage error told in the catalogue's words, from its kind and context (never from
//! clap's English sentence): what was wrong, a hint, the usage line, where to read more.

use crate::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The lines printed on stderr for a usage error.
pub fn render(e: &clap::Error) -> String {
    let mut lines = vec![t!("cli-error", message = headline(e))];
    lines.extend(hints(e));
    if let Some(usage) = usage(e) {
        let command = command_of(&usage);
        lines.push(String::new());
        lines.push(t!("cli-err-usage", usage = usage.as_str()));
        lines.push(String::new());
        lines.push(t!("cli-err-more", command = command));
    }
    lines.join("\n")
}

/// What was wrong, in one sentence.
fn headline(e: &clap::Error) -> String {
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => {
            t!("cli-err-empty-value", arg = arg)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            t!("cli-err-invalid-value", arg = arg, value = value)
        }
        ErrorKind::UnknownArgument => t!("cli-err-unknown-arg", arg = arg),
        ErrorKind::InvalidSubcommand => {
            let command = text(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            t!("cli-err-unknown-command", command = command)
        }
        ErrorKind::MissingRequiredArgument => t!("cli-err-missing", args = arg),
        ErrorKind::MissingSubcommand => t!("cli-err-missing-command"),
        ErrorKind::TooManyValues => t!("cli-err-too-many", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = text(e, ContextKind::ExpectedNumValues)
                .or_else(|| text(e, ContextKind::MinValues))
                .unwrap_or_default();
            let actual = text(e, ContextKind::ActualNumValues).unwrap_or_default();
            t!(
                "cli-err-wrong-count",
                arg = arg,
                expected = expected,
                actual = actual
            )
        }
        ErrorKind::ArgumentConflict => match text(e, ContextKind::PriorArg) {
            Some(prior) if prior != arg => t!("cli-err-conflict", arg = arg, prior = prior),
            _ => t!("cli-err-repeated", arg = arg),
        },
        ErrorKind::NoEquals => t!("cli-err-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => t!("cli-err-utf8"),
        _ => t!("cli-err-other"),
    }
}

/// Suggestions, the values that are allowed, and clap's or the value parser's own words
/// where the catalogue has no sentence of its own (as a 原文 line).
fn hints(e: &clap::Error) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(values) = text(e, ContextKind::ValidValue) {
        out.push(t!("cli-err-valid-values", values = values));
    }
    if let Some(commands) = text(e, ContextKind::ValidSubcommand) {
        if e.kind() == ErrorKind::MissingSubcommand {
            out.push(t!("cli-err-valid-commands", commands = commands));
        }
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        if let Some(s) = text(e, kind) {
            out.push(t!("cli-err-did-you-mean", suggestion = s));
        }
    }
    if matches!(
        e.get(ContextKind::TrailingArg),
        Some(ContextValue::Bool(true))
    ) {
        let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
        out.push(t!("cli-err-trailing", arg = arg));
    }
    if let Some(source) = std::error::Error::source(e) {
        out.push(crate::text::original_text(&source.to_string()));
    } else if !known(e.kind()) {
        let rendered = e.render().to_string();
        let first = rendered.lines().next().unwrap_or_default();
        let first = first.strip_prefix("error: ").unwrap_or(first);
        out.push(crate::text::original_text(first));
    }
    out
}

/// Whether [`headline`] has a sentence of its own for this kind.
fn known(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::InvalidValue
            | ErrorKind::ValueValidation
            | ErrorKind::UnknownArgument
            | ErrorKind::InvalidSubcommand
            | ErrorKind::MissingRequiredArgument
            | ErrorKind::MissingSubcommand
            | ErrorKind::TooManyValues
            | ErrorKind::TooFewValues
            | ErrorKind::WrongNumberOfValues
            | ErrorKind::ArgumentConflict
            | ErrorKind::NoEquals
            | ErrorKind::InvalidUtf8
    )
}

/// The usage line clap attached, without its English title.
fn usage(e: &clap::Error) -> Option<String> {
    let raw = text(e, ContextKind::Usage)?;
    let raw = raw.trim();
    Some(
        raw.split_once(':')
            .map_or(raw, |(_, u)| u.trim())
            .to_string(),
    )
}

/// `jixiao evaluate` out of `jixiao evaluate [选项] <项目>...`.
fn command_of(usage: &str) -> String {
    usage
        .split(' ')
        .take_while(|w| !w.starts_with(['[', '<']))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A context value as plain text; lists joined with the catalogue's separator.
fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    let sep = t!("list-separator");
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(&sep)),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) if !v.is_empty() => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(&sep),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
