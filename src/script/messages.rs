//! The rules' own message catalogue: Fluent files beside the rule library
//! (`rules/messages/<lang>.ftl`) and in a pack (`messages/<lang>.ftl`), which rules read with
//! `say(id, #{…})`, so a reason, note or error a rule writes is in the reader's language.
//! A pack's message overrides the library's of the same id.

use crate::diag::{Diagnostic, Diags, Result};
use crate::source::{SourceFile, Span};
use crate::text::{self, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Arc;

type Bundle = FluentBundle<FluentResource>;

/// The rule messages of a pack, one bundle per language.
#[derive(Default)]
pub struct Messages {
    bundles: Vec<(Lang, Bundle)>,
    sources: Vec<Arc<SourceFile>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.sources.iter().map(|s| s.name()).collect();
        f.debug_struct("Messages").field("files", &names).finish()
    }
}

impl Messages {
    /// Reads `files` (library first, then the pack's), each in its language; a syntax error is
    /// a diagnostic at its place in the file.
    pub fn parse(files: Vec<(Lang, Arc<SourceFile>)>) -> Result<Messages> {
        let mut diags = Diags::default();
        let mut out = Messages::default();
        for lang in Lang::ALL {
            let tag = lang.tag().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            bundle.set_use_isolating(false);
            for (_, file) in files.iter().filter(|(l, _)| *l == lang) {
                match FluentResource::try_new(file.text().to_string()) {
                    Ok(res) => bundle.add_resource_overriding(res),
                    Err((_, errors)) => {
                        for e in errors {
                            let at = e.pos.start.min(file.text().len());
                            let span = Span::new(file, at, 1);
                            let d = Diagnostic::error(
                                "jixiao::rules::messages",
                                text::rule_messages_syntax(file.name()),
                            )
                            .at(&span, text::HERE)
                            .help(text::original_text(&e.kind.to_string()));
                            diags.push(d);
                        }
                    }
                }
            }
            out.bundles.push((lang, bundle));
        }
        out.sources = files.into_iter().map(|(_, f)| f).collect();
        if diags.has_errors() {
            Err(diags)
        } else {
            Ok(out)
        }
    }

    /// The message `id` in the current language (中文 when that language lacks it), its
    /// `{ $name }` placeholders filled from `args`; the error says what is wrong, for the rule.
    pub fn say(&self, id: &str, args: &[(String, String)]) -> std::result::Result<String, String> {
        let wanted = [text::lang(), Lang::ZhCn];
        let found = wanted.iter().find_map(|l| {
            let bundle = self.bundles.iter().find(|(b, _)| b == l).map(|(_, b)| b)?;
            let pattern = bundle.get_message(id)?.value()?;
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            return Err(text::rule_message_unknown(id));
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        let mut errors = Vec::new();
        let said = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() {
            Ok(said.into_owned())
        } else {
            let names: Vec<String> = errors.iter().map(ToString::to_string).collect();
            Err(text::rule_message_args(id, &names.join("; ")))
        }
    }

    /// The text of every message file, so a rule's identity changes when its words do.
    pub fn fingerprint(&self) -> String {
        self.sources
            .iter()
            .map(|s| format!("{}\n{}", s.name(), s.text()))
            .collect()
    }
}

/// Registers `say(id)` and `say(id, #{name: value, …})`: the rule message `id` in the
/// reader's language, each value shown as the rule would show it in a string.
pub fn register(e: &mut rhai::Engine, messages: &Arc<Messages>) {
    type Res = std::result::Result<String, Box<rhai::EvalAltResult>>;
    let m = Arc::clone(messages);
    e.register_fn("say", move |id: &str, args: rhai::Map| -> Res {
        let args: Vec<(String, String)> = args
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        m.say(id, &args).map_err(Into::into)
    });
    let m = Arc::clone(messages);
    e.register_fn("say", move |id: &str| -> Res {
        m.say(id, &[]).map_err(Into::into)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::with_lang;

    fn catalogue() -> Messages {
        let file = |name: &str, text: &str| SourceFile::new(name, text);
        Messages::parse(vec![
            (Lang::ZhCn, file("lib-zh.ftl", "a = 得分 { $x }\nb = 库\n")),
            (Lang::En, file("lib-en.ftl", "a = score { $x }\n")),
            (Lang::ZhCn, file("pack-zh.ftl", "b = 包\n")),
        ])
        .unwrap()
    }

    #[test]
    fn the_readers_language_then_chinese_and_the_pack_overrides() {
        let m = catalogue();
        let x = [("x".to_string(), "3".to_string())];
        assert_eq!(
            with_lang(Lang::ZhCn, || m.say("a", &x)),
            Ok("得分 3".into())
        );
        assert_eq!(with_lang(Lang::En, || m.say("a", &x)), Ok("score 3".into()));
        assert_eq!(with_lang(Lang::En, || m.say("b", &[])), Ok("包".into()));
    }

    #[test]
    fn an_unknown_id_or_a_missing_value_is_the_rules_error() {
        let m = catalogue();
        assert!(m.say("nope", &[]).is_err());
        assert!(m.say("a", &[]).is_err());
        let bad = Messages::parse(vec![(Lang::ZhCn, SourceFile::new("x.ftl", "a = {\n"))]);
        assert!(bad.is_err());
    }
}
