//! Every user-facing sentence, in Chinese, in one place so an English locale can follow.

use rust_decimal::Decimal;

// ── labels and nouns ─────────────────────────────────────────────────────────
/// Label under a span that needs no other words.
pub const HERE: &str = "此处";
/// Kind of file: project.
pub const PROJECT_FILE: &str = "项目文件";
/// Kind of file: policy pack.
pub const POLICY_FILE: &str = "政策包";
/// 预算资金.
pub const FIELD_BUDGET: &str = "预算资金";
/// 预算下达资金.
pub const FIELD_ALLOCATED: &str = "预算下达资金";
/// 实际支出资金.
pub const FIELD_SPENT: &str = "实际支出资金";
/// 指标分值 of an indicator.
pub const INDICATOR_WEIGHT: &str = "指标分值";
/// 得分 of an indicator.
pub const INDICATOR_SCORE: &str = "指标得分";
/// 评分表 declared weight.
pub const DECLARED_WEIGHT: &str = "评分表分值";
/// 评分表 declared score.
pub const DECLARED_SCORE: &str = "评分表得分";
/// 评价人判定得分.
pub const JUDGEMENT_SCORE: &str = "评价人判定得分";
/// 综合得分.
pub const TOTAL: &str = "综合得分";
/// 等次.
pub const GRADE: &str = "等次";
/// The three tiers of a qualitative judgement.
pub const TIERS: &[&str] = &["达成", "部分达成", "未达成"];
/// Label: a negative amount.
pub const NEGATIVE_HERE: &str = "金额为负";
/// Label: a duplicate.
pub const DUPLICATE_HERE: &str = "重复出现";
/// Label: the first occurrence.
pub const FIRST_HERE: &str = "首次出现";
/// What a number field expects.
pub const EXPECT_NUMBER: &str = "数字（如 2536.08）";
/// What a percentage field expects.
pub const EXPECT_PERCENT: &str = "百分比（如 93.13%）";
/// What a target/actual expects.
pub const EXPECT_MEASURE: &str = "文字、数字，或 {text, value, unit}";
/// Help for directions.
pub const DIRECTION_HELP: &str = "可用的指标方向：>=（≥）、>、=、<、<=（≤）、定性";
/// Help for measures.
pub const MEASURE_HELP: &str =
    "定量指标须能读出唯一数值；文字里有多个数字时请写成 {text: 原文, value: 数值, unit: 单位}";

/// Prefixes a message with the scoring item it concerns.
pub fn item_prefix(item: &str, msg: &str) -> String {
    format!("评分项「{item}」：{msg}")
}

// ── reading files ────────────────────────────────────────────────────────────
/// A file could not be read.
pub fn cannot_read(path: &str, err: &str) -> String {
    format!("无法读取文件 {path}：{err}")
}

/// An I/O error in words.
pub fn io_error(e: &std::io::Error) -> String {
    if e.get_ref().is_some() {
        return e.to_string();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有读取权限".to_string(),
        std::io::ErrorKind::InvalidData => "不是 UTF-8 编码的文本".to_string(),
        std::io::ErrorKind::IsADirectory => "这是一个目录".to_string(),
        _ => e.to_string(),
    }
}

/// A judgement names an item the pack does not have.
pub fn unknown_judgement(path: &str, policy: &str) -> String {
    format!("评价人判定指向的评分项「{path}」在政策包 {policy} 中不存在，此判定无法采用")
}

/// A scalar is not a number.
pub fn not_a_number(text: &str, expected: &str) -> String {
    format!("「{text}」不是有效数值，应为{expected}")
}

/// A YAML syntax or shape error, with serde-saphyr's words translated where we know them.
pub fn yaml_error(what: &str, raw: &str) -> String {
    format!("{what}格式错误：{}", translate_yaml(raw))
}

/// A YAML error with the field and value it concerns.
pub fn yaml_field_error(what: &str, raw: &str, key: Option<&str>, value: Option<&str>) -> String {
    format!(
        "{what}格式错误：{}",
        at_field(&translate_yaml(raw), key, value)
    )
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    let end = s[start..].find(close)? + start;
    Some(&s[start..end])
}

fn translate_yaml(raw: &str) -> String {
    if raw.starts_with("unknown field") {
        let name = between(raw, "`", "`").unwrap_or("?");
        return match raw.split_once("expected one of ") {
            Some((_, list)) => format!("未知字段「{name}」；此处可用的字段：{list}"),
            None => format!("未知字段「{name}」"),
        };
    }
    if raw.starts_with("missing field") {
        let name = between(raw, "`", "`").unwrap_or("?");
        return format!("缺少必填字段「{name}」");
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        return format!("类型不符（{}）", words(rest));
    }
    words(raw)
}

/// serde / YAML parser phrases and what they mean to a person filling in a form.
const YAML_WORDS: &[(&str, &str)] = &[
    ("cannot deserialize null into", "此处不能为空"),
    ("unexpected end of input", "文件为空或不完整"),
    (
        "expected string scalar",
        "类型不符：应为单个值（文字或数字），不能是列表或映射",
    ),
    ("invalid i64", "应为整数"),
    ("invalid u32", "应为非负整数"),
    ("invalid u64", "应为非负整数"),
    (
        "did not find expected key",
        "YAML 语法错误：缺少键（检查缩进和冒号）",
    ),
    (
        "did not find expected node content",
        "YAML 语法错误：缺少值",
    ),
    (
        "mapping values are not allowed",
        "YAML 语法错误：此处不能出现“键: 值”（检查缩进，或给含冒号的文字加引号）",
    ),
    (
        "found character that cannot start any token",
        "YAML 语法错误：无法识别的字符（含 @ ` 等符号的文字请加引号）",
    ),
    (
        "found unexpected end of stream",
        "YAML 语法错误：文件在引号或括号闭合前结束",
    ),
    (
        "did not find expected ',' or ']'",
        "YAML 语法错误：方括号列表未闭合",
    ),
    (
        "did not find expected ',' or '}'",
        "YAML 语法错误：花括号映射未闭合",
    ),
    (
        "expected mapping end",
        "YAML 语法错误：花括号映射未正确结束",
    ),
    ("a sequence", "列表"),
    ("a map", "映射"),
];

