//! The inputs every engine scores: the seed project's values and deterministic variations of
//! them (a fixed-seed splitmix64, no clock). A [`Case`] holds exactly what the pack reads —
//! funds, indicators, the scorecard's self-scores that stand in for judgements — once as
//! project-file text for jixiao (`crate::yaml`) and once as values for the peers.

use crate::pack::{Rule, ITEMS};
pub use crate::rng::Rng;
use rust_decimal::Decimal;

/// 指标方向 as jixiao hands it to rules (`Direction::symbol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// ≥
    Ge,
    /// >
    Gt,
    /// =
    Eq,
    /// <
    Lt,
    /// ≤
    Le,
    /// 定性
    Qualitative,
}

impl Dir {
    /// The symbol rules see.
    pub fn symbol(self) -> &'static str {
        match self {
            Dir::Ge => "≥",
            Dir::Gt => ">",
            Dir::Eq => "=",
            Dir::Lt => "<",
            Dir::Le => "≤",
            Dir::Qualitative => "定性",
        }
    }

    /// How the project file writes it.
    pub fn yaml(self) -> &'static str {
        match self {
            Dir::Ge => "\">=\"",
            Dir::Gt => "\">\"",
            Dir::Eq => "\"=\"",
            Dir::Lt => "\"<\"",
            Dir::Le => "\"<=\"",
            Dir::Qualitative => "定性",
        }
    }
}

/// One 绩效指标 row.
#[derive(Debug, Clone)]
pub struct Ind {
    /// 一级指标.
    pub level1: &'static str,
    /// 二级指标.
    pub level2: &'static str,
    /// 三级指标 name.
    pub name: String,
    /// Direction.
    pub dir: Dir,
    /// 指标值 as written.
    pub target_text: String,
    /// 完成值 as written.
    pub actual_text: String,
    /// The number in the 指标值 (quantitative rows).
    pub target: Option<Decimal>,
    /// The number in the 完成值 (quantitative rows).
    pub actual: Option<Decimal>,
    /// 完成进度, in percent.
    pub progress: Option<Decimal>,
    /// 评价档次.
    pub tier: Option<&'static str>,
}

