//! A policy pack (政策包): one policy year's scoring tree, weights, rules, rounding and grades.

mod check;
mod check_form;
pub mod diff;
mod header;
mod load;
mod pack;
mod raw;
mod registry;
mod scaffold;
mod selector;

pub use load::{load, scalar as scalar_value};
pub use pack::PackFiles;
pub use registry::{available, candidates, choose, resolve, scan, PackInfo, Scan, Years};
pub use scaffold::new_policy;
pub use selector::Selector;

use crate::diag::Diagnostic;
use crate::num::RoundingMode;
use crate::script::Scripts;
use crate::source::{SourceFile, Sp};
use rust_decimal::Decimal;
use std::sync::Arc;

/// A loaded and checked policy pack, scripts compiled once.
#[derive(Debug)]
pub struct Policy {
    /// Pack id, e.g. `jinzhong-2020`.
    pub id: Sp<String>,
    /// Title.
    pub title: String,
    /// Region the pack applies to (晋中市); `None` for national packs.
    pub region: Option<String>,
    /// Policy year.
    pub year: i64,
    /// Effective period, as written.
    pub effective: Option<Effective>,
    /// Place names that mark a project as this pack's region (matched in the form's header).
    pub regions: Vec<String>,
    /// True when the form's own weights (分值 per indicator, weights in labels, the funds row's
    /// 分值) replace the pack's, which are then defaults (`weights: form`).
    pub form_weights: bool,
    /// A rule run on the total after the items (`total_rule:`), e.g. a cap by 预算执行率.
    pub total_rule: Option<ItemRule>,
    /// 文号 the pack is based on.
    pub basis: Vec<String>,
    /// 总分.
    pub total: Sp<Decimal>,
    /// How item scores are rounded.
    pub rounding: Rounding,
    /// Grade bands, highest first.
    pub grades: Vec<Band>,
    /// Pack parameters rules read with `param(…)`.
    pub params: Vec<(String, Sp<String>)>,
    /// The scoring tree (一级 sections at the top).
    pub tree: Vec<Node>,
    /// Compiled rule scripts (library + pack).
    pub scripts: Scripts,
    /// policy.yaml.
    pub source: Arc<SourceFile>,
    /// Where the pack came from (a directory, or embedded in the binary).
    pub origin: String,
    /// The pack's files (a directory, or embedded by id): its origin, for machines.
    pub files: PackFiles,
    /// Warnings found while checking.
    pub warnings: Vec<Diagnostic>,
    /// How this pack's items correspond to an earlier pack's, for comparisons.
    pub crosswalk: Option<Crosswalk>,
    pub(crate) params_map: Arc<rhai::Map>,
}

/// A pack's effective period (`effective: {from, to}`), dates as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    /// First day, e.g. `2020-01-01`.
    pub from: String,
    /// Last day; `None` when the pack has no end.
    pub to: Option<String>,
}

/// How a newer pack's items correspond to an earlier pack's (`crosswalk:` in policy.yaml).
#[derive(Debug, Clone)]
pub struct Crosswalk {
    /// The earlier pack's id.
    pub from: Sp<String>,
    /// Each entry: a path in this pack ← paths in the earlier pack.
    pub entries: Vec<CrosswalkEntry>,
}

/// One crosswalk entry: a path in this pack and the paths (items or groups) of the earlier
/// pack it stands for.
#[derive(Debug, Clone)]
pub struct CrosswalkEntry {
    /// The path in this pack.
    pub to: Sp<String>,
    /// The paths in the earlier pack.
    pub from: Vec<Sp<String>>,
}

/// Rounding of item scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rounding {
    /// Decimal places.
    pub places: u32,
    /// Mode.
    pub mode: RoundingMode,
}

/// One grade band: scores ≥ `min` get `grade` (bands are tried highest first).
#[derive(Debug, Clone)]
pub struct Band {
    /// 优, 良, 中, 差.
    pub grade: Sp<String>,
    /// Lowest score of the band.
    pub min: Sp<Decimal>,
}

/// A node of the scoring tree: a group (一级/二级) or a scoring item (leaf).
#[derive(Debug, Clone)]
pub struct Node {
    /// Stable id (given, or the path joined by `/`).
    pub id: String,
    /// Name on the form.
    pub name: Sp<String>,
    /// 一级/二级/三级 names down to this node.
    pub path: Vec<String>,
    /// 分值; optional on groups.
    pub weight: Option<Sp<Decimal>>,
    /// Group or item.
    pub kind: NodeKind,
    /// The project field holding the weight the form declares for this item (`declared_weight:`).
    pub declared_weight: Option<Sp<String>>,
    /// The project field holding the score the form declares for this item (`declared_score:`).
    pub declared_score: Option<Sp<String>>,
    /// For an `each` node: the node whose weight takes this one's when the project has no
    /// matching indicator (`if_absent:`; 10号: 未设置满意度指标的，其权重调增至效益指标).
    pub if_absent: Option<Sp<String>>,
}

