//! The project: one self-evaluation form (自评表), policy-independent, every value with its span.

mod fields;
mod load;
mod measure;
mod raw;
pub mod write;

pub use fields::{field_label, is_known_field, Evidence, FieldError, FieldValue, FIELDS};
pub use load::{from_source, load};
pub use measure::Measure;

use crate::source::{SourceFile, Sp, Span};
use indexmap::IndexMap;
use rust_decimal::Decimal;
use std::sync::Arc;

/// One loaded project file.
#[derive(Debug, Clone)]
pub struct Project {
    /// The file it was read from.
    pub source: Arc<SourceFile>,
    /// 表头.
    pub header: Header,
    /// 项目资金情况（万元）.
    pub funds: Funds,
    /// 绩效指标 (绩效目标实现情况), in form order.
    pub indicators: Vec<Indicator>,
    /// 评分表 as declared on the form.
    pub scorecard: Option<Scorecard>,
    /// 评价人判定 for judgement items, keyed by item path.
    pub judgements: Vec<Judgement>,
    /// 项目概况, 项目资金使用情况, … (free text).
    pub narratives: IndexMap<String, String>,
    /// 评价人员, 负责人, 经办人, 填报日期.
    pub people: People,
    /// 年度总体目标: 预期目标 beside 实际完成情况, one pair per row of the block.
    pub goals: Vec<Goal>,
    /// Weights the form writes in group labels: 产出指标(50分), 绩效指标(90分), 年度绩效目标1(80分).
    pub group_weights: Vec<GroupWeight>,
    /// Warnings raised while reading the file (e.g. form content an import could not map).
    pub warnings: Vec<crate::diag::Diagnostic>,
    /// Where the form breaks off, when it is cut short (a page or a store's preview ends there):
    /// what it does not hold is left unscored, never scored 0.
    pub cut: Option<Cut>,
}

/// Where a cut-off form breaks off.
#[derive(Debug, Clone)]
pub struct Cut {
    /// The place: the form's last row, or the `cut:` line of a project file.
    pub at: Span,
    /// What the project file says about it (`cut: 原表第 25 行起缺`); `None` for an imported form.
    pub note: Option<String>,
}

impl Cut {
    /// A cut found by the importer at the form's last row.
    pub fn at(at: Span) -> Self {
        Cut { at, note: None }
    }
}

/// 表头: what the project is and who runs it.
#[derive(Debug, Clone)]
pub struct Header {
    /// 项目名称.
    pub name: Sp<String>,
    /// 主管部门名称.
    pub department: Option<Sp<String>>,
    /// 主管部门代码.
    pub department_code: Option<Sp<String>>,
    /// 实施单位.
    pub implementer: Option<Sp<String>>,
    /// 项目属性 (经常性项目 / 一次性项目 …).
    pub kind: Option<Sp<String>>,
    /// 项目期, as written.
    pub period: Option<Sp<String>>,
    /// 年度.
    pub year: Sp<i64>,
    /// 地区 (e.g. 晋中市), used to pick a policy pack.
    pub region: Option<Sp<String>>,
    /// Other header lines the form writes (项目负责人及电话, 项目类别, 地址 …), by label.
    pub extra: IndexMap<String, Sp<String>>,
}

/// 项目资金情况（万元）.
#[derive(Debug, Clone, Default)]
pub struct Funds {
    /// 预算资金 by source (市级预算资金, 其他, …).
    pub budget: Vec<(String, Sp<Decimal>)>,
    /// 预算下达资金.
    pub allocated: Option<Sp<Decimal>>,
    /// 实际支出资金 by source.
    pub spent: Vec<(String, Sp<Decimal>)>,
    /// 项目资金 as the 10号 form lays it out: one row per category, amounts in 万元.
    pub rows: Vec<FundsRow>,
    /// The amounts' unit as the form writes it (元, 万元); amounts above are always in 万元.
    pub unit: Option<Sp<String>>,
    /// Breakdowns of the total written beside the rows, path `按支出性质分/基本支出`, in 万元.
    pub parts: Vec<(String, Sp<Decimal>)>,
}

