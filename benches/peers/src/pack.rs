//! The jinzhong-2020 pack (policies/jinzhong-2020/policy.yaml) as a table: every scoring item
//! in policy order with its 分值 and rule, the grade bands and the rounding. This is the hand
//! translation the plain-Rust peer runs and the generator writes scorecards from; the JDM graph
//! and the Rego policy spell the same table out in their own languages.

use rust_decimal::{Decimal, RoundingStrategy};

/// What an item's rule reads, with the rule function it calls in the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// `judgement`: the evaluator's (or, failing that, the scorecard's) score.
    Judgement,
    /// `capped_ratio` of two funds fields: 分值 × min(1, numerator ÷ denominator).
    Ratio(Funds, Funds),
    /// `indicator_completion` over `indicators.<name>`: 分值 × mean completion.
    Indicators(&'static str),
    /// `not_applicable`: 分值 0, no score.
    NotApplicable,
}

/// The funds fields the pack reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Funds {
    /// `funds.budget` (Σ of its sources).
    Budget,
    /// `funds.allocated`.
    Allocated,
    /// `funds.spent` (Σ of its sources).
    Spent,
}

/// One scoring item.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Item id in policy.yaml.
    pub id: &'static str,
    /// 一级/二级/三级 path (the scorecard's key).
    pub path: &'static str,
    /// 分值.
    pub weight: u32,
    /// Its rule.
    pub rule: Rule,
}

const fn item(id: &'static str, path: &'static str, weight: u32, rule: Rule) -> Item {
    Item {
        id,
        path,
        weight,
        rule,
    }
}

use Funds::{Allocated, Budget, Spent};
use Rule::{Indicators, Judgement, NotApplicable, Ratio};

/// The 21 items in policy order.
pub const ITEMS: [Item; 21] = [
    item(
        "project_approval",
        "投入/项目目标/项目立项规范性",
        3,
        Judgement,
    ),
    item(
        "goal_reasonableness",
        "投入/项目目标/绩效目标合理性",
        4,
        Judgement,
    ),
    item(
        "indicator_clarity",
        "投入/项目目标/绩效指标明确性",
        4,
        Judgement,
    ),
    item(
        "funds_arrival",
        "投入/资金落实/资金到位率",
        3,
        Ratio(Allocated, Budget),
    ),
    item(
        "arrival_timeliness",
        "投入/资金落实/到位及时率",
        3,
        Judgement,
    ),
    item(
        "budget_execution",
        "投入/资金落实/预算执行率",
        3,
        Ratio(Spent, Allocated),
    ),
    item(
        "business_rules",
        "过程/业务管理/管理制度健全性",
        3,
        Judgement,
    ),
    item(
        "rules_enforcement",
        "过程/业务管理/制度执行有效性",
        3,
        Judgement,
    ),
    item(
        "quality_control",
        "过程/业务管理/项目质量可控性",
        4,
        Judgement,
    ),
    item(
        "finance_rules",
        "过程/财务管理/管理制度健全性",
        3,
        Judgement,
    ),
    item(
        "funds_compliance",
        "过程/财务管理/资金使用合规性",
        3,
        Judgement,
    ),
    item(
        "finance_monitoring",
        "过程/财务管理/财务监控有效性",
        4,
        Judgement,
    ),
    item(
        "completion_rate",
        "产出/项目产出/实际完成率",
        8,
        Indicators("数量指标"),
    ),
    item("timeliness", "产出/项目产出/完成及时率", 7, Judgement),
    item(
        "quality_rate",
        "产出/项目产出/质量达标率",
        8,
        Indicators("质量指标"),
    ),
    item(
        "cost_saving",
        "产出/项目产出/成本节约率",
        7,
        Indicators("成本指标"),
    ),
    item(
        "economic_benefit",
        "效果/项目效果/经济效益",
        0,
        NotApplicable,
    ),
    item(
        "social_benefit",
        "效果/项目效果/社会效益",
        20,
        Indicators("社会效益指标"),
    ),
    item(
        "ecological_benefit",
        "效果/项目效果/生态效益",
        0,
        NotApplicable,
    ),
    item(
        "sustainability",
        "效果/项目效果/可持续影响",
        0,
        NotApplicable,
    ),
    item(
        "satisfaction",
        "效果/项目效果/社会公众或服务对象满意度",
        10,
        Indicators("满意度指标"),
    ),
];

/// Grade bands, highest first: the first whose minimum the total reaches.
pub const GRADES: [(&str, u32); 4] = [("优", 90), ("良", 80), ("中", 60), ("差", 0)];

/// Places the pack rounds item scores to (`rounding: { places: 2, mode: 四舍五入 }`).
pub const PLACES: u32 = 2;

/// Places jixiao normalises to before the pack's rounding (`eval::rounding::GUARD_PLACES`, not
/// exported: repeated here).
pub const GUARD_PLACES: u32 = 20;

/// An item's raw score rounded as jixiao does: half away from zero to the guard places, then to
/// the pack's places, never above the weight.
pub fn round_score(raw: Decimal, weight: Decimal) -> Decimal {
    let guarded = raw.round_dp_with_strategy(GUARD_PLACES, RoundingStrategy::MidpointAwayFromZero);
    guarded
        .round_dp_with_strategy(PLACES, RoundingStrategy::MidpointAwayFromZero)
        .min(weight)
}

/// The grade of a total.
pub fn grade_of(total: Decimal) -> &'static str {
    GRADES
        .iter()
        .find(|(_, min)| total >= Decimal::from(*min))
        .map_or("差", |(g, _)| g)
}

/// A decimal at the pack's places, as the agreement check compares it.
pub fn fixed(x: Decimal) -> String {
    let mut x = x;
    x.rescale(PLACES);
    x.to_string()
}
