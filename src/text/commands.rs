//! Commands and comparisons.

use rust_decimal::Decimal;

// ── commands ─────────────────────────────────────────────────────────────────
/// Nothing was deducted.
pub const NOTHING_DEDUCTED: &str = "所有评分项均得满分，没有扣分。";

/// `--item` matched nothing.
pub fn no_such_item(key: &str) -> String {
    format!("没有评分项「{key}」")
}

/// List of item paths.
pub fn item_list(paths: &[String]) -> String {
    format!("可用的评分项：{}", paths.join("、"))
}

/// Last line of explain.
pub fn explain_summary(total: Decimal, max: Decimal, grade: &str) -> String {
    format!("综合得分 {total} / {max}，等次「{grade}」")
}

/// A pack passed check.
pub fn check_ok(id: &str, origin: &str, items: usize, warnings: usize) -> String {
    if warnings == 0 {
        format!("✓ 政策包 {id}（{origin}）检查通过：{items} 个评分项")
    } else {
        format!("✓ 政策包 {id}（{origin}）检查通过：{items} 个评分项，{warnings} 条警告")
    }
}

/// A pack failed check.
pub fn check_failed(origin: &str, n: usize) -> String {
    format!("✗ 政策包 {origin} 检查未通过：{n} 条诊断")
}

/// One line of `jixiao policies`.
pub fn policy_listing(
    id: &str,
    title: &str,
    region: Option<&str>,
    year: i64,
    origin: &str,
) -> String {
    format!(
        "{id}\t{year}\t{}\t{title}\t{origin}",
        region.unwrap_or("全国")
    )
}
/// How `each` is written.
pub const EACH_HELP: &str = "each 写作 indicators.<一级或二级指标名>，如 each: indicators.产出指标";

/// A bad `each` selector.
pub fn bad_each(sel: &str) -> String {
    format!("无法识别的 each「{sel}」")
}

/// An `each` node matched no indicator.
pub fn no_indicators(sel: &str, weight: Decimal) -> String {
    format!("项目中没有「{sel}」的指标，其 {weight} 分无法分配；缺失的指标不会按 0 分计")
}

/// Indicator 分值 do not fill the node.
pub fn indicator_weights(
    path: &str,
    sum: Decimal,
    total: Decimal,
    given: usize,
    all: usize,
) -> String {
    if given == all {
        format!("「{path}」下各指标分值之和为 {sum}，与其分值 {total} 不符")
    } else {
        format!(
            "「{path}」下 {all} 个指标中只有 {given} 个填了分值；要么都填，要么都不填（平均分配）"
        )
    }
}

/// A crosswalk names a path this pack does not have.
pub fn crosswalk_unknown(path: &str) -> String {
    format!("crosswalk 中的「{path}」不是本政策包的指标")
}

// ── comparisons ──────────────────────────────────────────────────────────────
/// The rule's inputs or args changed.
pub const RULE_INPUTS_CHANGED: &str = "评分项的 inputs 或 args 有改动";
/// Some library function the rule calls changed.
pub const LIBRARY_CHANGED: &str = "规则所调用的脚本函数有改动";
/// Nothing identifiable changed, yet the score moved.
pub const UNEXPLAINED: &str = "得分变化，但未识别出分值、参数、取舍或规则的改动";

/// Chinese name of a cause key.
pub fn cause_label(key: &str) -> &'static str {
    match key {
        "weight" => "分值变化",
        "parameter" => "参数变化",
        "rounding" => "取舍变化",
        "formula" => "规则变化",
        "structure" => "结构调整",
        "added" => "新增评分项",
        "removed" => "删除评分项",
        _ => "其他",
    }
}

/// A crosswalk path matched no item.
pub fn crosswalk_no_match(path: &str, policy: &str) -> String {
    format!("crosswalk 中的「{path}」在 {policy} 的评分结果中没有对应评分项")
}

