//! Property tests through the library API: generated projects scored under both shipped packs
//! keep the points ledger exact, the score within its weight and the grade on its band; scores
//! move the right way with an indicator's actual value; midpoints round half away from zero;
//! numbers written in YAML come back as the same Decimal and the same text.

use jixiao::eval::Evaluation;
use jixiao::num::RoundingMode;
use jixiao::policy::{PackFiles, Policy};
use jixiao::project::Project;
use jixiao::source::SourceFile;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::fmt::Write;
use std::sync::{Arc, OnceLock};

/// The shipped packs, loaded once for all cases.
fn packs() -> &'static [Arc<Policy>] {
    static P: OnceLock<Vec<Arc<Policy>>> = OnceLock::new();
    P.get_or_init(|| {
        ["jinzhong-2020", "mof-2020"]
            .iter()
            .map(|id| {
                Arc::new(jixiao::policy::load(&PackFiles::Embedded(id.to_string())).expect(id))
            })
            .collect()
    })
}

/// The jinzhong-2020 scorecard: (path, weight); judgement items take their declared score.
const SCORECARD: &[(&str, u32)] = &[
    ("投入/项目目标/项目立项规范性", 3),
    ("投入/项目目标/绩效目标合理性", 4),
    ("投入/项目目标/绩效指标明确性", 4),
    ("投入/资金落实/资金到位率", 3),
    ("投入/资金落实/到位及时率", 3),
    ("投入/资金落实/预算执行率", 3),
    ("过程/业务管理/管理制度健全性", 3),
    ("过程/业务管理/制度执行有效性", 3),
    ("过程/业务管理/项目质量可控性", 4),
    ("过程/财务管理/管理制度健全性", 3),
    ("过程/财务管理/资金使用合规性", 3),
    ("过程/财务管理/财务监控有效性", 4),
    ("产出/项目产出/实际完成率", 8),
    ("产出/项目产出/完成及时率", 7),
    ("产出/项目产出/质量达标率", 8),
    ("产出/项目产出/成本节约率", 7),
    ("效果/项目效果/经济效益", 0),
    ("效果/项目效果/社会效益", 20),
    ("效果/项目效果/生态效益", 0),
    ("效果/项目效果/可持续影响", 0),
    ("效果/项目效果/社会公众或服务对象满意度", 10),
];

/// 一级, 二级 of the generated indicators: every group either pack scores.
const GROUPS: &[(&str, &str)] = &[
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("产出指标", "成本指标"),
    ("效益指标", "社会效益指标"),
    ("满意度指标", "服务对象满意度指标"),
];

const DIRECTIONS: &[&str] = &[">=", ">", "=", "<", "<="];

/// One quantitative indicator: direction, target, actual.
#[derive(Debug, Clone)]
struct Ind {
    direction: &'static str,
    target: Decimal,
    actual: Decimal,
}

/// Everything a generated project varies.
#[derive(Debug, Clone)]
struct Gen {
    budget: Decimal,
    allocated: Decimal,
    spent: Decimal,
    /// One indicator per entry of [`GROUPS`].
    indicators: Vec<Ind>,
    /// Declared score per [`SCORECARD`] row, as a fraction of its weight in hundredths.
    declared: Vec<u32>,
}

/// A positive amount with two places, 0.01 … 100000.00.
fn amount() -> impl Strategy<Value = Decimal> {
    (1i64..=10_000_000).prop_map(|n| Decimal::new(n, 2))
}

/// An amount with zero to four places, 0 … 1000.
fn measure() -> impl Strategy<Value = Decimal> {
    (0i64..=10_000_000, 0u32..=4).prop_map(|(n, s)| Decimal::new(n, 4).round_dp(s))
}

fn indicator() -> impl Strategy<Value = Ind> {
    (
        prop::sample::select(DIRECTIONS),
        measure().prop_filter("target > 0", |t| !t.is_zero()),
        measure(),
    )
        .prop_map(|(direction, target, actual)| Ind {
            direction,
            target,
            actual,
        })
}

fn project() -> impl Strategy<Value = Gen> {
    (
        amount(),
        amount(),
        amount(),
        prop::collection::vec(indicator(), GROUPS.len()),
        prop::collection::vec(0u32..=100, SCORECARD.len()),
    )
        .prop_map(|(budget, allocated, spent, indicators, declared)| Gen {
            budget,
            allocated,
            spent,
            indicators,
            declared,
        })
}

