//! Every user-facing sentence, in Chinese, in one place so an English locale can follow.
//! Split by topic; everything is re-exported here, so callers write `text::NAME`.

mod attribution;
mod commands;
mod files;
mod form_audit;
mod import_watch;
mod labels;
mod layouts;
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
pub use labels::*;
pub use layouts::*;
pub use packs::*;
pub use results::*;
pub use sandbox::*;
pub use scripts_packs::*;
pub use weights::*;
