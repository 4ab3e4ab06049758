//! The message catalogue is complete: every locale parses, has the same messages with the same
//! placeholders, and every message id the code names exists.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use jixiao::text::{sources, Lang};
use std::collections::{BTreeMap, BTreeSet};

/// Message id → the variables its value and attributes use, for one locale.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let files = sources(lang);
    assert!(!files.is_empty(), "{} 没有 .ftl 文件", lang.tag());
    parsed(lang, files)
}

/// Message id → the variables it uses, over `files` (name, text) of one language.
fn parsed(lang: Lang, files: Vec<(&str, &str)>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in files {
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errs)) => panic!("locales/{}/{file}：无法解析：{errs:?}", lang.tag()),
        };
        for entry in res.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    for a in &m.attributes {
                        pattern_vars(&a.value, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "locales/{}/{file}：消息 {id} 重复",
                        lang.tag()
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("locales/{}/{file}：无法解析：{content}", lang.tag())
                }
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_locale_has_every_message_with_the_same_placeholders() {
    let zh = messages(Lang::ZhCn);
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = zh.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !zh.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} 缺少消息：{missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} 多出消息：{extra:?}", lang.tag());
        for (id, vars) in &zh {
            assert_eq!(
                Some(vars),
                other.get(id),
                "{}：消息 {id} 的占位符与 zh-CN 不同",
                lang.tag()
            );
        }
    }
}

/// Message ids named in the code: `t!("id"`, `tr("id"`, `Msg("id")`.
fn ids_in_code() -> BTreeSet<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let file = std::fs::read_to_string(&path).unwrap_or_default();
                // Doc comments show the macros with a sample id.
                let text: String = file
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                for pat in ["t!(\"", "tr(\"", "Msg(\""] {
                    for (i, _) in text.match_indices(pat) {
                        let before = text[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &text[i + pat.len()..];
                        if let Some(end) = rest.find('"') {
                            out.insert((rest[..end].to_string(), path.display().to_string()));
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_message_the_code_names_exists() {
    let zh = messages(Lang::ZhCn);
    let unknown: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !zh.contains_key(id) && id != "no-such-message-anywhere")
        .collect();
    assert!(
        unknown.is_empty(),
        "代码中引用了目录里没有的消息：{unknown:?}"
    );
}

#[test]
fn english_is_rendered_when_asked() {
    let zh = jixiao::text::with_lang(Lang::ZhCn, || jixiao::text::test_summary(6, 0));
    let en = jixiao::text::with_lang(Lang::En, || jixiao::text::test_summary(1, 2));
    assert_eq!(zh, "jixiao test：通过 6 例，未通过 0 例");
    assert_eq!(en, "jixiao test: 1 case passed, 2 failed");
}

/// The messages in `dir/<lang>.ftl` (rules/messages/, a pack's messages/), which rules read
/// with `say`.
fn rule_messages(dir: &std::path::Path, lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let path = dir.join(format!("{}.ftl", lang.tag()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let shown = path.display().to_string();
    parsed(lang, vec![(shown.as_str(), text.as_str())])
}

/// The ids of every `say("id"` in the .rhai files of `dir`.
fn said_in(dir: &std::path::Path) -> BTreeSet<String> {
    let mut said = BTreeSet::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "rhai") {
            let text = std::fs::read_to_string(&p).unwrap();
            for part in text.split("say(\"").skip(1) {
                said.insert(part.split('"').next().unwrap_or_default().to_string());
            }
        }
    }
    said
}

/// Library and packs: both languages have the same messages with the same placeholders, every
/// `say` names one, and none is unused.
#[test]
fn rule_messages_exist_in_every_language_for_every_say() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = root.join("rules/messages");
    let lib = rule_messages(&library, Lang::ZhCn);
    let mut said = said_in(&root.join("rules"));
    let mut dirs = vec![library];
    for e in std::fs::read_dir(root.join("policies")).unwrap() {
        let pack = e.unwrap().path();
        let messages = pack.join("messages");
        let pack_said = said_in(&pack);
        if messages.is_dir() {
            let own = rule_messages(&messages, Lang::ZhCn);
            let missing: Vec<_> = pack_said
                .iter()
                .filter(|id| !own.contains_key(*id) && !lib.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{messages:?} 缺少：{missing:?}");
            let unused: Vec<_> = own.keys().filter(|id| !pack_said.contains(*id)).collect();
            assert!(unused.is_empty(), "{messages:?} 中无人用的消息：{unused:?}");
            dirs.push(messages);
        } else {
            said.extend(pack_said);
        }
    }
    for dir in &dirs {
        let zh = rule_messages(dir, Lang::ZhCn);
        for lang in Lang::ALL {
            assert_eq!(
                rule_messages(dir, lang),
                zh,
                "{dir:?}/{}.ftl 与 zh-CN 不一致",
                lang.tag()
            );
        }
    }
    assert!(said.len() > 30, "{said:?}");
    let missing: Vec<_> = said.iter().filter(|id| !lib.contains_key(*id)).collect();
    assert!(missing.is_empty(), "rules/messages 缺少：{missing:?}");
}
