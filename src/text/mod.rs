//! Every user-facing sentence, in Chinese, in one place so an English locale can follow.
//! Split by topic; everything is re-exported here, so callers write `text::NAME`.

mod commands;
mod form_audit;
mod import_watch;
mod labels;
mod layouts;
mod packs;
mod results;
mod scripts_packs;

pub use commands::*;
pub use form_audit::*;
pub use import_watch::*;
pub use labels::*;
pub use layouts::*;
pub use packs::*;
pub use results::*;
pub use scripts_packs::*;