/// One row of the 10号 项目资金 block (年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金).
#[derive(Debug, Clone)]
pub struct FundsRow {
    /// The category as written, without 其中: (年度资金总额, 当年财政拨款, …).
    pub category: Sp<String>,
    /// True for the 年度资金总额 row; the others are its 其中 parts.
    pub total: bool,
    /// 年初预算数, in 万元.
    pub initial: Option<Sp<Decimal>>,
    /// 全年预算数 (调整后预算数), in 万元.
    pub budget: Option<Sp<Decimal>>,
    /// 全年执行数, in 万元.
    pub executed: Option<Sp<Decimal>>,
    /// 到位数 (实际到位资金), in 万元, on forms that give it.
    pub arrived: Option<Sp<Decimal>>,
    /// 分值 the form declares for the row.
    pub weight: Option<Sp<Decimal>>,
    /// 执行率 the form declares, in percent.
    pub rate: Option<Sp<Decimal>>,
    /// 得分 the form declares.
    pub score: Option<Sp<Decimal>>,
}

/// One row of 年度总体目标: what was planned beside what was done.
#[derive(Debug, Clone, Default)]
pub struct Goal {
    /// 预期目标 (年初设定目标).
    pub expected: Option<Sp<String>>,
    /// 实际完成情况.
    pub actual: Option<Sp<String>>,
    /// Other columns of the row (全年(调整)绩效目标, 总体完成率(%)), by header.
    pub extra: IndexMap<String, Sp<String>>,
}

/// A weight written in a group label, e.g. 产出指标(50分).
#[derive(Debug, Clone)]
pub struct GroupWeight {
    /// The label as written (产出指标(50分)).
    pub label: Sp<String>,
    /// The 一级指标 it weighs (产出指标), or `None` when it weighs every indicator (绩效指标(90分)).
    pub level1: Option<String>,
    /// The 二级指标 it weighs, for a weight written on a 二级 label (数量指标(10分)).
    pub level2: Option<String>,
    /// The points.
    pub weight: Sp<Decimal>,
}

/// Direction of an indicator: which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// ≥: at least the target.
    AtLeast,
    /// >: more than the target.
    MoreThan,
    /// =: equal to the target.
    Equal,
    /// <: less than the target.
    LessThan,
    /// ≤: at most the target.
    AtMost,
    /// 定性: qualitative, judged in tiers.
    Qualitative,
}

impl Direction {
    /// Reads `>=`, `≥`, `定性`, ….
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.trim() {
            ">=" | "≥" | "＞＝" => Self::AtLeast,
            ">" | "＞" => Self::MoreThan,
            "=" | "＝" => Self::Equal,
            "<" | "＜" => Self::LessThan,
            "<=" | "≤" | "＜＝" => Self::AtMost,
            "定性" | "qualitative" => Self::Qualitative,
            _ => return None,
        })
    }

    /// The symbol shown to users and scripts: ≥ > = < ≤ 定性.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::AtLeast => "≥",
            Self::MoreThan => ">",
            Self::Equal => "=",
            Self::LessThan => "<",
            Self::AtMost => "≤",
            Self::Qualitative => "定性",
        }
    }
}