/// Replaces the parser's phrases we know; what we do not know stays as it is.
fn words(raw: &str) -> String {
    YAML_WORDS
        .iter()
        .find(|(en, _)| raw.contains(en))
        .map_or_else(|| raw.to_string(), |(_, zh)| (*zh).to_string())
}

/// Names the field and quotes the value a YAML error is about.
pub fn at_field(msg: &str, key: Option<&str>, value: Option<&str>) -> String {
    let mut out = match key {
        Some(k) => format!("字段「{k}」：{msg}"),
        None => msg.to_string(),
    };
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        out.push_str(&format!("（写的是「{v}」）"));
    }
    out
}

/// An empty file.
pub fn empty_file(what: &str) -> String {
    format!("{what}为空")
}

/// Unsupported project format version.
pub fn unknown_format(v: u32) -> String {
    format!("不支持的项目文件格式版本 {v}（本版本支持 format: 1）")
}

/// A negative amount of money.
pub fn negative_money(what: &str, v: Decimal) -> String {
    format!("{what}不能为负数（{v}）")
}

/// An unknown indicator direction.
pub fn bad_direction(d: &str) -> String {
    format!("无法识别的指标方向「{d}」")
}

/// An unknown qualitative tier.
pub fn bad_tier(t: &str) -> String {
    format!("无法识别的评价档次「{t}」，应为 达成、部分达成 或 未达成")
}

/// A quantitative target/actual without exactly one number.
pub fn no_single_number(text: &str, count: usize) -> String {
    if count == 0 {
        format!("定量指标的「{text}」中找不到数值")
    } else {
        format!("定量指标的「{text}」中有 {count} 个数值，无法确定取哪一个")
    }
}

/// The same item declared twice.
pub fn duplicate_item(path: &str) -> String {
    format!("评分表中「{path}」重复出现")
}

// ── rule scripts ─────────────────────────────────────────────────────────────
/// Label under the script line that failed.
pub const SCRIPT_FAILED_HERE: &str = "规则在此处出错";
/// Runaway script.
pub const TOO_MANY_OPERATIONS: &str = "规则运行超出操作次数上限（可能是死循环）";
/// Recursion too deep.
pub const TOO_DEEP: &str = "规则调用层数过深（可能是无限递归）";
/// Script stopped from outside.
pub const TERMINATED: &str = "规则运行被中止";
/// A host function used outside a rule call.
pub const NOT_IN_RULE: &str = "此函数只能在评分规则运行时调用";
/// Scripts must not round.
pub const NO_ROUND_IN_RULES: &str =
    "规则中不得自行取舍（rhai 的 round 是银行家舍入）；得分由政策包 rounding 统一取舍，显示数字请用 fixed(x, 位数) 或 percent(x)";

/// A script syntax error.
pub fn script_syntax(msg: &str) -> String {
    format!("规则脚本语法错误：{msg}")
}

/// A function defined twice.
pub fn duplicate_function(name: &str, arity: usize) -> String {
    format!("函数 {name}（{arity} 个参数）重复定义；规则库与政策包脚本中的函数名不能重复")
}

/// A disabled keyword.
pub fn reserved_word(word: &str) -> String {
    format!("规则中不允许使用「{word}」（沙箱已禁用）")
}

/// Arithmetic failure (division by zero, overflow).
pub fn arithmetic(msg: &str) -> String {
    match msg.strip_prefix("Division by zero") {
        Some(rest) => {
            let expr = rest.trim_start_matches(':').trim();
            if expr.is_empty() {
                "除数为零".to_string()
            } else {
                format!("除数为零（{expr}）")
            }
        }
        None => format!("算术错误：{msg}"),
    }
}

/// Oversized data.
pub fn data_too_large(what: &str) -> String {
    format!("规则生成的数据超出大小上限（{what}）")
}

/// Unknown variable.
pub fn unknown_variable(name: &str) -> String {
    format!("未定义的变量「{name}」")
}

/// Unknown function.
pub fn unknown_function(sig: &str) -> String {
    format!("未定义的函数或参数类型不符：{sig}")
}

/// Unknown map property.
pub fn unknown_property(name: &str) -> String {
    format!("数据中没有属性「{name}」（缺失的值不会被当作 0）")
}

/// Wrong type.
pub fn type_mismatch(want: &str, got: &str) -> String {
    format!("类型不符：需要 {want}，得到 {got}")
}

/// A host function got a non-number.
pub fn not_a_script_number(func: &str, ty: &str) -> String {
    format!("{func}() 需要数字，得到 {ty}")
}

/// Unknown pack parameter.
pub fn unknown_param(name: &str) -> String {
    format!("政策包未定义参数「{name}」")
}

/// Negative deduction.
pub fn negative_deduction(p: Decimal) -> String {
    format!("扣分不能为负（{p}）")
}

// ── policy packs ─────────────────────────────────────────────────────────────
/// Embedded packs.
pub const EMBEDDED: &str = "内置";
/// A script path that leaves the pack.
pub const NOT_CONFINED: &str = "路径必须位于政策包目录之内（不得含 .. 或绝对路径）";
/// Label: no such rule function.
pub const NO_SUCH_RULE: &str = "找不到此规则函数";
/// Help for rules.
pub const RULE_HELP: &str =
    "rule 须是规则库（rules/*.rhai）或政策包脚本中定义的函数：fn 名称(item, input) { … }";
