//! The rule sandbox: budgets, limits, overflow, reserved host names.

use rust_decimal::Decimal;

/// A rule call over its wall-clock budget.
pub fn call_over_time(ms: u64) -> String {
    format!("规则运行超出单次调用的时间上限（{ms} 毫秒，政策包 limits.call_ms）")
}

/// An evaluation over its wall-clock budget.
pub fn evaluation_over_time(ms: u64) -> String {
    format!(
        "评分超出单个项目的总时间上限（{ms} 毫秒，政策包 limits.evaluation_ms），其余评分项未评"
    )
}

/// Too many deduct/note calls.
pub fn too_many_records(max: usize) -> String {
    format!("一次规则调用中 deduct() 与 note() 共超过 {max} 次（政策包 limits.records）")
}

/// Too much text in deduct reasons and notes.
pub fn records_too_long(max: usize) -> String {
    format!("一次规则调用中扣分理由与说明的文字超过 {max} 字节（政策包 limits.record_bytes）")
}

/// An arithmetic overflow, with the operands.
pub fn overflow(op: &str, a: Decimal, b: Decimal) -> String {
    format!("数值溢出：{a} {op} {b} 超出可表示的范围（约 ±7.9×10²⁸），请核对项目数据与规则中的数值")
}

/// An overflow reported by rhai in its own words (`Addition overflow: 1 + 2`).
pub fn overflow_in(expr: &str) -> String {
    if expr.is_empty() {
        "数值溢出：计算结果超出可表示的范围，请核对项目数据与规则中的数值".to_string()
    } else {
        format!("数值溢出：{expr} 超出可表示的范围，请核对项目数据与规则中的数值")
    }
}

/// A zero divisor, with the operands.
pub fn division_by_zero(op: &str, a: Decimal, b: Decimal) -> String {
    format!("除数为零（{a} {op} {b}）")
}

/// Deductions that add up past what a number can hold.
pub fn deductions_overflow(sum: Decimal, next: Decimal) -> String {
    format!("扣分合计溢出：{sum} + {next} 超出可表示的范围")
}

/// A host function's result out of range.
pub fn host_overflow(func: &str, x: Decimal) -> String {
    format!("{func}({x}) 的结果超出可表示的范围")
}

/// A pack function taking a host function's name.
pub fn reserved_host_name(name: &str) -> String {
    format!("函数名「{name}」是引擎提供的函数，规则脚本不能重新定义它（否则会悄悄换掉 deduct、fail 等的行为）")
}

/// A call to a function rules cannot use (impure builtins such as `sleep`, or a typo).
pub fn unavailable_function(name: &str) -> String {
    format!(
        "规则中调用了不可用的函数「{name}」：规则只能调用引擎提供的函数与政策包脚本中定义的函数"
    )
}

/// Help for an unavailable function.
pub const UNAVAILABLE_FUNCTION_HELP: &str =
    "sleep、timestamp、eval 等会读取时间或改变环境的函数在规则中不可用；请检查函数名的拼写";

/// Help for a reserved host name.
pub const RESERVED_HOST_HELP: &str = "请给这个函数换一个名字";

/// A limit key that is not known.
pub fn unknown_limit(name: &str, names: &str) -> String {
    format!("未知的限额「{name}」；可用的限额：{names}")
}

/// A limit of zero.
pub fn zero_limit(name: &str) -> String {
    format!("限额「{name}」须为正整数")
}

/// Where a syntax error at the end of a file points.
pub const END_OF_FILE: &str = "文件在此处结束";

/// A token missing (often an unclosed block at the end of a file).
pub fn missing_token(token: &str) -> String {
    format!("缺少「{token}」（括号或代码块未闭合？）")
}
