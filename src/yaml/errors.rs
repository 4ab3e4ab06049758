//! serde-saphyr's errors in catalogue words, matched on the error's variant and, for syntax
//! errors, on the scanner's error kind; the parser's own text is kept for a detail line.

use crate::text;
use serde_saphyr::granit_parser::ErrorKind as Scan;
use serde_saphyr::{Error, ExternalMessageSource};

/// What a YAML error means to the person who wrote the file.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Explained {
    /// The sentence, without the "项目文件格式错误：" head.
    pub message: String,
    /// The error is about a value: name its field (and quote it when `quote`).
    pub about_value: bool,
    /// Quote the value the error points at.
    pub quote: bool,
    /// True when the sentence says all the parser said (our own deserializers' words, or a
    /// variant whose every datum is in the sentence): no parser words to keep as a detail.
    pub complete: bool,
}

impl Explained {
    fn syntax(message: impl Into<String>) -> Self {
        Explained {
            message: message.into(),
            about_value: false,
            quote: false,
            complete: false,
        }
    }

    fn complete(mut self) -> Self {
        self.complete = true;
        self
    }

    fn value(message: impl Into<String>, quote: bool) -> Self {
        Explained {
            message: message.into(),
            about_value: true,
            quote,
            complete: false,
        }
    }
}

/// Explains one error (snippet wrappers and alias wrappers looked through).
pub(super) fn explain(e: &Error) -> Explained {
    match e {
        Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => explain(error),
        Error::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Explained::syntax(scan_kind(scan.kind())),
            _ => Explained::syntax(text::YAML_OTHER),
        },
        // Our own visitors' words (`de::Error::custom`): already from the catalogue.
        Error::Message { msg, .. } if has_cjk(msg) => Explained {
            message: msg.clone(),
            about_value: true,
            quote: false,
            complete: true,
        },
        Error::Eof { .. } => Explained::syntax(text::YAML_INCOMPLETE).complete(),
        Error::InvalidUtf8Input => Explained::syntax(text::YAML_NOT_UTF8).complete(),
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => Explained::syntax(text::YAML_TOO_COMPLEX),
        Error::Unexpected { expected, .. } if expected.contains("mapping end") => {
            Explained::syntax(text::YAML_MAP_END)
        }
        Error::Unexpected { expected, .. } if expected.contains("string") => {
            Explained::value(text::YAML_SINGLE_VALUE, false).complete()
        }
        Error::Unexpected { expected, .. } => Explained::value(type_expected(expected), false),
        Error::UnexpectedMappingEnd { .. }
        | Error::UnexpectedSequenceEnd { .. }
        | Error::ContainerEndMismatch { .. }
        | Error::UnexpectedContainerEndWhileReadingKeyNode { .. } => {
            Explained::syntax(text::YAML_SYNTAX)
        }
        Error::FoldedBlockScalarMustIndentContent { .. } => {
            Explained::syntax(text::YAML_BLOCK_SCALAR)
        }
        Error::NullIntoString { .. } | Error::InvalidCharNull { .. } => {
            Explained::value(text::YAML_NULL, false).complete()
        }
        Error::InvalidScalar { ty, .. } => {
            let known = ty.starts_with(['i', 'u']);
            let e = Explained::value(scalar(ty), true);
            if known {
                e.complete()
            } else {
                e
            }
        }
        Error::SerdeInvalidType { expected, .. } => {
            Explained::value(type_expected(expected), false)
        }
        Error::SerdeInvalidValue { expected, .. } => Explained::value(
            text::yaml_bad_value(&what(expected).unwrap_or_else(|| expected.clone())),
            true,
        ),
        Error::SerdeInvalidLength { expected, .. } => Explained::value(
            text::yaml_bad_length(&what(expected).unwrap_or_else(|| expected.clone())),
            false,
        ),
        Error::SerdeUnknownField {
            field, expected, ..
        } => Explained::syntax(text::yaml_unknown_field(field, &expected.join(", "))).complete(),
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => Explained::value(
            text::yaml_unknown_variant(variant, &expected.join(", ")),
            false,
        ),
        Error::SerdeMissingField { field, .. } => {
            Explained::syntax(text::yaml_missing_field(field)).complete()
        }
        Error::DuplicateMappingKey { key: Some(k), .. } => {
            Explained::syntax(text::yaml_duplicate_key(k)).complete()
        }
        Error::DuplicateMappingKey { key: None, .. } => {
            Explained::syntax(text::YAML_DUPLICATE_KEY_BARE)
        }
        _ => Explained::syntax(text::YAML_OTHER),
    }
}

