//! The catalogue's languages: Fluent messages under `locales/<lang>/*.ftl`, embedded in the
//! binary; the language comes from `--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG`, else 中文.
//!
//! Every sentence a user reads is looked up here by its message id ([`tr`], [`t!`](crate::t),
//! [`Msg`]); logic never looks at the result.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 简体中文 (zh-CN), the default.
    ZhCn,
    /// English (en).
    En,
}

impl Lang {
    /// Every language the catalogue has.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, which is also the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads a tag or a POSIX locale (`en`, `en-US`, `en_US.UTF-8`, `zh_CN.UTF-8`, `zh`);
    /// `None` for a language the catalogue does not have (`C`, `POSIX`, `fr_FR`…).
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s.split(['.', '@']).next().unwrap_or("");
        let primary = base.split(['_', '-']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::ZhCn => 0,
            Lang::En => 1,
        }
    }

    fn from_index(i: u8) -> Lang {
        if i == 1 {
            Lang::En
        } else {
            Lang::ZhCn
        }
    }
}

static GLOBAL: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language for the whole process (once, at start-up).
pub fn set_lang(lang: Lang) {
    GLOBAL.store(lang.index(), Ordering::Relaxed);
}

/// The language messages are rendered in now.
pub fn lang() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(GLOBAL.load(Ordering::Relaxed)))
}

/// Runs `f` with messages in `lang` on this thread (tests, and renderers that need both).
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// The language asked for: `flag` (`--lang`), else the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set and not empty, else 中文. A language the catalogue lacks falls back to 中文.
pub fn from_env(flag: Option<&str>) -> Lang {
    if let Some(f) = flag {
        return Lang::parse(f).unwrap_or(Lang::ZhCn);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(&v))
        .unwrap_or(Lang::ZhCn)
}

/// The `.ftl` files of one language: (file name, text).
pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("{}/", lang.tag());
    embedded::LOCALES
        .iter()
        .filter_map(|(path, text)| path.strip_prefix(prefix.as_str()).map(|p| (p, *text)))
        .collect()
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let cell = match lang {
        Lang::ZhCn => &BUNDLES[0],
        Lang::En => &BUNDLES[1],
    };
    cell.get_or_init(|| build(lang))
}

/// A bundle of every file of `lang`. A file that does not parse keeps what it could
/// (tests/catalogue.rs fails on any parse error, so none ships).
fn build(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        // A duplicate id keeps the first; the catalogue test rejects duplicates.
        let _ = bundle.add_resource(res);
    }
    bundle
}

/// A message argument: text (decimals go as text, so they print exactly as written) or a
/// count (for plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, printed as is.
    Text(String),
    /// A count; `{ $n -> [one] … *[other] … }` selects on it.
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<Decimal> for Arg {
    fn from(d: Decimal) -> Self {
        Arg::Text(d.to_string())
    }
}
impl From<&Decimal> for Arg {
    fn from(d: &Decimal) -> Self {
        Arg::Text(d.to_string())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(i64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Text(m.to_string())
    }
}

/// The message `id` in the current language, with its `{ $name }` placeholders filled.
/// An id the catalogue lacks renders as the id itself (tests/catalogue.rs keeps that from
/// shipping); a missing argument renders as `{$name}`.
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang());
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        let value: FluentValue = match v {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fargs.set(*k, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// A message without arguments, usable where a constant was: it renders in the current
/// language when displayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg(pub &'static str);

impl Msg {
    /// The message id.
    pub fn id(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr(self.0, &[]))
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.to_string()
    }
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the current language; each
/// value is anything [`Arg`] is made from (`&str`, `String`, `Decimal`, a count).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::text::tr($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::text::tr($id, &[$((stringify!($k), $crate::text::Arg::from($v))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_are_read() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse("fr_FR"), None);
    }

    #[test]
    fn an_unknown_id_renders_as_itself() {
        assert_eq!(
            tr("no-such-message-anywhere", &[]),
            "no-such-message-anywhere"
        );
    }

    #[test]
    fn the_override_is_per_thread_and_restored() {
        let inside = with_lang(Lang::En, lang);
        assert_eq!(inside, Lang::En);
        assert_eq!(lang(), Lang::ZhCn);
    }
}