/// No grade bands.
pub const NO_GRADES: &str = "政策包未定义等次（grades）";
/// Label: the band before.
pub const PREVIOUS_BAND: &str = "上一档";
/// Too many decimal places.
pub const TOO_MANY_PLACES: &str = "取舍位数不能超过 10";

/// Unknown rounding mode.
pub fn bad_rounding_mode(m: &str) -> String {
    format!("无法识别的取舍方式「{m}」")
}

/// Rounding help.
pub fn rounding_help(names: &str) -> String {
    format!("可用的取舍方式：{names}")
}

/// A group with a rule.
pub fn group_with_rule(name: &str) -> String {
    format!("「{name}」有下级指标，不能再指定 rule（规则只属于末级评分项）")
}

/// A leaf without a rule.
pub fn item_without_rule(name: &str) -> String {
    format!("末级评分项「{name}」没有指定 rule")
}

/// A leaf without a weight.
pub fn item_without_weight(path: &str) -> String {
    format!("评分项「{path}」没有分值（weight）")
}

/// Σ sections ≠ total.
pub fn total_mismatch(sum: Decimal, total: Decimal) -> String {
    format!("一级指标分值之和为 {sum}，与总分 {total} 不符")
}

/// Label on total.
pub fn declared_total(total: Decimal) -> String {
    format!("总分 {total}")
}

/// Σ children ≠ parent.
pub fn children_mismatch(path: &str, sum: Decimal, w: Decimal) -> String {
    format!("「{path}」的下级分值之和为 {sum}，与其分值 {w} 不符")
}

/// Label on a declared parent weight.
pub fn declared_weight(w: Decimal) -> String {
    format!("分值 {w}")
}

/// Label on a child weight.
pub fn child_weight(name: &str, w: Decimal) -> String {
    format!("{name} {w}")
}

/// A negative weight.
pub fn negative_weight(path: &str) -> String {
    format!("「{path}」的分值不能为负")
}

/// A weight with more places than rounding keeps.
pub fn weight_finer_than_rounding(w: Decimal, places: u32) -> String {
    format!("分值 {w} 的小数位多于取舍位数 {places}，得分取舍后可能无法精确对账")
}

/// Unknown rule function.
pub fn unknown_rule(name: &str) -> String {
    format!("规则函数 {name}(item, input) 不存在")
}

/// Unknown project field.
pub fn unknown_field(name: &str) -> String {
    format!("项目文件格式中没有字段「{name}」")
}

/// Label on an input.
pub fn input_label(name: &str) -> String {
    format!("输入 {name}")
}

/// Known fields, for help.
pub fn fields_help() -> String {
    let list: Vec<String> = crate::project::FIELDS
        .iter()
        .map(|(f, l)| format!("{f}（{l}）"))
        .collect();
    format!(
        "可用字段：{}；funds.budget.<来源>、funds.spent.<来源>；indicators.<一级或二级指标名>；judgement（评价人判定）",
        list.join("、")
    )
}

/// An input and an arg share a name.
pub fn input_arg_clash(name: &str) -> String {
    format!("inputs 与 args 中都有「{name}」，规则无法区分")
}

/// Bands not descending.
pub fn bands_not_descending(lower: &str, upper: &str) -> String {
    format!("等次须按下限从高到低排列：「{lower}」的下限不低于「{upper}」")
}

/// Lowest band does not start at 0.
pub fn lowest_band_not_zero(grade: &str) -> String {
    format!("最低一档「{grade}」的下限须为 0，否则低分无等次可归")
}

/// Highest band above the total.
pub fn band_above_total(grade: &str) -> String {
    format!("「{grade}」的下限高于总分，无法达到")
}

/// Duplicate item id.
pub fn duplicate_item_id(id: &str) -> String {
    format!("评分项 id「{id}」重复")
}

/// `--policy` names nothing.
pub fn policy_not_found(spec: &str) -> String {
    format!("找不到政策包「{spec}」（既不是含 policy.yaml 的目录，也不是 ./policies/ 下或内置的政策包 id）")
}

/// Available pack ids.
pub fn available_policies(ids: &[String]) -> String {
    if ids.is_empty() {
        "没有可用的政策包".to_string()
    } else {
        format!("可用的政策包：{}", ids.join("、"))
    }
}

/// No pack for the project's region and year.
pub fn no_matching_policy(region: &str, year: i64) -> String {
    format!("没有与项目地区「{region}」、年度 {year} 相符的政策包；请用 --policy 指定")
}

/// A local pack that does not load took no part in the automatic choice.
pub fn broken_candidate(origin: &str) -> String {
    format!("注意：{origin} 未能载入（用 jixiao check {origin} 查看原因），未参与自动选择")
}

/// A named pack for another region or year than the project's.
pub fn pack_mismatch(id: &str, pr: &str, py: i64, file: &str, region: &str, year: i64) -> String {
    format!("注意：政策包 {id}（{pr}，{py} 年度）与项目 {file}（{region}，{year} 年度）的地区或年度不同")
}

/// Which pack was picked automatically.
pub fn policy_chosen(id: &str, region: &str, year: i64) -> String {
    format!("按项目地区「{region}」、年度 {year} 选用政策包 {id}")
}

// ── evaluation ───────────────────────────────────────────────────────────────
/// Label: a value is needed here.
pub const NEEDED_HERE: &str = "此处需要该值";
/// 目标值.
pub const TARGET: &str = "目标值";
/// 实际完成值.
pub const ACTUAL: &str = "实际完成值";
/// 完成进度.
pub const PROGRESS: &str = "完成进度";
/// 评价档次.
pub const TIER: &str = "评价档次";
/// The declared score stands in for a judgement.
pub const SELF_JUDGEMENT: &str = "项目文件未给出评价人判定，以评分表中的自评得分作为判定";
/// How to give a judgement.
pub const JUDGEMENT_HELP: &str =
    "在项目文件 judgements 下为此项写一条 {item: 路径, score: 得分, reason: 理由}，或在 scorecard.items 中给出自评得分";
