//! What the cells of a form say in words: targets and actuals (`每年116.11万人`, `≥95%`), the
//! YAML spelling of a direction, the project period, the narratives.

use crate::form::{Form, Indicator, Value};
use crate::names::Dir;
use crate::scoring::fixed;

/// What the target and actual cells say: `每年116.11万人`, `≥95%`, `按期完工`.
pub fn target_text(ind: &Indicator) -> String {
    match &ind.value {
        Value::Quantity {
            prefix,
            unit,
            places,
            target,
            ..
        } => format!("{prefix}{}{unit}", fixed(*target, *places)),
        Value::Quality { target, .. } => target.to_string(),
    }
}

pub fn actual_text(ind: &Indicator) -> String {
    match &ind.value {
        Value::Quantity {
            prefix,
            unit,
            places,
            actual,
            ..
        } => {
            // A direction word or sign belongs to the target only; 每年/共 stay.
            let keep = matches!(*prefix, "每年" | "共");
            format!(
                "{}{}{unit}",
                if keep { *prefix } else { "" },
                fixed(*actual, *places)
            )
        }
        Value::Quality { actual, .. } => actual.to_string(),
    }
}

/// The YAML spelling of an indicator's direction.
pub fn direction(ind: &Indicator) -> &'static str {
    match &ind.value {
        Value::Quantity {
            dir: Dir::AtLeast, ..
        } => "\">=\"",
        Value::Quantity {
            dir: Dir::AtMost, ..
        } => "\"<=\"",
        Value::Quantity {
            dir: Dir::Equal, ..
        } => "\"=\"",
        Value::Quality { .. } => "定性",
    }
}

pub fn period(year: i64) -> String {
    format!("{year}-01-01至{year}-12-31")
}

/// The narrative blocks of a 53号 form (title, body): amounts as on the form, and now and then a
/// claim that does not match it (资金到位率100% with less allocated), as real forms do.
pub fn narratives(f: &Form) -> Vec<(&'static str, String)> {
    let fu = &f.funds;
    let (b, a, s) = (
        fixed(fu.budget, 2),
        fixed(fu.allocated, 2),
        fixed(fu.spent, 2),
    );
    let claim = if f.claims_full_arrival {
        "资金到位率100%。"
    } else {
        ""
    };
    vec![
        ("项目概况", format!("{}年，{}承担「{}」项目。项目目标：{}。", f.year, f.implementer, f.name, f.goal.0)),
        (
            "项目资金使用情况",
            format!("项目全部为市级财政资金。年初项目申报预算{b}万元，财政下达资金{a}万元，实际支出{s}万元。{claim}"),
        ),
        ("项目组织实施情况", format!("由{}负责项目实施，{}全程监督，资金拨付依据充分、程序合规。", f.implementer, f.department)),
    ]
}

pub fn performance(f: &Form) -> String {
    format!(
        "一、目标完成情况：{}二、项目效果情况：项目实施后社会效益明显，服务对象总体满意。",
        f.goal.1
    )
}