/// Detail of a structure change.
pub fn structure_detail(a: &str, a_weight: Decimal, b: &str, b_weight: Decimal) -> String {
    format!("{a} 分值 {a_weight} → {b} 分值 {b_weight}")
}

/// Detail of an added item.
pub fn added_detail(b: &str, w: Decimal) -> String {
    format!("{b} 新增（分值 {w}）")
}

/// Detail of a removed item.
pub fn removed_detail(b: &str, w: Decimal) -> String {
    format!("{b} 中没有此项（原分值 {w}）")
}

/// Detail of a weight change.
pub fn weight_detail(a: Decimal, b: Decimal) -> String {
    format!("分值 {a} → {b}")
}

/// Detail of parameter changes.
pub fn params_detail(changes: &[(String, String, String)]) -> String {
    changes
        .iter()
        .map(|(n, a, b)| format!("参数 {n}：{a} → {b}"))
        .collect::<Vec<_>>()
        .join("；")
}

/// Detail of a rounding change.
pub fn rounding_detail(a: &crate::policy::Rounding, b: &crate::policy::Rounding) -> String {
    format!(
        "取舍 {}保留 {} 位 → {}保留 {} 位",
        a.mode.label(),
        a.places,
        b.mode.label(),
        b.places
    )
}

/// The rule function was renamed or replaced.
pub fn rule_renamed(a: &str, b: &str) -> String {
    format!("规则 {a} → {b}")
}

/// The rule function's script changed.
pub fn rule_script_changed(rule: &str) -> String {
    format!("规则函数 {rule} 的脚本有改动")
}

/// Label of a rule function span.
pub fn rule_of(policy: &str, rule: &str) -> String {
    format!("{policy} 的规则 {rule}")
}

/// Why a grade changed.
pub fn grade_change(a: &str, b: &str, ta: &str, tb: &str, bands: Option<(&str, &str)>) -> String {
    match bands {
        Some((ba, bb)) => {
            format!("等次「{a}」→「{b}」：综合得分 {ta} → {tb}；等次界限 {ba} → {bb}")
        }
        None => format!("等次「{a}」→「{b}」：综合得分 {ta} → {tb} 跨过了等次界限"),
    }
}
/// Grades from best to worst, for ordering tables.
pub const GRADE_ORDER: [&str; 4] = ["优", "良", "中", "差"];
/// Corner cell of the transition matrix: rows A, columns B.
pub const TRANSITION_CORNER: &str = "A ＼ B";
/// Grade transitions heading.
pub const GRADE_TRANSITIONS: &str = "等次变化：";
/// Largest moves heading.
pub const LARGEST_MOVES: &str = "变化最大的项目：";
/// Top movers heading.
pub const TOP_MOVERS: &str = "规则改动影响最大的评分项（全部项目合计）：";

/// Header of the compare table (A and B are named in the line above it).
pub const COMPARE_HEADER: [&str; 7] = [
    "评分项",
    "A 分值",
    "A 得分",
    "B 分值",
    "B 得分",
    "变化",
    "归因",
];

/// Label of a crosswalk row.
pub fn crosswalk_label(to: &str, from: &str) -> String {
    format!("{to} ← {from}")
}

/// Label of an added row.
pub fn added_label(path: &str) -> String {
    format!("{path}（新增）")
}

/// Label of a removed row.
pub fn removed_label(path: &str) -> String {
    format!("{path}（删除）")
}

/// The attribution total cell.
pub fn attributed_total(sum: &str) -> String {
    format!("归因合计 {sum}")
}

/// The headline of a comparison.
pub fn compare_line(
    a: &str,
    ta: &str,
    ga: &str,
    b: &str,
    tb: &str,
    gb: &str,
    delta: &str,
) -> String {
    format!("A = {a} {ta}「{ga}」→ B = {b} {tb}「{gb}」：变化 {delta}")
}

/// A warning line.
pub fn warning_line(w: &str) -> String {
    format!("注意：{w}")
}

/// Headline of a formula-change report.
pub fn formula_headline(item: &str, points: &str, detail: &str) -> String {
    format!("{item}：规则变化 {points}（{detail}）")
}