/// A scanner (syntax) error by its kind.
fn scan_kind(kind: &Scan) -> text::Msg {
    match kind {
        Scan::TabNotAllowed
        | Scan::TabInBlockIndentation
        | Scan::TabInIndentation
        | Scan::TabAtBlockScalarStart
        | Scan::TabInPlainScalar => text::YAML_TAB,
        Scan::InvalidBlockScalarIndent
        | Scan::InvalidBlockScalarHeader
        | Scan::ZeroBlockScalarIndent => text::YAML_BLOCK_SCALAR,
        Scan::ExpectedBlockMappingKey => text::YAML_MISSING_KEY,
        Scan::ExpectedNodeContent => text::YAML_MISSING_VALUE,
        Scan::MappingValueNotAllowed | Scan::MappingKeyNotAllowed => text::YAML_MAPPING_VALUE_HERE,
        Scan::UnexpectedCharacter { .. } => text::YAML_BAD_CHARACTER,
        Scan::UnclosedQuotedScalar
        | Scan::UnclosedFlowCollection { .. }
        | Scan::UnexpectedEofFlowSequence
        | Scan::UnexpectedEofFlowMapping
        | Scan::UnexpectedEofImplicitFlowMapping => text::YAML_UNCLOSED,
        Scan::UnexpectedEof
        | Scan::UnexpectedEofBlockSequence
        | Scan::UnexpectedEofBlockMapping => text::YAML_INCOMPLETE,
        Scan::ExpectedFlowSequenceSeparator => text::YAML_UNCLOSED_LIST,
        Scan::ExpectedFlowMappingSeparator => text::YAML_UNCLOSED_MAP,
        Scan::MismatchedFlowCollectionEnd { open: '[', .. } => text::YAML_UNCLOSED_LIST,
        Scan::MismatchedFlowCollectionEnd { .. } => text::YAML_UNCLOSED_MAP,
        Scan::InvalidIndentation | Scan::ExpectedBlockSequenceEntry => text::YAML_INDENTATION,
        Scan::InputDecoding { .. } => text::YAML_NOT_UTF8,
        _ => text::YAML_SYNTAX,
    }
}

/// A scalar that does not read as the type asked for (serde's type names).
fn scalar(ty: &str) -> String {
    match ty {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => text::YAML_INTEGER.to_string(),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => text::YAML_UNSIGNED.to_string(),
        _ => text::YAML_BAD_SCALAR.to_string(),
    }
}

/// "类型不符（应为 …）", or without the expectation when we cannot name it.
fn type_expected(expected: &str) -> String {
    match what(expected) {
        Some(w) => text::yaml_type(&w),
        None => text::YAML_TYPE_BARE.to_string(),
    }
}

/// What serde says a value should be, in catalogue words: our own visitors' expectations
/// (already in Chinese) as they are, serde's English phrases by their stable words, `None`
/// for a phrase we do not know. The one place that reads serde's words.
fn what(expected: &str) -> Option<String> {
    if has_cjk(expected) {
        return Some(expected.to_string());
    }
    let e = expected.to_ascii_lowercase();
    let word = if e.contains("sequence") || e.contains("tuple") {
        text::YAML_LIST
    } else if e.contains("map") || e.contains("struct") {
        text::YAML_MAP
    } else if e.contains("string") || e.contains("char") {
        text::YAML_TEXT
    } else if [
        "integer", "number", "decimal", "float", "i64", "u32", "u64", "usize",
    ]
    .iter()
    .any(|w| e.contains(w))
    {
        text::YAML_NUMBER
    } else if e.contains("bool") {
        text::YAML_BOOL
    } else {
        return None;
    };
    Some(word.to_string())
}

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{3000}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        year: Option<i64>,
        list: Option<Vec<String>>,
        note: Option<String>,
    }

    fn explained(yaml: &str) -> Explained {
        match serde_saphyr::from_str::<Doc>(yaml) {
            Ok(d) => panic!("parsed: {d:?}"),
            Err(e) => text::with_lang(text::Lang::ZhCn, || explain(&e)),
        }
    }

    #[test]
    fn a_tab_in_indentation() {
        let e = explained("name: a\nlist:\n\t- x\n");
        assert_eq!(
            e.message,
            text::with_lang(text::Lang::ZhCn, || text::YAML_TAB.to_string())
        );
    }

    #[test]
    fn a_bad_block_scalar() {
        let e = explained("name: |\n    a\n  b\nyear: 1\n");
        assert!(
            e.message.contains("多行文字") || e.message.contains("缩进"),
            "{e:?}"
        );
    }

    #[test]
    fn an_unknown_field_lists_the_fields() {
        let e = explained("name: a\nnmae: b\n");
        assert_eq!(
            e.message,
            "未知字段「nmae」；此处可用的字段：name, year, list, note"
        );
    }

    #[test]
    fn a_missing_field() {
        assert_eq!(explained("year: 1\n").message, "缺少必填字段「name」");
    }

    #[test]
    fn a_duplicate_key() {
        assert_eq!(
            explained("name: a\nname: b\n").message,
            "键「name」在同一映射中出现了两次"
        );
    }

    #[test]
    fn an_integer_that_is_not_one() {
        let e = explained("name: a\nyear: 二〇二〇\n");
        assert_eq!(e.message, "应为整数");
        assert!(e.about_value && e.quote);
    }

    #[test]
    fn a_list_where_text_is_wanted() {
        let e = explained("name: [a, b]\n");
        assert!(e.message.starts_with("类型不符"), "{e:?}");
        assert!(e.about_value);
    }

    #[test]
    fn text_where_a_list_is_wanted() {
        let e = explained("name: a\nlist: {a: 1}\n");
        assert!(e.message.starts_with("类型不符"), "{e:?}");
    }

    #[test]
    fn an_unclosed_list() {
        let e = explained("name: a\nlist: [a, b\n");
        assert!(e.message.starts_with("YAML 语法错误"), "{e:?}");
    }

    #[test]
    fn serde_words_are_read_in_one_place() {
        text::with_lang(text::Lang::ZhCn, || {
            assert_eq!(what("a sequence").as_deref(), Some("列表"));
            assert_eq!(what("struct RawProject").as_deref(), Some("映射"));
            assert_eq!(what("a string").as_deref(), Some("文字"));
            assert_eq!(what("i64").as_deref(), Some("数字"));
            assert_eq!(what("a boolean").as_deref(), Some("true 或 false"));
            assert_eq!(
                what("百分比（如 93.13%）").as_deref(),
                Some("百分比（如 93.13%）")
            );
            assert_eq!(what("something odd"), None);
        });
    }
}
