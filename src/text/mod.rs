//! Every user-facing sentence, in one catalogue: Fluent messages under `locales/<lang>/*.ftl`
//! (zh-CN and en), looked up by id in [`locale`]; the functions here give each message its
//! typed arguments. Split by topic; everything is re-exported, so callers write `text::NAME`.

mod attribution;
mod commands;
mod files;
mod form_audit;
mod import_watch;
mod json;
mod labels;
mod layouts;
mod locale;
mod packs;
mod results;
mod sandbox;
mod scripts_packs;
mod weights;

pub use attribution::*;
pub use commands::*;
pub use files::*;
pub use form_audit::*;
pub use import_watch::*;
pub use json::*;
pub use labels::*;
pub use layouts::*;
pub use locale::{from_env, lang, set_lang, sources, tr, with_lang, Arg, Lang, Msg};
pub use packs::*;
pub use results::*;
pub use sandbox::*;
pub use scripts_packs::*;
pub use weights::*;