/// The project file for `g`, in the format of docs/project-format.md.
fn yaml(g: &Gen) -> String {
    let mut o = String::from(
        "format: 1\nheader:\n  name: 性质测试项目\n  year: 2020\n  region: 晋中市\nfunds:\n",
    );
    let _ = writeln!(o, "  budget:\n    市级预算资金: {}", g.budget);
    let _ = writeln!(o, "  allocated: {}", g.allocated);
    let _ = writeln!(o, "  spent:\n    市级预算资金: {}", g.spent);
    o.push_str("indicators:\n");
    for (i, ((l1, l2), ind)) in GROUPS.iter().zip(&g.indicators).enumerate() {
        let _ = writeln!(
            o,
            "  - {{ level1: {l1}, level2: {l2}, name: 指标{i}, direction: \"{}\", target: \"{}\", actual: \"{}\" }}",
            ind.direction, ind.target, ind.actual
        );
    }
    o.push_str("scorecard:\n  items:\n");
    for ((path, weight), pct) in SCORECARD.iter().zip(&g.declared) {
        let score = Decimal::from(*weight) * Decimal::new(i64::from(*pct), 2);
        let _ = writeln!(
            o,
            "    - {{ path: {path}, weight: {weight}, score: {} }}",
            score.round_dp(2)
        );
    }
    o.push_str("judgements: []\n");
    o
}

fn load(text: &str) -> Arc<Project> {
    let file = SourceFile::new("props.yaml", text);
    match jixiao::project::from_source(file) {
        Ok(p) => Arc::new(p),
        Err(d) => panic!("generated project does not load: {:?}\n{text}", d.0),
    }
}

fn evaluate(policy: &Arc<Policy>, p: &Arc<Project>) -> Evaluation {
    jixiao::eval::evaluate(policy, p)
        .unwrap_or_else(|d| panic!("{} does not score the project: {:?}", policy.id.value, d.0))
}