/// Σ deductions above weight.
pub const DEDUCTIONS_EXCEED: &str = "扣分合计超过了分值";
/// Label at a deduction.
pub const DEDUCTED_HERE: &str = "在此扣分";
/// Rounding adjustment reason.
pub const ROUNDING_ONLY: &str = "得分取舍调整";

/// Label pointing at the project.
pub fn in_project(file: &str) -> String {
    format!("项目 {file}")
}

/// A field the rule needs is missing.
pub fn missing_field(label: &str, name: &str) -> String {
    format!("项目文件未填写{label}（{name}），无法评分；缺失的值不会按 0 计")
}

/// No judgement for a judgement item.
pub fn missing_judgement(path: &str) -> String {
    let _ = path;
    "需要评价人判定，项目文件中既没有判定也没有自评得分".to_string()
}

/// A judgement outside [0, weight].
pub fn judgement_out_of_range(score: Decimal, weight: Decimal) -> String {
    format!("判定得分 {score} 不在 [0, {weight}] 之内")
}

/// Note: an evaluator judgement was used.
pub fn judged_by_evaluator(reason: &str) -> String {
    if reason.is_empty() {
        "采用评价人判定".to_string()
    } else {
        format!("采用评价人判定：{reason}")
    }
}

/// Label of an indicator value.
pub fn indicator_value(level2: &str, name: &str, what: &str) -> String {
    format!("{level2}「{name}」{what}")
}

/// Σ deductions above weight, with figures.
pub fn deductions_exceed(sum: Decimal, weight: Decimal) -> String {
    format!("{DEDUCTIONS_EXCEED}（扣分 {sum}，分值 {weight}）")
}
/// Label: policy.yaml names the rule here.
pub const RULE_CALLED_HERE: &str = "评分项在此调用该规则";

// ── audit ────────────────────────────────────────────────────────────────────
/// 评分表.
pub const SCORECARD: &str = "评分表";

/// Count of declared items.
pub fn item_count(n: usize) -> String {
    format!("{n} 项")
}

/// The form's 评分表 follows another framework.
pub fn form_not_in_policy(policy: &str) -> String {
    format!("评分表的评分项与政策包 {policy} 无一对应（按其他框架填写），不逐项比对，只比对综合得分与等次")
}

/// An item the pack scores but the form does not list.
pub const NOT_ON_FORM: &str = "评分表中没有此项";

/// Cause of an item score difference.
pub fn item_cause(diff: Decimal, reason: &str) -> String {
    let dir = if diff > Decimal::ZERO {
        "多计"
    } else {
        "少计"
    };
    if reason.is_empty() {
        format!("自评{dir} {} 分；按规则此项不扣分", diff.abs())
    } else {
        format!("自评{dir} {} 分；按规则：{reason}", diff.abs())
    }
}

/// Cause of a weight difference.
pub fn weight_cause(policy: &str) -> String {
    format!("评分表上的分值与政策包 {policy} 的分值不同")
}

/// Cause of a section difference.
pub fn section_cause(diff: Decimal) -> String {
    let dir = if diff > Decimal::ZERO { "高" } else { "低" };
    format!("自评小计比按规则计算的各项得分之和{dir} {}", diff.abs())
}

/// Cause of a total difference.
pub fn total_cause(diff: Decimal) -> String {
    let dir = if diff > Decimal::ZERO { "高" } else { "低" };
    format!("自评综合得分比按规则计算的各项得分之和{dir} {}", diff.abs())
}

/// Cause of a grade difference.
pub fn grade_cause(total: &str, grade: &str) -> String {
    format!("按规则综合得分 {total}，对应等次「{grade}」")
}

/// An item on the form the pack lacks.
pub fn not_in_policy(policy: &str) -> String {
    format!("政策包 {policy} 中没有此评分项")
}

/// Cause of a 完成进度 difference.
pub fn progress_cause(direction: &str, how: &str) -> String {
    format!("按指标方向「{direction}」重算完成进度：{how}")
}

// ── reports ──────────────────────────────────────────────────────────────────
/// Score table columns.
pub const TABLE_HEADER: [&str; 5] = ["评分项", "分值", "得分", "扣分", "自评"];
/// No discrepancies.
pub const AUDIT_CLEAN: &str = "审核：自评与按规则计算的结果一致。";

/// The pack line.
pub fn policy_line(id: &str, title: &str, origin: &str) -> String {
    format!("政策包 {id}《{title}》（{origin}）")
}

/// Total and grade, with the declared grade.
pub fn result_line(total: &str, max: &str, grade: &str, declared_grade: Option<&str>) -> String {
    match declared_grade {
        Some(g) => format!("综合得分 {total} / {max}，等次「{grade}」（自评等次「{g}」）"),
        None => format!("综合得分 {total} / {max}，等次「{grade}」"),
    }
}

/// Where to see why points were lost.
pub fn explain_hint(file: &str, policy: &str) -> String {
    format!("逐项扣分原因：jixiao explain {file} --policy {policy}")
}

/// Heading of the audit list.
pub fn audit_heading(n: usize) -> String {
    format!("审核：自评与按规则计算的结果有 {n} 处不一致")
}

/// One discrepancy line.
pub fn discrepancy_line(path: &str, declared: &str, computed: &str, at: &str) -> String {
    format!("{path}：自评 {declared}，按规则 {computed}{at}")
}

/// Heading of a related report in another file.
pub fn related_in(file: &str) -> String {
    format!("见 {file}")
}