/// Portfolio heading.
pub fn portfolio_heading(n: usize, mean: &str) -> String {
    format!("共 {n} 个项目，平均变化 {mean}")
}

/// A grade transition.
pub fn transition_line(a: &str, b: &str, n: usize) -> String {
    format!("{a} → {b}：{n} 个")
}

/// A top mover.
pub fn mover_line(label: &str, cause: &str, points: &str, n: usize) -> String {
    format!("{label}（{cause}）{points}，涉及 {n} 个项目")
}
/// CSV columns of `compare --format csv`.
pub const CSV_HEADER: [&str; 13] = [
    "file", "policy_a", "policy_b", "kind", "item", "weight_a", "score_a", "weight_b", "score_b",
    "delta", "cause", "points", "detail",
];

/// compare needs two packs.
pub const TWO_POLICIES: &str = "compare 需要恰好两个政策包：--policy A --policy B";

/// Rounding in short.
pub fn rounding_short(mode: &str, places: u32) -> String {
    format!("{mode} {places} 位")
}

/// Headline before clap's own (English) usage error.
pub const CLI_USAGE_ERROR: &str = "命令行参数有误（详情如下；jixiao --help 查看用法）：";

/// Heading of the batch summary of `evaluate DIR`.
pub fn summary_heading(n: usize, whole: usize, partial: usize, failed: usize) -> String {
    format!("汇总：{n} 份 — 评分 {whole}，部分评分 {partial}，无法评分 {failed}")
}

/// A summary line's status: scored whole.
pub fn summary_scored(total: Decimal, max: Decimal, grade: &str) -> String {
    format!("得分 {total}/{} {grade}", max.normalize())
}

/// A summary line's status: a cut-off form, scored in part, no grade.
pub fn summary_partial(total: Decimal, scored: Decimal, unscored: Decimal) -> String {
    // Weights are points (90, not 90.00, even when a weight was inferred from a score).
    format!(
        "部分评分 {total}/{} 未评 {}",
        scored.normalize(),
        unscored.normalize()
    )
}

/// A summary line's status: could not be scored, with the diagnostic's code.
pub fn summary_failed(code: &str) -> String {
    format!("无法评分 {code}")
}

/// `--year N` disagrees with the year a project file or form states (never overridden).
pub fn year_disagrees(file: &str, stated: i64, given: i64) -> String {
    format!("{file} 写明年度 {stated}，与 --year {given} 不符；不会以 --year 改写项目所写的年度")
}

/// Label on the stated year.
pub const YEAR_STATED_HERE: &str = "项目所写的年度";

/// Help: `--year` is for forms that show no year.
pub const YEAR_FLAG_ONLY_WITHOUT: &str =
    "--year 只用于原表上没有年度的项目；去掉 --year，或改正项目文件中的年度";

/// The last line of `jixiao test`: how many cases passed and failed.
pub fn test_summary(passed: usize, failed: usize) -> String {
    crate::t!("test-summary", passed = passed, failed = failed)
}

/// Examples and exit codes under `jixiao --help`.
pub const CLI_EXAMPLES: &str = "示例：
  jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml
  jixiao evaluate examples/*.yaml --policy jinzhong-2020 --format json
  jixiao import form.txt -o project.yaml
  jixiao evaluate form.xlsx --format xlsx -o results.xlsx
  jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 资金到位率
  jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020
  jixiao diff jinzhong-2020 mof-2020
  jixiao new-policy jinzhong-2021 --from jinzhong-2020
  jixiao check policies/jinzhong-2020
  jixiao policies

退出码：0 成功；1 审核发现不一致（仅在 --strict 时）；2 输入或政策包有误。";

/// Examples under `jixiao explain --help`.
pub const EXPLAIN_EXAMPLES: &str = "示例：\n  jixiao explain examples/jinzhong-2020-pension-subsidy.yaml\n  jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 投入/资金落实/资金到位率";
