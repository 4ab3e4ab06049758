//! Peer benchmark of jixiao (issue 11, item 1): the jinzhong-2020 scoring by jixiao, GoRules
//! zen-engine (a JDM graph), regorus (Rego) and plain Rust, checked to agree on the seed and
//! generated inputs before anything is timed. See README.md.

pub mod agree;
pub mod case;
pub mod jx;
pub mod outcome;
pub mod pack;
pub mod plain;
pub mod rego;
pub mod rng;
pub mod yaml;
pub mod zen;