/// Group or scoring item.
#[derive(Debug, Clone)]
pub enum NodeKind {
    /// A group of child nodes.
    Group(Vec<Node>),
    /// A scoring item with its rule.
    Item(Box<ItemRule>),
    /// One scoring item per project indicator the selector matches (`each: indicators.产出指标`),
    /// sharing the node's weight by the indicators' 分值 or equally.
    Each(Box<ItemRule>, Selector),
}

/// What a project value an item rule receives is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A named numeric field (`funds.allocated`).
    Field(String),
    /// Indicators whose 一级 or 二级 name matches (`indicators.数量指标`).
    Indicators(String),
    /// The item's judgement (评价人判定, else the declared score).
    Judgement,
}

impl std::fmt::Display for Input {
    /// As written in policy.yaml: `funds.allocated`, `indicators.数量指标`, `judgement`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Input::Field(name) => f.write_str(name),
            Input::Indicators(sel) => write!(f, "indicators.{sel}"),
            Input::Judgement => f.write_str("judgement"),
        }
    }
}

/// How a scoring item is scored.
#[derive(Debug, Clone)]
pub struct ItemRule {
    /// The rhai function, `fn name(item, input)`.
    pub rule: Sp<String>,
    /// Project values handed to the rule, by name.
    pub inputs: Vec<(String, Sp<Input>)>,
    /// Constant arguments, by name.
    pub args: Vec<(String, Sp<String>)>,
    /// Formula and reading, for explanations.
    pub help: Option<String>,
    /// Basis clause (文号·条款).
    pub basis: Option<String>,
}

impl Node {
    /// The path joined by `/`.
    pub fn path_str(&self) -> String {
        self.path.join("/")
    }

    /// The rule when this node scores (an item, or one item per indicator).
    pub fn rule(&self) -> Option<&ItemRule> {
        match &self.kind {
            NodeKind::Item(r) | NodeKind::Each(r, _) => Some(r),
            NodeKind::Group(_) => None,
        }
    }

    /// Child nodes (empty for scoring nodes).
    pub fn children(&self) -> &[Node] {
        match &self.kind {
            NodeKind::Group(c) => c,
            NodeKind::Item(_) | NodeKind::Each(..) => &[],
        }
    }

    /// The rule as written (function, `each`, inputs, args), empty for groups.
    pub fn rule_text(&self) -> String {
        let Some(r) = self.rule() else {
            return String::new();
        };
        let each = match &self.kind {
            NodeKind::Each(_, sel) => format!(" each={sel}"),
            _ => String::new(),
        };
        let inputs: Vec<String> = r
            .inputs
            .iter()
            .map(|(k, v)| format!("{k}={}", v.value))
            .collect();
        let args: Vec<String> = r
            .args
            .iter()
            .map(|(k, v)| format!("{k}={}", v.value))
            .collect();
        format!(
            "{}{each} inputs[{}] args[{}]",
            r.rule.value,
            inputs.join(", "),
            args.join(", ")
        )
    }

    /// All scoring nodes below (or at) this node, in order.
    pub fn leaves(&self) -> Vec<&Node> {
        match &self.kind {
            NodeKind::Item(_) | NodeKind::Each(..) => vec![self],
            NodeKind::Group(c) => c.iter().flat_map(Node::leaves).collect(),
        }
    }
}

impl Policy {
    /// All scoring nodes (items and per-indicator nodes) in policy order.
    pub fn items(&self) -> Vec<&Node> {
        self.tree.iter().flat_map(Node::leaves).collect()
    }

    /// The grade of a total.
    pub fn grade_of(&self, total: Decimal) -> Option<&Band> {
        self.grades.iter().find(|b| total >= b.min.value)
    }

    /// What decides a scoring node's result apart from the pack's parameters, as text: equal
    /// fingerprints in two packs mean equal scores when the parameters the rule read are equal
    /// (weight, rule, inputs, args, rounding, and the script functions the rule can reach
    /// through the calls in rhai's AST, each by its parameters and its source). Which
    /// parameters a rule read is on the ledger (`ItemScore.params`).
    pub fn fingerprint(&self, node: &Node) -> String {
        let Some(r) = node.rule() else {
            return String::new();
        };
        let mut fp = format!(
            "{:?}|{}|{:?}",
            node.weight.as_ref().map(|w| w.value),
            node.rule_text(),
            self.rounding
        );
        for f in self.scripts.reachable_defs(&[r.rule.value.as_str()]) {
            fp.push_str(&format!("|{}({})", f.name, f.params.join(",")));
            fp.push_str(f.source());
        }
        fp.push_str(&self.scripts.messages_fingerprint());
        fp
    }

    /// The value of the parameter `name`, as written, if the pack sets it.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.value.as_str())
    }
}
