//! Renderers: they read the ledger and never recompute a score.

pub mod explain;
pub mod human;
pub mod json;
pub mod table;