// ── explanations ─────────────────────────────────────────────────────────────
/// Formula line of help.
pub fn formula_line(h: &str) -> String {
    format!("算法：{h}")
}

/// Basis line of help.
pub fn basis_line(b: &str) -> String {
    format!("依据：{b}")
}

/// Note line of help.
pub fn note_line(n: &str) -> String {
    format!("说明：{n}")
}

/// Headline of one deduction.
pub fn deduction_headline(name: &str, path: &str, points: Decimal, reason: &str) -> String {
    format!("{name}（{path}）扣 {points} 分：{reason}")
}

/// Headline of an item with full marks.
pub fn full_marks(name: &str, path: &str, score: Decimal) -> String {
    format!("{name}（{path}）得满分 {score}，未扣分")
}

/// Label at the deduct() line, with rounding.
pub fn rounding_label(
    reason: &str,
    before: Decimal,
    after: Decimal,
    mode: &str,
    places: u32,
) -> String {
    format!(
        "扣 {} → {mode}保留 {places} 位 → {after}（{reason}）",
        crate::num::short(before)
    )
}

/// Label at the deduct() line when the rounding difference of the score was folded in.
pub fn balancing_label(reason: &str, before: Decimal, after: Decimal, score: Decimal) -> String {
    format!(
        "扣 {} → 得分取舍为 {score}，扣分补足为 {after}，使分值 = 得分 + 扣分（{reason}）",
        crate::num::short(before)
    )
}

/// Label at the deduct() line.
pub fn deducted_label(points: Decimal, reason: &str) -> String {
    format!("扣 {points}（{reason}）")
}

/// Label at the rule: line of policy.yaml.
pub fn item_uses_rule(name: &str, weight: &str) -> String {
    format!("{name}（分值 {weight}）按此规则评分")
}

/// Label at a project value.
pub fn evidence_label(label: &str, value: &str) -> String {
    format!("{label} = {value}")
}

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

// ── pack diff ────────────────────────────────────────────────────────────────
/// Heading of a pack diff.
pub fn diff_heading(a: &str, b: &str, n: usize) -> String {
    format!("政策包 {a} → {b}：{n} 处变化")
}

/// 一级 structure changed.
pub fn diff_structure(a: &str, b: &str) -> String {
    format!("结构：一级指标 {a} → {b}")
}

/// A node added.
pub fn diff_added(path: &str, w: &str) -> String {
    format!("新增：{path}（分值 {w}）")
}

/// A node removed.
pub fn diff_removed(path: &str, w: &str) -> String {
    format!("删除：{path}（分值 {w}）")
}

/// A node moved.
pub fn diff_moved(id: &str, a: &str, b: &str) -> String {
    format!("移动：{id} 从 {a} 到 {b}")
}

/// A weight changed.
pub fn diff_weight(path: &str, a: &str, b: &str) -> String {
    format!("分值：{path} {a} → {b}")
}

/// A rule changed.
pub fn diff_rule(path: &str, a: &str, b: &str) -> String {
    format!("规则：{path}\n  - {a}\n  + {b}")
}

/// The total changed.
pub fn diff_total(a: &str, b: &str) -> String {
    format!("总分：{a} → {b}")
}

/// Bands changed.
pub fn diff_bands(a: &str, b: &str) -> String {
    format!("等次：{a} → {b}")
}

/// Rounding changed.
pub fn diff_rounding(a: &str, b: &str) -> String {
    format!("取舍：{a} → {b}")
}

/// A parameter changed.
pub fn diff_param(name: &str, a: &str, b: &str) -> String {
    format!("参数：{name} {a} → {b}")
}

/// A function changed.
pub fn diff_function(name: &str) -> String {
    format!("脚本函数 {name} 有改动：")
}

/// A function added or removed.
pub fn diff_function_set(name: &str, added: bool) -> String {
    if added {
        format!("脚本函数 {name} 为新增")
    } else {
        format!("脚本函数 {name} 已删除")
    }
}

// ── new-policy ───────────────────────────────────────────────────────────────
/// An id unusable as a directory name.
pub fn bad_policy_id(id: &str) -> String {
    format!("政策包 id「{id}」只能由字母、数字、-、_、. 组成")
}

/// The target exists.
pub fn policy_exists(path: &str) -> String {
    format!("{path} 已存在，不会覆盖")
}

/// A file could not be written.
pub fn cannot_write(path: &str, err: &str) -> String {
    format!("无法写入 {path}：{err}")
}

/// new-policy succeeded.
pub fn policy_created(path: &str, from: &str, year: Option<i64>) -> String {
    match year {
        Some(y) => {
            format!("已由 {from} 生成 {path}（年度 {y}）；修改后用 jixiao check {path} 检查")
        }
        None => format!("已由 {from} 生成 {path}；修改后用 jixiao check {path} 检查"),
    }
}

/// A crosswalk entry.
pub fn diff_crosswalk(to: &str, from: &str) -> String {
    format!("对应：{to} ← {from}")
}

// ── policy test cases ────────────────────────────────────────────────────────
/// Kind of file: a test case.
pub const CASE_FILE: &str = "测试用例";

/// A replace edit did not match exactly once.
pub fn replace_count(from: &str, count: usize) -> String {
    format!("replace 的「{from}」在项目文件中出现 {count} 次，须恰好 1 次")
}

/// Name of a project edited by a case.
pub fn patched_name(project: &str, case: &str) -> String {
    format!("{project}（经 {case} 修改）")
}
/// Expectation label: an error.
pub const EXPECTED_ERROR: &str = "预期错误";
/// Expectation label: discrepancies.
pub const DISCREPANCIES: &str = "审核不一致项";
/// An expected item the pack does not have.
pub const NO_SUCH_ITEM: &str = "（没有此评分项）";

/// A case expected an error but the project scored.
pub fn scored_instead(total: &str) -> String {
    format!("（未出错，综合得分 {total}）")
}

