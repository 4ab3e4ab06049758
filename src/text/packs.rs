//! Pack diff, new-policy and policy test cases.

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

/// Cases of an embedded pack are not copied.
pub const EMBEDDED_CASES_NOT_COPIED: &str =
    "内置政策包的测试用例引用源码目录中的示例项目，未复制；请在新政策包的 cases/ 中自行编写用例";

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
