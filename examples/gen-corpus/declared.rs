//! What the unit declares: the 53号 评分表 (jinzhong-2020's tree) and the 10号 分值/得分 per
//! indicator — mostly what the rules give, sometimes full marks for a shortfall, a figure rounded
//! down, a total that does not add up, so that the audit has something to find.

use crate::form::{Form, Indicator, Item, Tier, Value};
use crate::rng::Rng;
use crate::scoring::{self, round2, share};
use rust_decimal::{Decimal, RoundingStrategy};

/// How an item of jinzhong-2020 is scored.
#[derive(Clone, Copy)]
enum Rule {
    Judged,
    Arrival,
    Execution,
    Indicators(&'static str),
    Zero,
}

use Rule::*;

/// The jinzhong-2020 tree: (一级, 分值, [(二级, 三级, 分值, rule)]).
type Tree = [(
    &'static str,
    i64,
    &'static [(&'static str, &'static str, i64, Rule)],
)];
#[rustfmt::skip]
const TREE53: &Tree = &[
    (
        "投入",
        20,
        &[
            ("项目目标", "项目立项规范性", 3, Judged),
            ("项目目标", "绩效目标合理性", 4, Judged),
            ("项目目标", "绩效指标明确性", 4, Judged),
            ("资金落实", "资金到位率", 3, Arrival),
            ("资金落实", "到位及时率", 3, Judged),
            ("资金落实", "预算执行率", 3, Execution),
        ],
    ),
    (
        "过程",
        20,
        &[
            ("业务管理", "管理制度健全性", 3, Judged),
            ("业务管理", "制度执行有效性", 3, Judged),
            ("业务管理", "项目质量可控性", 4, Judged),
            ("财务管理", "管理制度健全性", 3, Judged),
            ("财务管理", "资金使用合规性", 3, Judged),
            ("财务管理", "财务监控有效性", 4, Judged),
        ],
    ),
    (
        "产出",
        30,
        &[
            ("项目产出", "实际完成率", 8, Indicators("数量指标")),
            ("项目产出", "完成及时率", 7, Judged),
            ("项目产出", "质量达标率", 8, Indicators("质量指标")),
            ("项目产出", "成本节约率", 7, Indicators("成本指标")),
        ],
    ),
    (
        "效果",
        30,
        &[
            ("项目效果", "经济效益", 0, Zero),
            ("项目效果", "社会效益", 20, Indicators("社会效益指标")),
            ("项目效果", "生态效益", 0, Zero),
            ("项目效果", "可持续影响", 0, Zero),
            ("项目效果", "社会公众或服务对象满意度", 10, Indicators("满意度指标")),
        ],
    ),
];

/// 53号: the 评分表 as the unit fills it in — mostly what the rules give, sometimes full marks
/// for a shortfall or a rounded figure; judged items near their weight.
pub fn scorecard(rng: &mut Rng, form: &mut Form) {
    let f = &form.funds;
    let (arrival, execution) = (
        scoring::capped_ratio(f.allocated, f.budget),
        scoring::capped_ratio(f.spent, f.allocated),
    );
    for (level1, _, rows) in TREE53 {
        for &(level2, name, w, rule) in rows.iter() {
            let weight = Decimal::from(w);
            let rate = match rule {
                Judged => Decimal::ONE,
                Arrival => arrival,
                Execution => execution,
                Zero => Decimal::ZERO,
                Indicators(group) => mean_rate(&form.indicators, group),
            };
            let honest = round2(weight * rate);
            let declared = match (rule, rng.range(0, 99)) {
                (Zero, _) => Decimal::ZERO,
                (Judged, 0..=79) => weight,
                (Judged, _) => (weight - Decimal::new(rng.range(1, 2) * 5, 1)).max(Decimal::ZERO),
                (_, 0..=69) => honest,
                (_, 70..=89) => weight,
                (_, _) => honest.round_dp_with_strategy(1, RoundingStrategy::ToZero),
            };
            form.items.push(Item {
                path: [level1, level2, name],
                weight,
                declared,
            });
        }
    }
    if rng.chance(30) {
        let item = &form.items[rng.range(0, 2) as usize];
        let judged = (item.weight - Decimal::ONE).max(Decimal::ZERO);
        let why = *rng.pick(&["立项材料不全", "绩效目标未细化量化", "个别指标不可衡量"]);
        form.judgements.push((item.path.join("/"), judged, why));
    }
    let sum: Decimal = form.items.iter().map(|i| i.declared).sum();
    form.total = sum + slip(rng);
    form.grade = scoring::grade(form.total);
}

fn mean_rate(indicators: &[Indicator], group: &str) -> Decimal {
    let rates: Vec<Decimal> = indicators
        .iter()
        .filter(|i| i.level1 == group || i.level2 == group)
        .map(|i| i.rate)
        .collect();
    let n = Decimal::from(rates.len().max(1));
    rates.iter().sum::<Decimal>() / n
}

/// A declared total that is off by half a point one time in ten.
fn slip(rng: &mut Rng) -> Decimal {
    if rng.chance(10) {
        Decimal::new(*rng.pick(&[-5, 5, 10]), 1)
    } else {
        Decimal::ZERO
    }
}

/// 10号: 分值 per indicator (the group's weight split over its rows) and the declared 得分.
pub fn indicator_scores(rng: &mut Rng, form: &mut Form) {
    let hubei = form.pack == "hubei-2022";
    let mut groups: Vec<(&'static str, i64)> = if hubei {
        vec![("产出指标", 40), ("效益指标", 30), ("满意度指标", 10)]
    } else {
        vec![("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]
    };
    if !form.indicators.iter().any(|i| i.level1 == "满意度指标") {
        groups.pop();
        groups[1].1 += 10;
    } else if rng.chance(15) {
        // A unit that weighs its own way (永德 2022: 产出 40 / 效益 30 / 满意度 20).
        groups[0].1 -= 10;
        groups[2].1 += 10;
    }
    for (level1, w) in &groups {
        let members: Vec<usize> = (0..form.indicators.len())
            .filter(|&i| form.indicators[i].level1 == *level1)
            .collect();
        for (i, weight) in members.iter().zip(scoring::split(*w, members.len())) {
            let ind = &mut form.indicators[*i];
            ind.weight = weight;
            ind.score = declared_indicator_score(rng, ind, hubei);
        }
        form.group_weights.push((level1, Decimal::from(*w)));
    }
    let sum: Decimal = form.indicators.iter().map(|i| i.score).sum::<Decimal>() + form.funds.score;
    form.total = sum + slip(rng);
    form.grade = scoring::grade(form.total);
}

fn declared_indicator_score(rng: &mut Rng, ind: &Indicator, hubei: bool) -> Decimal {
    let w = ind.weight;
    let honest = match &ind.value {
        Value::Quantity {
            dir,
            target,
            actual,
            ..
        } if hubei => scoring::hubei_score(*dir, w, *target, *actual),
        Value::Quantity { .. } => round2(w * ind.rate),
        // 10号 tiers: 部分达成 [60 %, 80 %), 未达成 [0, 60 %) of the weight.
        Value::Quality {
            tier: Tier::Achieved,
            ..
        } => w,
        Value::Quality {
            tier: Tier::Partial,
            ..
        } => share(w, rng.range(6_000, 7_900), 2),
        Value::Quality {
            tier: Tier::Unachieved,
            ..
        } => share(w, rng.range(2_000, 5_900), 2),
    };
    let quantity = matches!(ind.value, Value::Quantity { .. });
    match rng.range(0, 99) {
        0..=14 if quantity => w,
        15..=24 if quantity => honest.round_dp_with_strategy(0, RoundingStrategy::ToZero),
        _ => honest,
    }
}