/// An item key matching several items.
pub fn ambiguous_item(n: usize) -> String {
    format!("（匹配到 {n} 个评分项，请写路径）")
}

/// Embedded packs have no runnable case directory.
pub fn embedded_cases(id: &str) -> String {
    format!("政策包 {id} 是内置的；用例须在政策包目录中运行（如 jixiao test policies/{id}）")
}

/// Heading of one pack's cases.
pub fn testing_pack(id: &str, origin: &str) -> String {
    format!("政策包 {id}（{origin}）")
}

/// Coverage summary line.
pub fn coverage_line(pct: &str, fired: usize, all: usize) -> String {
    format!("覆盖率 {pct}%：{fired}/{all} 个扣分点被用例触发")
}

/// A deduction site never fired.
pub fn never_fired(at: &str, line: &str) -> String {
    format!("未触发的扣分点 {at}  {line}")
}

/// A rule never run.
pub fn rule_never_run(name: &str, at: &str, _ran: bool) -> String {
    format!("未运行的规则 {name}  {at}")
}

/// An item never scored or never deducted.
pub fn item_coverage(path: &str, scored: bool, lost: bool) -> String {
    match (scored, lost) {
        (false, _) => format!("未评分的评分项 {path}"),
        (true, false) => format!("从未扣分的评分项 {path}"),
        _ => String::new(),
    }
}

// ── import (forms as published: text export, xlsx) ──────────────────────────
/// Content of a form row the importer could not place.
pub fn import_unmapped(at: &str, shown: &str) -> String {
    format!("表中 {at} 的内容未能识别，未读入：{shown}")
}
/// Help for unmapped content.
pub const IMPORT_UNMAPPED_HELP: &str =
    "导入按栏目名称（项目名称、项目资金情况、绩效目标实现情况、评分表、评价结果等次……）识别各块；请核对此处内容是否需要手工补录到项目文件";
/// Label on an unread cell.
pub const IMPORT_NOT_READ: &str = "未读入";
/// A workbook without sheets.
pub const IMPORT_EMPTY: &str = "工作簿中没有工作表";
/// A required field not found on the form.
pub fn import_missing(what: &str) -> String {
    format!("表中没有找到「{what}」，无法导入")
}
/// Help when the form is not recognised.
pub const IMPORT_FORM_HELP: &str =
    "导入的是《财政支出项目绩效自评表》的文本导出（制表符分隔）或 xlsx 工作簿；表头应有「项目名称」一栏";
/// Label on the project name.
pub const IMPORT_PROJECT_HERE: &str = "项目名称";
/// Help when the year is missing.
pub const IMPORT_YEAR_HELP: &str = "年度取自表头「（ 2020 年度）」，没有时取自「项目期」的起始年份";
/// Inference: year from the period.
pub const INFER_YEAR_FROM_PERIOD: &str = "年度为推断：表头未写年度，取项目期的起始年份";
/// A category total that disagrees with its sources.
pub fn import_funds_total(label: &str, total: Decimal, sum: Decimal) -> String {
    format!("{label}合计 {total} 与各来源之和 {sum} 不符；项目文件只保留各来源金额")
}
/// Label on a total.
pub const IMPORT_TOTAL_HERE: &str = "合计";
/// Label on a part.
pub const IMPORT_PART_HERE: &str = "来源金额";
/// An indicator row without target or actual.
pub fn import_indicator_values(level2: &str) -> String {
    format!("{level2}的这一行缺少目标值或实际完成值，未读入")
}
/// A quantitative indicator whose number cannot be read.
pub const IMPORT_NOT_NUMERIC: &str =
    "目标值或实际完成值中读不出唯一的数值，按定性指标读入；如需按定量评分，请在项目文件中写成 {text, value, unit}";
/// Label on a target.
pub const IMPORT_TARGET_HERE: &str = "目标值";
/// Label on an actual.
pub const IMPORT_ACTUAL_HERE: &str = "实际完成值";
/// Inference: qualitative because no single number.
pub const INFER_QUALITATIVE_AMBIGUOUS: &str =
    "方向为推断：目标值或实际值中读不出唯一数值，按定性指标读入";
/// Inference: 一级 from the 二级 name.
pub fn infer_level1(level1: &str, level2: &str) -> String {
    format!("一级指标为推断：按二级指标「{level2}」归入「{level1}」（原表为合并单元格）")
}
/// Inference: direction from a word in the target.
pub fn infer_direction_word(word: &str) -> String {
    format!("方向为推断：目标值中写有「{word}」")
}
/// Inference: timeliness targets are qualitative.
pub const INFER_TIMELINESS: &str = "方向为推断：时效指标的目标为时间要求，按定性指标读入";
/// Inference: a text target is qualitative.
pub const INFER_TEXT_TARGET: &str = "方向为推断：目标值为文字，按定性指标读入";
/// Inference: cost is lower-is-better.
pub const INFER_COST: &str = "方向为推断：成本指标越低越好";
/// Inference: quantities are higher-is-better.
pub const INFER_AT_LEAST: &str = "方向为推断：定量指标默认越高越好";
/// Inference: 二级 of a scoring item from a merged cell further down.
pub fn infer_merged_level2(level2: &str) -> String {
    format!("二级指标为推断：原表此行二级为空（合并单元格），取同一一级下随后出现的「{level2}」")
}
/// First comment line of a written project file.
pub fn written_from(source: &str) -> String {
    format!("由 jixiao import 自 {source} 导入；注有「推断」的值不是原表所写，请核对。")
}
/// Second comment line of a written project file.
pub const WRITTEN_UNITS: &str = "金额单位：万元。格式说明见 docs/project-format.md。";
/// `import` wrote a file.
pub fn import_written(
    path: &str,
    indicators: usize,
    items: usize,
    inferred: usize,
    warnings: usize,
) -> String {
    format!("已写入 {path}：{indicators} 个绩效指标、{items} 个评分项；{inferred} 处推断，{warnings} 条警告")
}
/// `-o` is needed for xlsx output.
pub const XLSX_NEEDS_OUTPUT: &str = "--format xlsx 须用 -o 指定输出文件（如 -o results.xlsx）";
/// Output written.
pub fn output_written(path: &str) -> String {
    format!("已写入 {path}")
}