/// One project's scored values.
#[derive(Debug, Clone)]
pub struct Case {
    /// 预算资金 by source.
    pub budget: Vec<(&'static str, Decimal)>,
    /// 预算下达资金.
    pub allocated: Decimal,
    /// 实际支出资金 by source.
    pub spent: Vec<(&'static str, Decimal)>,
    /// Indicators in form order.
    pub indicators: Vec<Ind>,
    /// The scorecard's 得分 for each item in `pack::ITEMS` order (the judgement items' scores
    /// are their judgements; the others are not read by the scoring).
    pub declared: Vec<Decimal>,
}

impl Case {
    /// Σ 预算资金.
    pub fn budget_total(&self) -> Decimal {
        self.budget.iter().map(|(_, v)| *v).sum()
    }

    /// Σ 实际支出资金.
    pub fn spent_total(&self) -> Decimal {
        self.spent.iter().map(|(_, v)| *v).sum()
    }
}

fn d(s: &str) -> Decimal {
    s.parse().expect("a decimal literal in the generator")
}

fn quant(
    l1: &'static str,
    l2: &'static str,
    name: &str,
    dir: Dir,
    t: (&str, Decimal, &str),
    a: Decimal,
) -> Ind {
    Ind {
        level1: l1,
        level2: l2,
        name: name.to_string(),
        dir,
        target_text: format!("{}{}{}", t.0, t.1, t.2),
        actual_text: format!("{}{}{}", t.0, a, t.2),
        target: Some(t.1),
        actual: Some(a),
        progress: None,
        tier: None,
    }
}

fn qual(
    l1: &'static str,
    l2: &'static str,
    name: &str,
    text: &str,
    progress: Option<Decimal>,
    tier: Option<&'static str>,
) -> Ind {
    Ind {
        level1: l1,
        level2: l2,
        name: name.to_string(),
        dir: Dir::Qualitative,
        target_text: text.to_string(),
        actual_text: text.to_string(),
        target: None,
        actual: None,
        progress,
        tier,
    }
}

/// The seed project (examples/jinzhong-2020-pension-subsidy.yaml) as values.
pub fn seed() -> Case {
    let name = "补助城乡居民养老保险";
    let mut sat = quant(
        "满意度指标",
        "服务对象满意度指标",
        "指标2",
        Dir::Ge,
        ("", d("1"), ""),
        d("1"),
    );
    sat.progress = Some(d("100"));
    let mut count = quant(
        "产出指标",
        "数量指标",
        name,
        Dir::Ge,
        ("入口补每年", d("116.11"), "万人"),
        d("108.13"),
    );
    count.progress = Some(d("93.13"));
    let mut cost = quant(
        "产出指标",
        "成本指标",
        name,
        Dir::Le,
        ("入口补共", d("2536"), "万元"),
        d("2364.01"),
    );
    cost.progress = Some(d("93.22"));
    Case {
        budget: vec![("市级预算资金", d("2536.08")), ("其他", d("0.00"))],
        allocated: d("2364.01"),
        spent: vec![
            ("市级预算资金", d("2364.01")),
            ("上年结转资金", d("0.00")),
            ("上级财政资金", d("0.00")),
            ("其他", d("0.00")),
        ],
        indicators: vec![
            sat,
            count,
            qual(
                "产出指标",
                "质量指标",
                name,
                "严格按照标准发放到位",
                Some(d("100")),
                None,
            ),
            qual(
                "产出指标",
                "时效指标",
                name,
                "12月底前完成",
                Some(d("100")),
                None,
            ),
            cost,
            qual(
                "效益指标",
                "社会效益指标",
                "对城乡居民养老的积极作用",
                "提高保障质量和水平",
                Some(d("100")),
                None,
            ),
        ],
        declared: ITEMS.iter().map(|i| Decimal::from(i.weight)).collect(),
    }
}

/// A qualitative row with a tier (and the progress its band needs) or only a progress.
fn qualitative(r: &mut Rng, l1: &'static str, l2: &'static str, name: &str, text: &str) -> Ind {
    let (tier, progress) = match r.int(0, 4) {
        0 => (Some("达成"), r.chance(50).then(|| d("100"))),
        1 => (Some("部分达成"), Some(r.dec("60", "79.99", 2))),
        2 => (Some("未达成"), Some(r.dec("0", "59.99", 2))),
        3 => (None, Some(d("100"))),
        _ => {
            let places = r.places();
            (None, Some(r.dec("0", "100", places)))
        }
    };
    qual(l1, l2, name, text, progress, tier)
}

/// The target scaled by a factor in `[lo, hi]` %, at `places`.
fn around(r: &mut Rng, target: Decimal, lo: i64, hi: i64, places: u32) -> Decimal {
    let pct = Decimal::from(r.int(lo, hi));
    let mut a = (target * pct / Decimal::from(100)).round_dp(places);
    a.rescale(places);
    a
}

/// A variation of the seed: funds, every scored indicator group (one to three rows, every
/// direction), tiers and progress, and the self-scores that serve as judgements.
pub fn generate(r: &mut Rng) -> Case {
    let mut c = seed();
    let main = r.dec("300", "6000", 2);
    let other = if r.chance(25) {
        r.dec("0", "300", 2)
    } else {
        d("0.00")
    };
    c.budget = vec![("市级预算资金", main), ("其他", other)];
    let budget = c.budget_total();
    c.allocated = if r.chance(20) {
        budget
    } else {
        around(r, budget, 70, 110, 2)
    };
    let spent = if r.chance(20) {
        c.allocated
    } else {
        around(r, c.allocated, 60, 105, 2)
    };
    let carried = if r.chance(25) {
        (spent / Decimal::from(10)).round_dp(2)
    } else {
        d("0.00")
    };
    c.spent = vec![("市级预算资金", spent - carried), ("上年结转资金", carried)];

    let name = "补助城乡居民养老保险";
    let mut inds = Vec::new();
    let t = r.dec("1", "100", 0);
    let a = around(r, t, 70, 110, 1);
    inds.push(quant(
        "满意度指标",
        "服务对象满意度指标",
        "满意度",
        Dir::Ge,
        ("满意度", t, "%"),
        a,
    ));
    for k in 0..r.int(1, 3) {
        let t = r.dec("10", "200", 2);
        let a = around(r, t, 50, 130, 2);
        let dir = r.pick(&[Dir::Ge, Dir::Ge, Dir::Gt]);
        inds.push(quant(
            "产出指标",
            "数量指标",
            &format!("{name}{k}"),
            dir,
            ("每年", t, "万人"),
            a,
        ));
    }
    for k in 0..r.int(1, 2) {
        if r.chance(30) {
            let t = d("100");
            let a = around(r, t, 60, 140, 1);
            inds.push(quant(
                "产出指标",
                "质量指标",
                &format!("合格率{k}"),
                Dir::Eq,
                ("合格率", t, "%"),
                a,
            ));
        } else {
            inds.push(qualitative(
                r,
                "产出指标",
                "质量指标",
                &format!("{name}{k}"),
                "严格按照标准发放到位",
            ));
        }
    }
    inds.push(qual(
        "产出指标",
        "时效指标",
        name,
        "12月底前完成",
        Some(d("100")),
        None,
    ));
    let t = r.dec("100", "3000", 0);
    let a = around(r, t, 50, 230, 2);
    let dir = r.pick(&[Dir::Le, Dir::Le, Dir::Lt]);
    inds.push(quant(
        "产出指标",
        "成本指标",
        name,
        dir,
        ("共", t, "万元"),
        a,
    ));
    for k in 0..r.int(1, 2) {
        inds.push(qualitative(
            r,
            "效益指标",
            "社会效益指标",
            &format!("积极作用{k}"),
            "提高保障质量和水平",
        ));
    }
    c.indicators = inds;

    c.declared = ITEMS
        .iter()
        .map(|i| {
            let w = Decimal::from(i.weight);
            if i.rule != Rule::Judgement || r.chance(55) {
                w
            } else {
                let places = r.places();
                r.dec("0", &w.to_string(), places)
            }
        })
        .collect();
    c
}

/// The seed followed by `n` generated cases from `seed`.
pub fn cases(n: usize, seed: u64) -> Vec<Case> {
    let mut r = Rng::new(seed);
    std::iter::once(self::seed())
        .chain((0..n).map(|_| generate(&mut r)))
        .collect()
}

/// The fixed seed of the agreement check and the benchmark.
pub const SEED: u64 = 2020;

/// How many generated cases the agreement check scores besides the seed.
pub const GENERATED: usize = 200;
