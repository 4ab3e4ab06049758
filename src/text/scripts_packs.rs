//! Rule scripts and policy packs.

use rust_decimal::Decimal;

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
        None if msg.contains("overflow") => {
            "数值溢出：计算结果超出可表示的范围，请核对项目数据中的金额与数量".to_string()
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
    format!("分值 {w} 的小数位多于取舍位数 {places}：取舍后得分可能超过分值；请把分值写到 {places} 位小数以内")
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