/// One 绩效指标 row.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// 一级指标 (产出指标, 效益指标, 满意度指标).
    pub level1: Sp<String>,
    /// 二级指标 (数量指标, 质量指标, …).
    pub level2: Sp<String>,
    /// 三级指标 name; `None` when the form left it blank.
    pub name: Option<Sp<String>>,
    /// The row label on the form (指标1, 指标2).
    pub label: Option<Sp<String>>,
    /// ≥ > = < ≤ 定性.
    pub direction: Sp<Direction>,
    /// 目标值 (年度指标值).
    pub target: Measure,
    /// 实际完成值.
    pub actual: Measure,
    /// 完成进度 as declared, in percent.
    pub progress: Option<Sp<Decimal>>,
    /// Evaluator's tier for a qualitative indicator (达成 / 部分达成 / 未达成).
    pub tier: Option<Sp<String>>,
    /// Points the form gives this indicator (分值), when it gives any.
    pub weight: Option<Sp<Decimal>>,
    /// Score the form declares for this indicator (得分), when it gives any.
    pub score: Option<Sp<Decimal>>,
    /// 指标性质 / 指标方向 / 符号 as written (≧, 大于等于, 正向, 定量, >=), when the form has such a column.
    pub nature: Option<Sp<String>>,
    /// 度量单位 (计量单位), when the form gives it in its own column.
    pub unit: Option<Sp<String>>,
    /// 偏差原因分析及改进措施.
    pub deviation: Option<Sp<String>>,
    /// The indicator this row details (其中… rows, 1、2、 under 一、, a second row sharing the score
    /// of the row above): its 分值 and 得分 are already counted in that indicator's.
    pub part_of: Option<Sp<String>>,
    /// Other columns of the row the model has no field for (得分系数, 单项指标完成情况 …), by header.
    pub extra: IndexMap<String, Sp<String>>,
}

impl Indicator {
    /// The name to show: the 三级 name, else the row label, else the 二级 name.
    pub fn display_name(&self) -> String {
        self.name
            .as_ref()
            .or(self.label.as_ref())
            .map_or_else(|| self.level2.value.clone(), |s| s.value.clone())
    }
}

/// The three tiers of a qualitative judgement as a project file writes them (`tier:`) and the
/// rule library reads them: input data, not displayed words.
pub const TIERS: [&str; 3] = ["达成", "部分达成", "未达成"];

/// The path of the 评分表's total line ([`Scorecard::total`]): a fixed key naming that line in
/// the model and the subject of findings about it (the same in every language: cases list
/// findings by subject); table labels come from the catalogue (`text::TOTAL_SCORE`).
pub const TOTAL_PATH: &str = "综合得分";

/// One declared line of the 评分表.
#[derive(Debug, Clone)]
pub struct Declared {
    /// 一级/二级/三级 path of the row, as the form's 评分表 names it (`一级/二级/三级`).
    pub path: Sp<String>,
    /// 指标分值 on the form.
    pub weight: Option<Sp<Decimal>>,
    /// 评价得分 on the form.
    pub score: Sp<Decimal>,
    /// Other columns of the row (指标解释, 评分标准, 指标值 …), by header.
    pub extra: IndexMap<String, Sp<String>>,
}

/// The 评分表 as declared by the unit.
#[derive(Debug, Clone)]
pub struct Scorecard {
    /// 综合得分 (score) and its weight.
    pub total: Option<Declared>,
    /// 评价结果等次.
    pub grade: Option<Sp<String>>,
    /// 一级 subtotals.
    pub sections: Vec<Declared>,
    /// Scoring items.
    pub items: Vec<Declared>,
}

/// An evaluator's judgement for a judgement scoring item.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// The item path it judges.
    pub item: Sp<String>,
    /// The score given.
    pub score: Sp<Decimal>,
    /// Why.
    pub reason: Option<Sp<String>>,
}

/// People and dates at the foot of the form.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// 评价人员.
    pub evaluators: Vec<Person>,
    /// 负责人.
    pub responsible: Option<String>,
    /// 经办人.
    pub handler: Option<String>,
    /// 联系电话.
    pub phone: Option<String>,
    /// 填报日期.
    pub filled_on: Option<String>,
}

/// One 评价人员 row.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// 姓名.
    pub name: String,
    /// 职称/职务.
    pub title: Option<String>,
    /// 科室.
    pub office: Option<String>,
    /// 联系电话.
    pub phone: Option<String>,
}

impl Project {
    /// The declared score of an item path on the form, if declared.
    pub fn declared_item(&self, path: &str) -> Option<&Declared> {
        self.scorecard
            .as_ref()?
            .items
            .iter()
            .find(|d| d.path.value == path)
    }

    /// The evaluator's judgement for an item path, if any.
    pub fn judgement(&self, path: &str) -> Option<&Judgement> {
        self.judgements.iter().find(|j| j.item.value == path)
    }
}