// ── watch ────────────────────────────────────────────────────────────────────
/// Waiting for the next edit.
pub const WAITING: &str = "── 等待修改（Ctrl-C 退出）──";
/// An edit that moved nothing.
pub const NOTHING_MOVED: &str = "没有项目的得分发生变化";
/// A project changed by its data, not the rules.
pub const PROJECT_DATA_CHANGED: &str = "项目数据有改动";
/// A watched project file was removed.
pub const PROJECT_REMOVED: &str = "项目文件已删除";

/// The watch could not start.
pub fn watch_failed(e: &str) -> String {
    format!("无法监视文件：{e}")
}

/// Embedded packs cannot be edited.
pub fn watch_embedded(id: &str) -> String {
    format!("政策包 {id} 是内置的，无法编辑；请先用 jixiao new-policy 复制到 ./policies/ 再监视")
}

/// The pack in force.
pub fn watching(id: &str, origin: &str) -> String {
    format!("监视中：政策包 {id}（{origin}）")
}

/// A portfolio's state in one line.
pub fn portfolio_state(n: usize, grades: &str, failing: usize) -> String {
    if failing == 0 {
        format!("  {n} 个项目：{grades}")
    } else {
        format!("  {n} 个项目：{grades}；{failing} 个无法评分")
    }
}

/// A project that does not score.
pub fn project_failing(n: usize) -> String {
    format!("无法评分（{n} 条诊断）")
}

/// Portfolio summary of an edit.
pub fn watch_summary(moved: usize, unchanged: usize) -> String {
    format!("{moved} 个项目有变化，{unchanged} 个不变")
}

/// A broken edit.
pub fn edit_rejected(id: &str) -> String {
    format!("✗ 修改后的政策包有误，仍沿用上一版 {id}：")
}

/// Cases failed under --gate.
pub fn gate_rejected(id: &str) -> String {
    format!("✗ 修改后的政策包未通过测试用例（--gate），仍沿用上一版 {id}：")
}

/// One failed case under --gate.
pub fn gate_case_failed(name: &str, n: usize) -> String {
    format!("{name}（{n} 处不符）")
}

/// The pack was reloaded.
pub fn policy_reloaded(id: &str) -> String {
    format!("✓ 政策包 {id} 已重新载入")
}

