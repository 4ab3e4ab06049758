//! jixiao (绩效): a rules-as-configuration engine for 财政支出项目绩效自评.
//!
//! Load a [`project`] (one self-evaluation form) and a [`policy`] pack (YAML + rhai),
//! [`eval::evaluate`] it into a points ledger, [`audit`] it against what the unit declared,
//! and [`render`] the result for people (miette) or machines (JSON).

#![forbid(unsafe_code)]
// No arithmetic, unwrap or indexing that can panic on user data (docs/security.md); unit
// tests (cfg(test)) may unwrap.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing
    )
)]

pub mod audit;
mod audit_form;
mod cases;
pub mod cli;
pub mod compare;
pub mod diag;
pub mod eval;
pub mod form_audit;
mod fsx;
pub mod import;
mod input;
pub mod num;
pub mod policy;
pub mod project;
pub mod render;
pub mod script;
pub mod source;
pub mod text;
pub mod watch;
mod yaml;