/// Checks the ledger invariants of one evaluation; `Err` names the first that fails.
fn ledger_holds(policy: &Policy, ev: &Evaluation) -> Result<(), TestCaseError> {
    for it in &ev.items {
        let lost: Decimal = it.deductions.iter().map(|d| d.points).sum();
        prop_assert_eq!(
            it.weight,
            it.score + lost,
            "{}: weight ≠ score + Σ",
            it.path_str()
        );
        prop_assert!(
            it.score >= Decimal::ZERO,
            "{}: score {} < 0",
            it.path_str(),
            it.score
        );
        prop_assert!(it.score <= it.weight, "{}: score > weight", it.path_str());
        for d in &it.deductions {
            prop_assert!(
                d.points > Decimal::ZERO,
                "{}: deduction {} ≤ 0 ({})",
                it.path_str(),
                d.points,
                d.reason
            );
        }
    }
    let sum: Decimal = ev.items.iter().map(|i| i.score).sum();
    prop_assert_eq!(ev.total, sum, "total ≠ Σ items");
    let band = policy.grade_of(ev.total).map(|b| b.grade.value.clone());
    prop_assert_eq!(
        Some(ev.grade.clone()),
        band,
        "grade does not match its band"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// weight = score + Σ deductions, 0 ≤ score ≤ weight, deductions > 0, total = Σ items,
    /// grade on its band — for every item of every generated project under both packs.
    #[test]
    fn the_ledger_balances(g in project()) {
        let p = load(&yaml(&g));
        for policy in packs() {
            ledger_holds(policy, &evaluate(policy, &p))?;
        }
    }

    /// A larger actual never lowers a ≥ or > indicator's scores, never raises a ≤ or < one's.
    #[test]
    fn scores_follow_the_direction(
        g in project(),
        group in 0..GROUPS.len(),
        dir in prop::sample::select(&[">=", ">", "<=", "<"][..]),
        a in measure(),
        b in measure(),
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let with = |actual| {
            let mut g = g.clone();
            g.indicators[group].direction = dir;
            g.indicators[group].actual = actual;
            load(&yaml(&g))
        };
        let (pl, ph) = (with(low), with(high));
        for policy in packs() {
            let (el, eh) = (evaluate(policy, &pl), evaluate(policy, &ph));
            for (il, ih) in el.items.iter().zip(&eh.items) {
                let ok = if dir.starts_with('>') { ih.score >= il.score } else { ih.score <= il.score };
                prop_assert!(ok, "{} {}: actual {} → {}, {} {} → {}", policy.id.value, il.path_str(), low, high, dir, il.score, ih.score);
            }
        }
    }

    /// Every midpoint rounds away from zero, at every number of places.
    #[test]
    fn midpoints_round_away_from_zero(m in 0i64..1_000_000_000, places in 0u32..=8) {
        let x = Decimal::new(m * 10 + 5, places + 1);
        let up = Decimal::new(m + 1, places);
        prop_assert_eq!(RoundingMode::HalfAwayFromZero.round(x, places), up);
        prop_assert_eq!(RoundingMode::HalfAwayFromZero.round(-x, places), -up);
        // Banker's rounding differs exactly when m is even: the policy mode must not be it.
        let even = RoundingMode::HalfEven.round(x, places);
        prop_assert_eq!(even == up, m % 2 == 1);
    }

    /// 资金到位率 (jinzhong-2020, 3 × 到位 ÷ 预算) and 预算执行率 (mof-2020, 10 × 支出 ÷ 预算)
    /// land on a midpoint of the second place, and the evaluation rounds it up.
    #[test]
    fn scoring_rounds_midpoints_up(k in 0i64..100) {
        // jinzhong: 3 × (10k + 5) ÷ 1000 has three places ending in 5 (到位 < 预算: no cap).
        let a = Decimal::from(10 * k + 5);
        let mut g = base();
        (g.budget, g.allocated, g.spent) = (Decimal::from(1000), a, a);
        let p = load(&yaml(&g));
        let ev = evaluate(&packs()[0], &p);
        let item = ev.items.iter().find(|i| i.name == "资金到位率").expect("资金到位率");
        prop_assert_eq!(item.score, (Decimal::from(3) * a + Decimal::from(5)) / Decimal::from(1000));
        // mof: 10 × (10k + 5) ÷ 10000 likewise.
        let mut g = base();
        (g.budget, g.allocated, g.spent) = (Decimal::from(10_000), Decimal::from(10_000), a);
        let ev = evaluate(&packs()[1], &load(&yaml(&g)));
        let item = ev.items.iter().find(|i| i.name == "预算执行率").expect("预算执行率");
        prop_assert_eq!(item.score, (a + Decimal::from(5)) / Decimal::from(1000));
    }

    /// A number written in YAML is read as exactly that Decimal, shows as the same text, and
    /// survives the project writer and a second read.
    #[test]
    fn yaml_numbers_round_trip(n in 0i64..1_000_000_000_000_000, scale in 0u32..=10) {
        let d = Decimal::new(n, scale);
        prop_assume!(d <= jixiao::num::max_abs());
        let text = d.to_string();
        prop_assert_eq!(jixiao::num::parse_decimal(&text), Some(d));
        prop_assert_eq!(jixiao::num::parse_decimal(&format!("-{text}")), Some(-d));
        let mut g = base();
        g.allocated = d;
        let p = load(&yaml(&g));
        let got = p.funds.allocated.as_ref().map(|a| a.value).expect("allocated");
        prop_assert_eq!(got, d);
        prop_assert_eq!(got.to_string(), text.clone());
        let again = load(&jixiao::project::write::to_yaml(&p, &[]));
        let back = again.funds.allocated.as_ref().map(|a| a.value).expect("allocated");
        prop_assert_eq!(back.to_string(), text);
    }
}

/// Cases per property: `PROPTEST_CASES` when set, else 48 (the file runs in seconds in release).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(48)
}

/// A fixed project whose every indicator is met and every item declared full.
fn base() -> Gen {
    Gen {
        budget: Decimal::from(100),
        allocated: Decimal::from(100),
        spent: Decimal::from(100),
        indicators: GROUPS
            .iter()
            .map(|_| Ind {
                direction: ">=",
                target: Decimal::from(10),
                actual: Decimal::from(10),
            })
            .collect(),
        declared: vec![100; SCORECARD.len()],
    }
}
