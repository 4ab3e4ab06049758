//! A form laid out as the table a finance system exports: rows of cells, in the seed's 53号
//! layout (tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt) or the 10号 layout
//! (tests/data/forms/tianchang-slj-2022-shuihan). The same rows become a .txt or an .xlsx.

use crate::form::Form;
use crate::wording::{actual_text, narratives, performance, period, target_text};
use rust_decimal::Decimal;

#[derive(Clone)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number written with its own decimals (Decimal keeps them: 2.80 stays 2.80).
    Num(Decimal),
    /// A percentage, in percent (93.13 → "93.13%").
    Pct(Decimal),
    /// A date, yyyy-mm-dd.
    Date(String),
}

pub type Row = Vec<Cell>;

fn t(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn row(cells: Vec<Cell>) -> Row {
    cells
}

const E: Cell = Cell::Empty;

/// A row of words; "" is an empty cell.
fn texts(words: &[&str]) -> Row {
    words
        .iter()
        .map(|w| if w.is_empty() { E } else { t(*w) })
        .collect()
}

/// For each indicator, whether it starts a new run of `key` (merged cells write it once).
fn starts(f: &Form, key: fn(&crate::form::Indicator) -> &'static str) -> Vec<bool> {
    let keys: Vec<_> = f.indicators.iter().map(key).collect();
    (0..keys.len()).map(|i| first_of(&keys, i)).collect()
}

fn pct(p: Decimal) -> Cell {
    Cell::Pct(if p.fract().is_zero() { p.trunc() } else { p })
}

fn first_of<T: PartialEq>(xs: &[T], i: usize) -> bool {
    i == 0 || xs[i - 1] != xs[i]
}

/// The 53号 自评表 (晋中 2020), six columns.
pub fn table53(f: &Form) -> Vec<Row> {
    let money = |x: Decimal| Cell::Num(x.round_dp(2));
    let zero = || Cell::Num(Decimal::new(0, 2));
    let dept = if f.dept_named {
        t(format!("{}（{}）", f.department, f.dept_code))
    } else {
        t(f.dept_code)
    };
    let mut rows = vec![
        row(vec![t(format!("{}财政支出项目绩效自评表", f.region))]),
        row(vec![]),
        row(vec![t(format!("（ {} 年度）", f.year))]),
        row(vec![]),
        row(vec![t("填报单位（公章）：")]),
        row(vec![]),
        row(vec![t("项目名称"), E, t(&f.name), E, E, E]),
        row(vec![
            t("主管部门及代码"),
            E,
            dept,
            t("实施单位"),
            E,
            t(&f.implementer),
        ]),
        row(vec![
            t("项目属性"),
            E,
            t(f.kind),
            t("项目期"),
            E,
            t(period(f.year)),
        ]),
        row(vec![
            t("项目资金情况（万元）"),
            t("预算资金"),
            t("市级预算资金"),
            E,
            E,
            money(f.funds.budget),
        ]),
        row(vec![E, E, t("其他"), E, E, zero()]),
        row(vec![
            E,
            t("预算下达资金"),
            E,
            E,
            E,
            money(f.funds.allocated),
        ]),
        row(vec![
            E,
            t("实际支出资金"),
            t("市级预算资金"),
            E,
            E,
            money(f.funds.spent),
        ]),
        row(vec![E, E, t("上年结转资金"), E, E, zero()]),
        row(vec![E, E, t("上级财政资金"), E, E, zero()]),
        row(vec![E, E, t("其他"), E, E, zero()]),
    ];
    for (title, body) in narratives(f) {
        rows.push(row(vec![t(format!("<p>{title}</p> <p>{body}</p>"))]));
    }
    rows.push(texts(&[
        "绩效目标实现情况",
        "绩效指标（二级）",
        "绩效指标（三级）",
        "目标值",
        "实际完成指标值",
        "完成进度",
    ]));
    let (level1, level2) = (starts(f, |i| i.level1), starts(f, |i| i.level2));
    for (k, ind) in f.indicators.iter().enumerate() {
        rows.push(row(vec![
            if level1[k] { t(ind.level1) } else { E },
            if level2[k] { t(ind.level2) } else { E },
            t(format!("{}: {}", ind.label, ind.name)),
            t(target_text(ind)),
            t(actual_text(ind)),
            pct(ind.progress),
        ]));
    }
    rows.push(row(vec![
        t("项目绩效情况"),
        t(format!("<p>{}</p>", performance(f))),
    ]));
    rows.push(row(vec![t("其他需说明的问题"), t("无")]));
    rows.push(texts(&[
        "评分表",
        "二级指标",
        "三级指标",
        "",
        "指标分值",
        "评价得分",
    ]));
    let sections: Vec<_> = f.items.iter().map(|i| i.path[0]).collect();
    let groups: Vec<_> = f.items.iter().map(|i| i.path[1]).collect();
    for (k, item) in f.items.iter().enumerate() {
        if first_of(&sections, k) {
            let of_section = f.items.iter().filter(|i| i.path[0] == item.path[0]);
            let (w, s) = of_section.fold((Decimal::ZERO, Decimal::ZERO), |(w, s), i| {
                (w + i.weight, s + i.declared)
            });
            rows.push(row(vec![
                E,
                E,
                t(format!("{}:", item.path[0])),
                E,
                Cell::Num(w),
                Cell::Num(two(s)),
            ]));
        }
        rows.push(row(vec![
            E,
            if first_of(&groups, k) {
                t(item.path[1])
            } else {
                E
            },
            t(item.path[2]),
            E,
            Cell::Num(item.weight),
            Cell::Num(two(item.declared)),
        ]));
    }
    rows.push(row(vec![
        E,
        E,
        t("综合得分:"),
        E,
        Cell::Num(Decimal::ONE_HUNDRED),
        Cell::Num(two(f.total)),
    ]));
    rows.push(row(vec![t("评价结果等次:"), E, t(f.grade)]));
    rows.push(texts(&[
        "评价人员",
        "姓名",
        "职称/职务",
        "",
        "科室",
        "联系电话",
    ]));
    for (name, title) in &f.evaluators {
        rows.push(row(vec![E, t(name), t(*title), E, E, t(&f.phone)]));
    }
    let responsible = &f.evaluators[f.evaluators.len() - 1].0;
    rows.push(row(vec![
        t(format!("负责人: {responsible}")),
        t(format!("经办人: {}", f.handler)),
        t("联系电话:"),
        t(&f.phone),
        t("填报日期:"),
        Cell::Date(f.filled_on.clone()),
    ]));
    rows.push(texts(&["单位负责人(签章):", "", "年 月 日"]));
    rows
}

fn two(x: Decimal) -> Decimal {
    let mut y = x.round_dp(2);
    y.rescale(2);
    y
}

/// The 10号 项目支出绩效自评表, nine columns.
pub fn table10(f: &Form) -> Vec<Row> {
    let (unit, scale) = if f.funds.in_yuan {
        ("元", Decimal::from(10_000))
    } else {
        ("万元", Decimal::ONE)
    };
    let money = |x: Decimal| Cell::Num(two(x * scale));
    let fu = &f.funds;
    let rate = fu.rate.map_or(E, pct);
    let mut rows = vec![
        row(vec![t("项目支出绩效自评表")]),
        row(vec![t(format!("({}年度)", f.year))]),
        row(vec![t("项目名称"), t(&f.name)]),
        row(vec![
            t("主管部门"),
            t(&f.department),
            E,
            E,
            E,
            t("实施单位"),
            t(&f.implementer),
        ]),
        row(vec![
            t(format!("项目资金 ({unit})")),
            E,
            t("年初预算数"),
            t("全年预算数(A)"),
            t("全年执行数(B)"),
            t("分值"),
            t("执行率(B/A)"),
            t("得分"),
        ]),
        row(vec![
            E,
            t("年度资金总额:"),
            money(fu.initial),
            money(fu.budget),
            money(fu.spent),
            Cell::Num(fu.weight),
            rate,
            Cell::Num(fu.score),
        ]),
        row(vec![
            E,
            t("其中:本年财政拨款"),
            money(fu.initial),
            money(fu.budget),
            money(fu.spent),
            t("-"),
            E,
            t("-"),
        ]),
        texts(&["", "上年结转资金", "", "", "", "-", "", "-"]),
        texts(&["", "其他资金", "", "", "", "-", "", "-"]),
        texts(&[
            "年度总体目标完成情况",
            "预期目标",
            "",
            "",
            "",
            "实际完成情况",
        ]),
        row(vec![E, t(f.goal.0), E, E, E, t(f.goal.1)]),
        texts(&[
            "年度绩效指标完成情况",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]),
    ];
    let (level1, level2) = (starts(f, |i| i.level1), starts(f, |i| i.level2));
    for (k, ind) in f.indicators.iter().enumerate() {
        let group = f.group_weights.iter().find(|(l, _)| *l == ind.level1);
        let label = match group {
            Some((l, w)) if level1[k] => t(format!("{l}({w}分)")),
            _ => E,
        };
        rows.push(row(vec![
            E,
            label,
            if level2[k] { t(ind.level2) } else { E },
            t(format!("{}:{}", ind.label, ind.name)),
            t(target_text(ind)),
            t(actual_text(ind)),
            Cell::Num(ind.weight),
            Cell::Num(ind.score.normalize()),
            ind.deviation.map_or(E, t),
        ]));
    }
    rows.push(row(vec![
        t("总分"),
        E,
        E,
        E,
        E,
        E,
        Cell::Num(Decimal::ONE_HUNDRED),
        Cell::Num(f.total.normalize()),
        t(f.grade),
    ]));
    rows
}
