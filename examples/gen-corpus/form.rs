//! One self-evaluation form as a unit fills it in: header, funds, indicators with targets and
//! actuals, the declared scores (53号 评分表 or 10号 per-indicator 分值/得分), people. Drawn from a
//! seeded stream; the renderers (`sheet`, `yaml`) only write it down.

use crate::declared;
use crate::names::{self, Dir, Measure, Sector, Template};
use crate::rng::Rng;
use crate::scoring::{self, round2, share};
use rust_decimal::Decimal;

#[derive(Clone, Copy, PartialEq)]
pub enum Layout {
    /// 财预〔2013〕53号 自评表 with its 评分表 (the 晋中 2020 seed), layout jinzhong-53.
    Table53,
    /// 财预〔2020〕10号 项目支出绩效自评表, layout mof-10.
    Table10,
}

impl Layout {
    pub fn label(self) -> &'static str {
        match self {
            Layout::Table53 => "53号",
            Layout::Table10 => "10号",
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
pub enum Tier {
    Achieved,
    Partial,
    Unachieved,
}

pub enum Value {
    Quantity {
        dir: Dir,
        prefix: &'static str,
        unit: &'static str,
        places: u32,
        target: Decimal,
        actual: Decimal,
    },
    Quality {
        target: &'static str,
        actual: &'static str,
        tier: Tier,
    },
}

pub struct Indicator {
    pub level1: &'static str,
    pub level2: &'static str,
    pub label: String,
    pub name: &'static str,
    pub value: Value,
    /// 完成进度 in percent, as the form writes it (53号).
    pub progress: Decimal,
    /// Completion rate as the rules see it (0…1).
    pub rate: Decimal,
    /// 分值 and declared 得分 (10号).
    pub weight: Decimal,
    pub score: Decimal,
    pub deviation: Option<&'static str>,
}

/// A 评分表 row: 一级/二级/三级, 分值, declared 得分.
pub struct Item {
    pub path: [&'static str; 3],
    pub weight: Decimal,
    pub declared: Decimal,
}

pub struct Funds {
    /// 万元 throughout; `in_yuan` forms write them in 元.
    pub budget: Decimal,
    pub initial: Decimal,
    pub allocated: Decimal,
    pub spent: Decimal,
    pub in_yuan: bool,
    /// 10号 funds row: 分值, 执行率 (if written), declared 得分.
    pub weight: Decimal,
    pub rate: Option<Decimal>,
    pub score: Decimal,
}

pub struct Form {
    pub pack: &'static str,
    pub explicit_policy: bool,
    pub region: &'static str,
    pub year: i64,
    pub name: String,
    pub department: String,
    pub dept_code: &'static str,
    /// 53号 主管部门及代码 written as 名称（代码） rather than the code alone.
    pub dept_named: bool,
    /// The narrative says 资金到位率100% whatever the funds rows say.
    pub claims_full_arrival: bool,
    pub implementer: String,
    pub kind: &'static str,
    pub funds: Funds,
    pub goal: (&'static str, &'static str),
    pub indicators: Vec<Indicator>,
    /// 10号: 一级指标 and the weight written in its label (`产出指标(50分)`).
    pub group_weights: Vec<(&'static str, Decimal)>,
    /// 53号 评分表.
    pub items: Vec<Item>,
    pub total: Decimal,
    pub grade: &'static str,
    pub judgements: Vec<(String, Decimal, &'static str)>,
    pub evaluators: Vec<(String, &'static str)>,
    pub handler: String,
    pub phone: String,
    pub filled_on: String,
}

/// The 一级 of a 二级 (the grouping both layouts use).
pub fn level1_of(level2: &str) -> &'static str {
    match level2 {
        "数量指标" | "质量指标" | "时效指标" | "成本指标" => "产出指标",
        "服务对象满意度指标" => "满意度指标",
        _ => "效益指标",
    }
}

/// Draws a form in `layout`; with `auto_only`, only forms whose pack jixiao selects by itself
/// (no 晋中 county form needing `--policy jinzhong-2020`, no explicit `--policy mof-2020`).
pub fn draw(rng: &mut Rng, layout: Layout, auto_only: bool) -> Form {
    let sector = rng.pick(names::SECTORS);
    let (region, year, pack, explicit_policy) = match layout {
        Layout::Table53 if auto_only || rng.chance(65) => {
            (names::JINZHONG_CITY, 2020, "jinzhong-2020", false)
        }
        Layout::Table53 => (
            *rng.pick(names::JINZHONG_COUNTIES),
            2020,
            "jinzhong-2020",
            true,
        ),
        Layout::Table10 if rng.chance(25) => (
            *rng.pick(names::HUBEI),
            rng.range(2021, 2023),
            "hubei-2022",
            false,
        ),
        Layout::Table10 => (
            *rng.pick(names::NATIONAL),
            rng.range(2019, 2023),
            "mof-2020",
            !auto_only && rng.chance(15),
        ),
    };
    let project = *rng.pick(sector.projects);
    let suffix = match *rng.pick(&["", "", "", "（市级配套）", "（第二批）", "专项资金"])
    {
        "专项资金" if project.ends_with("资金") || project.ends_with("经费") => "",
        s => s,
    };
    let name = format!("{project}{suffix}");
    let funds = draw_funds(rng, layout, pack);
    let mut form = Form {
        pack,
        explicit_policy,
        region,
        year,
        name,
        department: format!("{region}{}", sector.department),
        dept_code: sector.code,
        dept_named: rng.chance(50),
        claims_full_arrival: rng.chance(30),
        implementer: format!("{region}{}", rng.pick(sector.implementers)),
        kind: rng.pick::<&str>(&["经常性项目", "经常性项目", "一次性项目"]),
        funds,
        goal: (
            sector.goal,
            *rng.pick(&[
                "完成年度目标。",
                "基本完成年度目标。",
                "已按计划完成年度各项任务。",
            ]),
        ),
        indicators: draw_indicators(rng, sector, layout),
        group_weights: Vec::new(),
        items: Vec::new(),
        total: Decimal::ZERO,
        grade: "",
        judgements: Vec::new(),
        evaluators: (0..rng.range(2, 3))
            .map(|_| (person(rng), *rng.pick(names::TITLES)))
            .collect(),
        handler: person(rng),
        phone: format!("{}", rng.range(2_000_000, 8_999_999)),
        filled_on: format!(
            "{}-{:02}-{:02}",
            year + 1,
            rng.range(3, 7),
            rng.range(1, 28)
        ),
    };
    match layout {
        Layout::Table53 => declared::scorecard(rng, &mut form),
        Layout::Table10 => declared::indicator_scores(rng, &mut form),
    }
    form
}

fn person(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(names::SURNAMES), rng.pick(names::GIVEN))
}

fn draw_funds(rng: &mut Rng, layout: Layout, pack: &str) -> Funds {
    let in_yuan = layout == Layout::Table10 && rng.chance(30);
    let decade = 10i64.pow(rng.range(0, 2) as u32);
    // 10.00 … 9 999.99 万元; forms in 元 are the small ones (5 … 500 万元, to the 分).
    let budget = if in_yuan {
        Decimal::new(rng.range(5_000_000, 500_000_000), 6)
    } else {
        Decimal::new(rng.range(1_000 * decade, 9_999 * decade), 2)
    };
    let places = if in_yuan { 6 } else { 2 };
    let allocated = match layout {
        Layout::Table53 if rng.chance(45) => share(budget, rng.range(8_000, 9_999), places + 2),
        _ => budget,
    };
    let allocated = allocated.round_dp(places);
    let spent = if rng.chance(45) {
        share(allocated, rng.range(6_000, 9_999), places + 2).round_dp(places)
    } else {
        allocated
    };
    let initial = if rng.chance(70) {
        budget
    } else {
        share(budget, rng.range(8_000, 10_000), places + 2).round_dp(places)
    };
    let weight = Decimal::from(if pack == "hubei-2022" { 20 } else { 10 });
    let rate = scoring::capped_ratio(spent, budget);
    let honest = round2(weight * rate);
    let score = if rng.chance(20) { weight } else { honest };
    let written = rng
        .chance(75)
        .then(|| round2(spent / budget * Decimal::ONE_HUNDRED));
    Funds {
        budget,
        initial,
        allocated,
        spent,
        in_yuan,
        weight,
        rate: written,
        score,
    }
}

fn templates<'a>(sector: &'a Sector, level2: &str) -> Vec<&'a Template> {
    sector
        .indicators
        .iter()
        .filter(|t| t.level2 == level2)
        .collect()
}

/// The indicator rows: every 二级 the 53号 pack scores, or a 10号 mix; 1–2 per 二级.
fn draw_indicators(rng: &mut Rng, sector: &Sector, layout: Layout) -> Vec<Indicator> {
    let sat = "服务对象满意度指标";
    let mut wanted = vec!["数量指标", "质量指标"];
    let optional: [(&str, i64); 6] = [
        ("时效指标", 70),
        ("成本指标", 70),
        ("经济效益指标", 40),
        ("社会效益指标", 100),
        ("生态效益指标", 40),
        ("可持续影响指标", 40),
    ];
    for (level2, p) in optional {
        let required = layout == Layout::Table53 && matches!(level2, "时效指标" | "成本指标");
        if required || rng.chance(p) {
            wanted.push(level2);
        }
    }
    if layout == Layout::Table53 || rng.chance(90) {
        wanted.push(sat);
    }
    let mut out = Vec::new();
    for level2 in wanted {
        let mut pool = templates(sector, level2);
        rng.shuffle(&mut pool);
        let n = if pool.len() > 1 && rng.chance(35) {
            2
        } else {
            1
        };
        for (k, t) in pool.into_iter().take(n).enumerate() {
            out.push(draw_indicator(rng, t, k + 1));
        }
    }
    out
}

fn draw_indicator(rng: &mut Rng, t: &Template, label: usize) -> Indicator {
    let (value, rate, progress) = match t.measure {
        Measure::Quantity {
            dir,
            unit,
            lo,
            hi,
            places,
            prefix,
        } => {
            let target = Decimal::new(rng.range(lo, hi), places);
            let pct = match (dir, rng.range(0, 99)) {
                (_, 0..=54) => 100,
                (Dir::AtLeast, 55..=74) => rng.range(101, 150),
                (Dir::AtMost, 55..=74) => rng.range(85, 99),
                (Dir::AtLeast, _) => rng.range(70, 99),
                (Dir::AtMost, _) => rng.range(101, 130),
                (Dir::Equal, _) => rng.range(95, 99),
            };
            let mut actual = share(target, pct * 100, places);
            if unit == "%" {
                actual = actual.min(Decimal::ONE_HUNDRED);
            }
            if actual.is_zero() {
                actual = target;
            }
            let value = Value::Quantity {
                dir,
                prefix,
                unit,
                places,
                target,
                actual,
            };
            let rate = scoring::completion(dir, target, actual);
            (value, rate, scoring::progress(dir, target, actual))
        }
        Measure::Quality { target } => {
            let (tier, actual, p) = match rng.range(0, 99) {
                0..=79 => (Tier::Achieved, target, 100),
                80..=91 => (
                    Tier::Partial,
                    *rng.pick(&["基本完成", "部分完成"]),
                    rng.range(60, 79),
                ),
                _ => (Tier::Unachieved, "未完成", rng.range(30, 59)),
            };
            let p = Decimal::from(p);
            (
                Value::Quality {
                    target,
                    actual,
                    tier,
                },
                p / Decimal::ONE_HUNDRED,
                p,
            )
        }
    };
    // A slip now and then: an over-achievement written as 100 %.
    let progress = if progress > Decimal::ONE_HUNDRED && rng.chance(30) {
        Decimal::ONE_HUNDRED
    } else {
        progress
    };
    Indicator {
        level1: level1_of(t.level2),
        level2: t.level2,
        label: format!("指标{label}"),
        name: t.name,
        value,
        progress,
        rate,
        weight: Decimal::ZERO,
        score: Decimal::ZERO,
        deviation: (rate < Decimal::ONE && rng.chance(60)).then(|| *rng.pick(names::SHORTFALL)),
    }
}