// ── form audit (the form's internal consistency) ────────────────────────────
/// Severity labels.
pub const SEVERITY_ERROR: &str = "错误";
/// Severity labels.
pub const SEVERITY_WARNING: &str = "警告";
/// Severity labels.
pub const SEVERITY_INFO: &str = "提示";
/// A score above its weight.
pub fn form_score_above_weight(path: &str, score: Decimal, weight: Decimal) -> String {
    format!("评分项「{path}」的评价得分 {score} 超过了指标分值 {weight}")
}
/// Label on a weight.
pub const FORM_WEIGHT_HERE: &str = "指标分值";
/// A subtotal that is not the sum of its items.
pub fn form_subtotal(name: &str, declared: Decimal, sum: Decimal) -> String {
    format!("「{name}」填的得分 {declared} 不等于其下各项得分之和 {sum}")
}
/// A subtotal weight that is not the sum of its items' weights.
pub fn form_subtotal_weight(name: &str, declared: Decimal, sum: Decimal) -> String {
    format!("「{name}」填的分值 {declared} 不等于其下各项分值之和 {sum}")
}
/// A grade that does not match the declared total.
pub fn form_grade(grade: &str, total: Decimal, expected: &str) -> String {
    format!("评价结果等次填「{grade}」，但表上综合得分 {total} 按等次标准应为「{expected}」")
}
/// Label on the total.
pub const FORM_TOTAL_HERE: &str = "综合得分";
/// A section or total weight differing from the pack.
pub fn form_pack_weight(path: &str, form: Decimal, pack: Decimal, pack_id: &str) -> String {
    format!("表上「{path}」的分值为 {form}，政策包 {pack_id} 规定为 {pack}")
}
/// A score above what the form's own figures support.
pub fn form_item_overstated(
    path: &str,
    score: Decimal,
    basis: &str,
    weight: Decimal,
    expected: Decimal,
    over: Decimal,
) -> String {
    format!(
        "「{path}」自评 {score} 分，但本表自己的数据是{basis}，按比例至多 {weight} × 完成比例 = {expected} 分；多计 {over} 分"
    )
}
/// Label on the figure an item is checked against.
pub const FORM_BASIS_HERE: &str = "表内依据";
/// A funds ratio, as basis.
pub fn form_ratio_basis(num: &str, n: Decimal, den: &str, d: Decimal) -> String {
    format!("{num} {n} ÷ {den} {d} = {}", crate::num::percent(n / d))
}
/// An indicator completion, as basis.
pub fn form_indicator_basis(level2: &str, name: &str, ratio: Decimal) -> String {
    format!("{level2}「{name}」完成 {}", crate::num::percent(ratio))
}
/// An indicator row without a name.
pub fn form_unnamed_indicator(subject: &str, label: &str) -> String {
    format!("「{subject}」下的指标只有行标签「{label}」，未填写三级指标名称")
}
/// A 完成进度 that does not follow from target, actual and direction.
pub fn form_progress(
    path: &str,
    declared: Decimal,
    computed: Decimal,
    symbol: &str,
    how: &str,
    ratio_used: bool,
) -> String {
    let why = if ratio_used {
        "；表上的数恰为 实际 ÷ 目标，是按越高越好算的，而此指标越低越好，实际不超过目标即为 100%"
    } else {
        ""
    };
    format!("「{path}」完成进度填 {declared}%，按目标值、实际完成值和方向「{symbol}」应为 {computed}%（{how}）{why}")
}
/// Label on an actual value.
pub const FORM_ACTUAL_HERE: &str = "实际完成值";
/// Subject: department.
pub const FORM_DEPARTMENT: &str = "主管部门及代码";
/// What the department field should hold.
pub const FORM_NAME_AND_CODE: &str = "名称及代码";
/// A department code without a name.
pub fn form_department_without_name(code: &str) -> String {
    format!("「主管部门及代码」只填了代码 {code}，未填主管部门名称")
}
/// Subject: period.
pub const FORM_PERIOD: &str = "项目期";
/// A period that does not cover the form's year.
pub fn form_period_year(period: &str, year: i64) -> String {
    format!("项目期「{period}」不含本表年度 {year}")
}
/// Label on the year.
pub const FORM_YEAR_HERE: &str = "年度";
/// Subject: filing date.
pub const FORM_FILED_ON: &str = "填报日期";
/// Filed before the period ended.
pub fn form_filed_early(filed: &str, end: &str) -> String {
    format!("填报日期 {filed} 早于项目期结束日 {end}，自评时项目尚未结束")
}
/// Less allocated than budgeted, not explained.
pub fn form_funds_gap(allocated: Decimal, budget: Decimal, gap: Decimal) -> String {
    format!("预算下达资金 {allocated} 少于预算资金 {budget}，差 {gap} 万元；各项说明中未见原因（调减、收回、结余等）")
}
/// Label on the budget.
pub const FORM_BUDGET_HERE: &str = "预算资金";
/// A funding identity broken.
pub fn form_funds_identity(
    big: &str,
    b: Decimal,
    small: &str,
    s: Decimal,
    explained: bool,
) -> String {
    let tail = if explained {
        "；说明中提到了调整或结转，请核对是否相符"
    } else {
        "，说明中也未见原因"
    };
    format!("{big} {b} 大于{small} {s}{tail}")
}
/// A rate claimed in the narrative that the funds table contradicts.
pub fn form_claim(word: &str, claimed: Decimal, n: Decimal, d: Decimal, pct: &str) -> String {
    format!("说明中称{word}为 {claimed}%，但按表上资金计算为 {n} ÷ {d} = {pct}")
}
/// Label on a numerator.
pub const FORM_NUMERATOR_HERE: &str = "分子";
/// Label on a denominator.
pub const FORM_DENOMINATOR_HERE: &str = "分母";
/// A cost figure close to but not equal to the funds figure.
pub fn form_cost_vs_funds(level2: &str, text: &str, field: &str, value: Decimal) -> String {
    format!("{level2}写「{text}」，与{field} {value} 万元相近而不相等（疑为取整或笔误）")
}
/// Label on a part.
pub const FORM_PART_HERE: &str = "分项";
/// Narrative amounts that nearly add up to a funds figure.
pub fn form_parts_of_funds(heading: &str, shown: &str, field: &str, v: Decimal) -> String {
    format!("「{heading}」中分批的金额 {shown} 万元，与{field} {v} 万元不符（差一分一厘也应核对）")
}
/// A 「其中」 breakdown that does not add up.
pub fn form_breakdown(heading: &str, total: &str, shown: &str, unit: &str) -> String {
    format!("「{heading}」中「{total}」的「其中」各项之和为 {shown}{unit}，与总数不符")
}
/// A year that does not belong in the form.
pub fn form_year(heading: &str, excerpt: &str, y: i64, year: i64) -> String {
    if y > year + 1 {
        format!("「{heading}」写到「{excerpt}」：{y} 年晚于本表年度 {year} 的填报年份")
    } else {
        format!("「{heading}」写的是「{excerpt}」：{year} 年度的表中出现上一年 {y} 年的情况，疑为沿用上年文字")
    }
}
/// Heading of the form audit.
pub fn form_audit_heading(n: usize, errors: usize, warnings: usize, infos: usize) -> String {
    format!(
        "表内核对：原表自身有 {n} 处不一致或存疑（错误 {errors}、警告 {warnings}、提示 {infos}）"
    )
}
/// No findings.
pub const FORM_AUDIT_CLEAN: &str = "表内核对：未发现原表自身的不一致";
/// One finding in the text report.
pub fn form_finding_line(
    severity: &str,
    subject: &str,
    stated: &str,
    expected: &str,
    at: &str,
) -> String {
    format!("[{severity}] {subject}：表上 {stated}，核对应为 {expected}{at}")
}

// ── xlsx output ──────────────────────────────────────────────────────────────
/// Columns of the 汇总 sheet.
pub const XLSX_SUMMARY_HEADER: [&str; 10] = [
    "项目名称",
    "文件",
    "政策包",
    "综合得分",
    "等次",
    "自评综合得分",
    "自评等次",
    "审核不一致",
    "表内核对（错误/警告/提示）",
    "说明",
];
/// Columns of a project sheet.
pub const XLSX_CARD_HEADER: [&str; 8] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标分值",
    "自评得分",
    "核定得分",
    "扣分",
    "扣分原因",
];
/// Heading of the audit list in a project sheet.
pub const XLSX_AUDIT: &str = "审核：自评与按规则计算的不一致（评分项｜自评｜按规则｜原因｜位置）";
/// Heading of the form-audit list in a project sheet.
pub const XLSX_FORM_AUDIT: &str = "表内核对（级别｜内容｜表上｜核对应为｜说明｜位置）";
