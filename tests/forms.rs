//! The sixteen real self-evaluation forms of tests/data/forms/: `jixiao import` reads each one
//! end to end (the layout it picks, every cell read or — only on a cut-off page — the cut row
//! reported) and the values land in the right fields of the written project.

mod common;

use common::{jixiao, run};

/// Imports a form; returns (exit code, YAML, stderr).
fn import(folder: &str, args: &[&str]) -> (i32, String, String) {
    let form = format!("tests/data/forms/{folder}/form.txt");
    run(jixiao().arg("import").arg(&form).args(args))
}

/// Imports and checks the layout, that no cell went unread, the cut rows, and the YAML lines.
fn check(folder: &str, args: &[&str], layout: &str, cut: &[&str], lines: &[&str]) -> String {
    let (code, yaml, err) = import(folder, args);
    assert_eq!(code, 0, "{folder}: {err}");
    assert!(
        err.contains(&format!("按原表版式 {layout}")),
        "{folder}: {err}"
    );
    assert!(
        yaml.starts_with(&format!("# 按原表版式 {layout}")),
        "{folder}"
    );
    assert!(
        !err.contains("jixiao::import::unmapped"),
        "{folder}: unread cells\n{err}"
    );
    assert_eq!(
        err.matches("jixiao::import::cut_row").count(),
        cut.len(),
        "{folder}: {err}"
    );
    for c in cut {
        assert!(err.contains(c), "{folder}: cut row {c} not reported\n{err}");
    }
    for l in lines {
        assert!(yaml.contains(l), "{folder}: missing {l:?} in\n{yaml}");
    }
    yaml
}

#[test]
fn yongde_yunnan_split_columns_in_yuan() {
    let y = check(
        "yongde-minglang-2022-yingyang",
        &[],
        "mof-10",
        &[],
        &[
            "name: 义务教育营养改善计划专项资金",
            "year: 2022",
            "部门: 临沧市永德县明朗中学",
            "unit: 元",
            "- { category: 年度资金总额, total: true, budget: 38.766462, executed: 38.766462, weight: 10, score: 10, rate: \"100%\" }",
            "- { category: 当年财政拨款, budget: 38.766462, executed: 38.766462 }",
            "expected: 确保每一个学生都能享受到国家政策福利,改善学生体质",
            "target: { text: \"735\", value: \"735\", unit: 人次 }",
            "nature: ≧",
            "direction: =",
            "nature: ═",
            "actual: 98%",
            "score: 7",
            "total: { weight: 100, score: 96 }",
            "grade: 优",
            "其他需要说明事项: 无",
        ],
    );
    assert_eq!(y.matches("  - level1:").count(), 9);
}

#[test]
fn zhongjiang_weights_in_labels_and_score_before_target() {
    let y = check(
        "zhongjiang-slj-2022-shuibiaochi",
        &[],
        "sichuan-10",
        &[],
        &[
            "项目负责人及电话: 谢凯13990260322(办公)",
            "- { category: 年度资金总额, total: true, budget: 20, executed: 20, weight: 10, score: 10, rate: \"100.00%\" }",
            "- { label: 产出指标(70分), level1: 产出指标, weight: 70 }",
            "- { label: 效益指标(20分), level1: 效益指标, weight: 20 }",
            "- { label: 满意度指标(10分), level1: 满意度指标, weight: 10 }",
            "name: 项目(工程)验收合格率",
            "weight: 20",
            "target: ≥266米",
            "actual: ≥266米",
            "target: 显著提升",
            "total: { weight: 100, score: 100 }",
        ],
    );
    assert_eq!(y.matches("  - level1:").count(), 9);
}

#[test]
fn tianchang_weights_without_level1_words() {
    let y = check(
        "tianchang-slj-2022-shuihan",
        &[],
        "mof-10",
        &[],
        &[
            "- { category: 年度资金总额, total: true, initial: 880, budget: 880, executed: 880, weight: 10, score: 10 }",
            "- { label: (50分), level1: 产出指标, weight: 50 }",
            "- { label: (30分), level1: 效益指标, weight: 30 }",
            "- { label: 满意度指标 (10分), level1: 满意度指标, weight: 10 }",
            "label: 指标1",
            "name: 完成中型灌区节水改造项目数量",
            "name: 工程质量合格",
            "actual: 完成年度目标。",
            "total: { weight: 100, score: 100 }",
        ],
    );
    // Nine scored indicators; the 生态 row holds only "/" and is not one.
    assert_eq!(y.matches("  - level1:").count(), 9);
    assert!(!y.contains("name: /"));
}

#[test]
fn langfang_no_block_label_and_cut_total() {
    let y = check(
        "langfang-spgc-2019-nuantong",
        &[],
        "mof-10",
        &[],
        &[
            "year: 2019",
            "initial: 43.2, budget: 43.2, executed: 37.24, weight: 10, score: 9, rate: \"86%\"",
            "name: 工程资金金额",
            "deviation: 已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。",
            "deviation: \"0\"",
            "name: 学生满意度",
        ],
    );
    assert_eq!(y.matches("  - level1:").count(), 9);
    assert!(!y.contains("scorecard:"), "the cut 总分 is not invented");
}

#[test]
fn linxiang_cut_at_satisfaction() {
    check(
        "linxiang-lcj-2023-shourongsuo",
        &[],
        "mof-10",
        &["受益农户满意度"],
        &[
            "year: 2023",
            "- { category: 当年财政拨款, budget: 32.4, executed: 31.69, weight: 10, score: 9, rate: \"97.80%\" }",
            "target: ≥200平方米",
            "actual: 204.46平方米",
            "deviation: 无",
            "weight: 15",
        ],
    );
}

#[test]
fn xiaoxian_detail_rows_are_parts() {
    let y = check(
        "xiaoxian-zzz-2023-zhongyang",
        &[],
        "sichuan-10",
        &[],
        &[
            "项目负责人及电话: 李宁0557-5788003",
            "- { label: 产 出 指 标 (50分), level1: 产出指标, weight: 50 }",
            "- { label: 效 益 指 标 (30分), level1: 效益指标, weight: 30 }",
            "part_of: ★补助各类瓜果蔬菜种植面积",
            "part_of: ★补助家畜家禽养殖数量",
            "level2: 质量指标",
            "target: ≥11.376万元",
        ],
    );
    assert_eq!(y.matches("part_of:").count(), 7);
}

#[test]
fn daying_head_only() {
    check(
        "daying-sfj-2023-anke",
        &[],
        "sichuan-10",
        &["完成安可产品购买并按要求支付资金"],
        &[
            "- { category: 总额, total: true, initial: 0, budget: 3.36, executed: 3.36, weight: 10, score: 10, rate: \"100.00%\" }",
            "- { label: 预算执行情况(10分), level1: 预算执行情况, weight: 10 }",
            "- { label: 绩效指标(90分), weight: 90 }",
            "expected: 根据要求购买安可设备,并完成项目资金支付。",
            "项目实施内容及过程概述: 2023年购买13台安可电脑,并于12月前完成资金支付。",
            "原因:",
        ],
    );
}

#[test]
fn chengan_hebei_pairs_and_split_sign() {
    let y = check(
        "chengan-mzj-2020-gaoling",
        &[],
        "hebei-system",
        &[],
        &[
            "name: 19名百岁老人高龄津贴",
            "implementer: 314002-成安县民政局机关",
            "unit: 万元",
            "- { category: 预算数, total: true, budget: 6.84, executed: 6.84, arrived: 6.84, rate: \"100.00%\" }",
            "- { category: 财政资金, budget: 6.84, executed: 6.84, arrived: 6.84 }",
            "总体完成率(%): \"100.00\"",
            "nature: \">=\"",
            "unit: \"%(百分比)\"",
            "weight: 25.00",
            "score: 6.25",
            "单项指标完成情况: 完成",
        ],
    );
    assert_eq!(y.matches("  - level1:").count(), 4);
}

#[test]
fn huangshi_zjj_hubei_20_80() {
    check(
        "huangshi-zjj-2022-haimian",
        &[],
        "hubei-20-80",
        &[],
        &[
            "- { category: 年度财政资金总额, total: true, budget: 200, executed: 195.5, weight: 20, score: 19.55, rate: \"97.75%\" }",
            "- { label: 预算执行情况(万元) (20分), level1: 预算执行情况, weight: 20 }",
            "- { label: 年度绩效目标1 (80分), weight: 80 }",
            "target: 200万",
            "actual: 195.5万元",
            "total: { score: 99.55 }",
            "偏差大或目标未完成原因分析:",
        ],
    );
}

#[test]
fn huangshi_lib_shared_score_rows() {
    let y = check(
        "huangshi-lib-2022-gongxiang",
        &[],
        "hubei-20-80",
        &["在网络上设置读者满意度调查"],
        &[
            "黄石市图书馆",
            "filled_on: \"2023.6.28\"",
            "- { label: 产出指标(40分), level1: 产出指标, weight: 40 }",
            "part_of: 一个存储备份器",
            "part_of: 可保证读者使用时长",
        ],
    );
    assert!(y.contains("项目单位: 黄石市图书馆"), "{y}");
}

#[test]
fn longyang_nested_rows() {
    let y = check(
        "longyang-tfz-2022-huafei",
        &[],
        "hubei-20-80",
        &[],
        &[
            "单位名称: 隆阳区土壤肥料工作站",
            "filled_on: 2023年3月20日",
            "budget: 278.4449, executed: 30.00, weight: 20, score: 2.16, rate: \"10.77%\"",
            "part_of: 一、示范区建立",
            "part_of: 二、化肥减量增效田间试验",
            "target: ≧20000亩",
        ],
    );
    assert_eq!(y.matches("part_of: 一、示范区建立").count(), 3);
    assert_eq!(y.matches("part_of: 二、化肥减量增效田间试验").count(), 4);
}

#[test]
fn yinchuan_scorecard_by_columns() {
    let y = check(
        "yinchuan-6zhong-2021-gongyong",
        &[],
        "pingfen",
        &["学生和老"],
        &[
            "year: 2021",
            "total: { score: 98 }",
            "- { path: 项目决策/项目目标/完整性, weight: 4, score: 4",
            "- { path: 项目管理/投入管理/预算执行率, weight: 10, score: 9",
            "level1: 产出指标\n    level2: 时效指标\n    name: 公用经费完成时间",
            "M.8万元",
            "- { label: 项目决策(10分), level1: 项目决策, weight: 10 }",
            "- { label: 数量指标(10分), level1: 产出指标, level2: 数量指标, weight: 10 }",
            "initial: 64.8, budget: 64.8, executed: 64.8",
        ],
    );
    assert_eq!(y.matches("    - { path:").count(), 8);
    assert_eq!(y.matches("  - level1:").count(), 8);
}

#[test]
fn forms_without_a_year_need_one() {
    for f in [
        "hainan-swt-fuwumaoyi-pingfen",
        "hubei-60sui-bingzhu-53pingfen",
        "chongqing-kxc-rmt-2021-zhengti",
    ] {
        let (code, _, err) = import(f, &[]);
        assert_eq!(code, 2, "{f}");
        assert!(err.contains("年度") && err.contains("--year"), "{f}: {err}");
    }
}

#[test]
fn hainan_285_scorecard() {
    let y = check(
        "hainan-swt-fuwumaoyi-pingfen",
        &["--year", "2022"],
        "pingfen",
        &["经济"],
        &[
            "name: 服务贸易",
            "- { category: 计划投资额, total: true, budget: 570, executed: 395.86, arrived: 398.88 }",
            "- { category: 省财政, budget: 570, arrived: 398.88 }",
            "- { path: 项目管理/资金到位/到位率, weight: 3, score: 3 }",
            "- { label: 项目决策, level1: 项目决策, weight: 20 }",
            "- { label: 项目效益, level1: 项目绩效, level2: 项目效益, weight: 40 }",
            "地址: 海口市国兴大道省政府办公楼2楼",
        ],
    );
    assert_eq!(y.matches("    - { path:").count(), 15);
}

#[test]
fn hubei_53_scorecard_missing_score_is_reported() {
    let (code, yaml, err) = import("hubei-60sui-bingzhu-53pingfen", &["--year", "2021"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("jixiao::import::unmapped"), "{err}");
    assert!(
        err.contains("绩效目标合理性") && err.contains("没有得分"),
        "{err}"
    );
    for l in [
        "name: 60周岁以上农村籍士兵老年生活补助",
        "- { path: 投入/项目立项/项目立项规范性, weight: 4, score: 4",
        "- { path: 投入/资金落实/资金到位率, weight: 3, score: 3",
        "- { label: 投 入(14分), level1: 投入, weight: 14 }",
        "指标解释:",
    ] {
        assert!(yaml.contains(l), "missing {l}\n{yaml}");
    }
}

#[test]
fn chongqing_department_whole() {
    let (code, yaml, err) = import("chongqing-kxc-rmt-2021-zhengti", &["--year", "2021"]);
    assert_eq!(code, 0, "{err}");
    // The damaged amount cell 「O」 is reported, and the cut row.
    assert_eq!(err.matches("jixiao::import::unmapped").count(), 1, "{err}");
    assert!(err.contains("未读入：O"), "{err}");
    assert!(err.contains("公共服务"), "{err}");
    for l in [
        "total: { score: 97.6 }",
        "部门联系人: 曾雪莲",
        "weight: 10, score: 7.6, rate: \"76%\"",
        "全年(调整)绩效目标: 无",
        "nature: 定量指标",
        "nature: 定性指标",
        "actual: 72.74%",
        "得分系数: 100%",
        "是否核心指标: 是",
    ] {
        assert!(yaml.contains(l), "missing {l}\n{yaml}");
    }
    assert_eq!(yaml.matches("  - level1:").count(), 19);
}

#[test]
fn lingling_breakdowns_beside_the_rows() {
    check(
        "lingling-cdc-2021-zhengti",
        &[],
        "zhengti",
        &[],
        &[
            "name: 永州市零陵区疾病预防控制中心",
            "initial: 2456.18, budget: 2456.18, executed: 2456.18, weight: 10, score: 10",
            "按收入性质分: 2456.18",
            "按收入性质分/一般公共预算: 2456.18",
            "按支出性质分/基本支出: 2299.98",
            "按支出性质分/项目支出: 156.2",
        ],
    );
}

#[test]
fn every_written_project_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(common::root().join("tests/data/forms")).unwrap() {
        let folder = entry.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        let out = dir.path().join("p.yaml");
        let form = folder.join("form.txt");
        let (code, _, err) = run(jixiao()
            .arg("import")
            .arg(&form)
            .arg("--year")
            .arg("2021")
            .arg("-o")
            .arg(&out));
        assert_eq!(code, 0, "{}: {err}", folder.display());
        let (code, _, err) = run(jixiao().arg("check").arg("policies/mof-2020").arg(&out));
        let _ = (code, err);
        let (code, _, err) = run(jixiao()
            .args(["evaluate", "--policy", "mof-2020"])
            .arg(&out));
        assert!(
            !err.contains("jixiao::yaml") && !err.contains("项目文件格式错误"),
            "{}: {err}",
            folder.display()
        );
        let _ = code;
    }
}

#[test]
fn a_users_layout_reads_a_renamed_header_without_rebuilding() {
    let dir = tempfile::tempdir().unwrap();
    let form_text = std::fs::read_to_string(
        common::root().join("tests/data/forms/tianchang-slj-2022-shuihan/form.txt"),
    )
    .unwrap()
    .replace("实际完成值", "本年实绩");
    let form = dir.path().join("form.txt");
    std::fs::write(&form, form_text).unwrap();
    let (_, _, err) = run(jixiao().arg("import").arg(&form));
    assert!(err.contains("本年实绩"), "unknown header reported: {err}");
    let layouts = dir.path().join("layouts");
    std::fs::create_dir(&layouts).unwrap();
    std::fs::write(
        layouts.join("my-anhui.yaml"),
        "id: my-anhui\nname: 本地变体\nextends: mof-10\ncolumns:\n  indicators:\n    actual: [本年实绩]\n",
    )
    .unwrap();
    let (code, yaml, err) = run(jixiao()
        .arg("import")
        .arg(&form)
        .arg("--layouts")
        .arg(&layouts));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("按原表版式 my-anhui"), "{err}");
    assert!(!err.contains("jixiao::import::unmapped"), "{err}");
    assert!(yaml.contains("actual: 100%"), "{yaml}");
    let (code, _, err) = run(jixiao()
        .arg("import")
        .arg(&form)
        .arg("--layout")
        .arg("nope"));
    assert_eq!(code, 2);
    assert!(err.contains("nope"), "{err}");
}

#[test]
fn evaluate_runs_over_every_form_in_one_run() {
    let (code, out, err) = run(jixiao().args(["evaluate", "tests/data/forms/"]));
    // Forms without a 年度 end in a located error; cut-off forms are scored in part, never 0.
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for total in [
        "综合得分 99.80 / 100，等次「优」",
        "综合得分 100.00 / 100，等次「优」",
        "综合得分 110.00 / 110，等次「优」",
        "综合得分 99.55 / 100，等次「优」",
    ] {
        assert!(out.contains(total), "{total}\n{out}");
    }
    // A cut-off form is scored in part (tests/partial.rs): 「已评 90 分中得 89.78；…」.
    let scored = out.matches("综合得分 ").count() + out.matches("分中得 ").count();
    let failed = err.matches("  × ").count();
    assert!(scored >= 8, "{out}");
    assert!(scored + failed >= 16, "{out}\n{err}");
}

/// Scores one real form under the pack auto-selection picks; (stdout, stderr).
fn score(form: &str) -> (String, String) {
    let (code, out, err) =
        run(jixiao().args(["evaluate", &format!("tests/data/forms/{form}/form.txt")]));
    assert!(code == 0 || code == 1, "{form}: {code}\n{err}");
    (out, err)
}

#[test]
fn yongde_scores_99_80_and_finds_its_slips() {
    let (out, err) = score("yongde-minglang-2022-yingyang");
    assert!(err.contains("按全国政策包 mof-2020"), "{err}");
    assert!(out.contains("综合得分 99.80 / 100，等次「优」"), "{out}");
    // 资金到位及时率 met but scored 7 with no 偏差原因; 政策知晓率 9 vs 9.80; 总分 96.
    assert!(out.contains("资金到位及时率：表上 7，核对应为 10.00  [tests/data/forms/yongde-minglang-2022-yingyang/form.txt:16:31]"), "{out}");
    assert!(out.contains("表中未填偏差原因"), "{out}");
    assert!(out.contains("政策知晓率：表上 9，核对应为 9.80"), "{out}");
    assert!(out.contains("综合得分：表上 96，核对应为 99.80"), "{out}");
    // 产出 40 and 满意度 20 depart from the 10号 defaults 50 / 10: findings, not errors.
    assert!(out.contains("产出指标：表上 40，核对应为 50"), "{out}");
    assert!(out.contains("满意度指标：表上 20，核对应为 10"), "{out}");
}

#[test]
fn tianchang_scores_100() {
    let (out, _) = score("tianchang-slj-2022-shuihan");
    assert!(out.contains("综合得分 100.00 / 100，等次「优」"), "{out}");
}

#[test]
fn zhongjiang_scores_its_110_points_and_flags_the_total() {
    let (out, _) = score("zhongjiang-slj-2022-shuibiaochi");
    assert!(out.contains("综合得分 110.00 / 110，等次「优」"), "{out}");
    assert!(out.contains("综合得分：表上 100，核对应为 110.00"), "{out}");
    assert!(
        out.contains("表中各项分值之和为 110，不等于总分 100"),
        "{out}"
    );
    assert!(out.contains("产出指标：表上 70，核对应为 50"), "{out}");
    assert!(out.contains("效益指标：表上 20，核对应为 30"), "{out}");
}

#[test]
fn huangshi_sponge_city_scores_99_55_under_the_hubei_pack() {
    let (out, err) = score("huangshi-zjj-2022-haimian");
    assert!(
        err.contains("表头中有「黄石」，按地区政策包 hubei-2022"),
        "{err}"
    );
    assert!(out.contains("综合得分 99.55 / 100，等次「优」"), "{out}");
    assert!(out.contains("预算执行情况"), "{out}");
}

#[test]
fn linxiang_budget_row_slips() {
    let (out, _) = score("linxiang-lcj-2023-shourongsuo");
    // 得分 9 vs 10 × 97.81% = 9.78; 执行率 written 97.80% vs 97.81%.
    assert!(out.contains("预算执行率：表上 9，核对应为 9.78"), "{out}");
    assert!(
        out.contains("预算执行率：表上 97.80%，核对应为 97.81%"),
        "{out}"
    );
}

#[test]
fn an_empty_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(jixiao().arg("evaluate").arg(dir.path()));
    assert_eq!(code, 2);
    assert!(err.contains("输入中没有项目文件或原表"), "{err}");
}

// ── every slip of EXPECTED.md among the findings, located on the form ───────

/// The form's own findings (no pack), for forms whose scoring fails before the audit
/// (a cut page under the national pack): (code, stated, expected, "line:col").
fn own_findings(form: &str) -> Vec<(String, String, String, String)> {
    let path = common::root().join(format!("tests/data/forms/{form}/form.txt"));
    let p = jixiao::import::import(&path).unwrap().project;
    jixiao::form_audit::audit(&p, None)
        .into_iter()
        .map(|f| {
            let at = f
                .span
                .as_ref()
                .map(|s| format!("{}:{}", s.line(), s.column()))
                .unwrap_or_default();
            (f.code.to_string(), f.stated, f.expected, at)
        })
        .collect()
}

/// The findings `jixiao evaluate --format json` reports: (code, stated, expected, line).
fn evaluated_findings(form: &str) -> Vec<(String, String, String, u64)> {
    let file = format!("tests/data/forms/{form}/form.txt");
    let (_, out, err) = run(jixiao().args(["evaluate", &file, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            let line = f["location"]["line"].as_u64().unwrap_or(0);
            (s("code"), s("stated"), s("expected"), line)
        })
        .collect()
}

fn has<T: PartialEq + std::fmt::Debug>(all: &[T], one: T) {
    assert!(all.contains(&one), "{one:?} not in {all:#?}");
}

#[test]
fn yinchuan_declared_98_is_unreachable() {
    // Σ visible scores 84, the cut 满意度 group at most 10 more: at most 94.
    let fs = own_findings("yinchuan-6zhong-2021-gongyong");
    has(
        &fs,
        (
            "total_vs_rows".into(),
            "98".into(),
            "≤ 94".into(),
            "3:20".into(),
        ),
    );
    // Every label weight equals the sum of its 参考分值 (EXPECTED 5).
    assert!(fs.iter().all(|f| f.0 != "group_weight"), "{fs:#?}");
}

#[test]
fn chengan_applies_the_weight_twice() {
    let fs = own_findings("chengan-mzj-2020-gaoling");
    let twice: Vec<(&str, &str)> = fs
        .iter()
        .filter(|f| f.0 == "weight_twice")
        .map(|f| (f.1.as_str(), f.2.as_str()))
        .collect();
    assert_eq!(
        twice,
        [
            ("6.25", "≤ 25.00"),
            ("6.25", "≤ 25.00"),
            ("9.00", "≤ 30.00"),
            ("1.00", "≤ 10.00")
        ]
    );
}

#[test]
fn xiaoxian_budget_score_is_repeated_on_its_qizhong_row() {
    let fs = evaluated_findings("xiaoxian-zzz-2023-zhongyang");
    has(
        &fs,
        (
            "funds_part_score".into(),
            "10".into(),
            "—（其中行不计分）".into(),
            7,
        ),
    );
    assert!(fs.iter().all(|f| f.0 != "group_weight"), "{fs:#?}");
}

#[test]
fn linxiang_budget_score_is_repeated_on_its_qizhong_row() {
    let fs = evaluated_findings("linxiang-lcj-2023-shourongsuo");
    has(
        &fs,
        (
            "funds_part_score".into(),
            "9".into(),
            "—（其中行不计分）".into(),
            7,
        ),
    );
    has(&fs, ("item".into(), "9".into(), "9.78".into(), 6));
    has(&fs, ("rate".into(), "97.80%".into(), "97.81%".into(), 6));
}

#[test]
fn tianchang_scores_without_evidence_are_noted() {
    let fs = evaluated_findings("tianchang-slj-2022-shuihan");
    let lines: Vec<u64> = fs
        .iter()
        .filter(|f| f.0 == "unsupported_score")
        .map(|f| f.3)
        .collect();
    assert_eq!(lines, [16, 19, 22, 25, 28, 34]);
}

#[test]
fn a_group_label_weight_must_match_its_rows() {
    let src = common::root().join("tests/data/forms/xiaoxian-zzz-2023-zhongyang/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    assert!(text.contains("(50分)"));
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    std::fs::write(&form, text.replacen("(50分)", "(55分)", 1)).unwrap();
    let p = jixiao::import::import(&form).unwrap().project;
    let fs = jixiao::form_audit::audit(&p, None);
    let f = fs.iter().find(|f| f.code == "group_weight").expect("found");
    assert_eq!((f.stated.as_str(), f.expected.as_str()), ("55", "50"));
    assert!(f.span.as_ref().unwrap().text().contains("55"));
}

#[test]
fn a_qizhong_row_that_disagrees_with_its_total_row() {
    let src = common::root().join("tests/data/forms/linxiang-lcj-2023-shourongsuo/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    let line = text.lines().nth(6).unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    let edited = line.replacen("\t9\t", "\t8\t", 1);
    assert_ne!(edited, line, "{line}");
    std::fs::write(&form, text.replacen(&line, &edited, 1)).unwrap();
    let p = jixiao::import::import(&form).unwrap().project;
    let fs = jixiao::form_audit::audit(&p, None);
    let f = fs
        .iter()
        .find(|f| f.code == "funds_part_score")
        .expect("found");
    assert_eq!(
        (f.severity, f.stated.as_str(), f.expected.as_str()),
        (jixiao::form_audit::Severity::Warning, "8", "9")
    );
}

#[test]
fn zhongjiang_actuals_written_as_targets() {
    let fs = evaluated_findings("zhongjiang-slj-2022-shuibiaochi");
    let stated: Vec<&str> = fs
        .iter()
        .filter(|f| f.0 == "actual_as_target")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(
        stated,
        ["≥266米", "≥50厘米", "≥90%", "≥90%", "≥1000人", "≥95%"]
    );
    // 总分 100 against Σ 110, and the 一级 weights against the pack's 50 / 30 (EXPECTED 1, 2).
    has(&fs, ("total".into(), "100".into(), "110.00".into(), 22));
    has(&fs, ("pack_weight".into(), "70".into(), "50".into(), 11));
    has(&fs, ("pack_weight".into(), "20".into(), "30".into(), 18));
}

// ── partial results, each slip once ─────────────────────────────────────────

/// Every finding `jixiao evaluate --format json` reports on `file`, as JSON objects.
fn findings_json(file: &str) -> Vec<serde_json::Value> {
    let (_, out, err) = run(jixiao().args(["evaluate", file, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    v["findings"].as_array().unwrap().clone()
}

fn field<'a>(f: &'a serde_json::Value, k: &str) -> &'a str {
    f[k].as_str().unwrap_or_default()
}

/// No two findings about the same written value: (line, column, stated) each once.
fn each_once(file: &str, fs: &[serde_json::Value]) {
    let mut seen = Vec::new();
    for f in fs.iter().filter(|f| f["location"].is_object()) {
        let key = (
            f["location"]["line"].as_u64(),
            f["location"]["column"].as_u64(),
            field(f, "stated").to_string(),
        );
        assert!(!seen.contains(&key), "{file}: {key:?} twice in {fs:#?}");
        seen.push(key);
    }
}

#[test]
fn partial_results_are_not_compared_as_totals() {
    for form in [
        "daying-sfj-2023-anke",
        "lingling-cdc-2021-zhengti",
        "yinchuan-6zhong-2021-gongyong",
        "linxiang-lcj-2023-shourongsuo",
        "xiaoxian-zzz-2023-zhongyang",
        "longyang-tfz-2022-huafei",
        "huangshi-lib-2022-gongxiang",
    ] {
        let file = format!("tests/data/forms/{form}/form.txt");
        let fs = findings_json(&file);
        for f in &fs {
            let code = field(f, "code");
            assert!(
                !["weights_total", "grade"].contains(&code),
                "{form}: {f:#?}"
            );
            // The computed sum of a partial evaluation is not a total: only a bound.
            if code == "total" || code == "total_vs_rows" {
                assert!(field(f, "expected").starts_with('≤'), "{form}: {f:#?}");
            }
            // A group the cut falls in is not checked against the pack's weight.
            assert!(
                !(code == "pack_weight" && field(f, "subject") == "年度绩效目标"),
                "{form}: {f:#?}"
            );
        }
        each_once(&file, &fs);
    }
    // yinchuan: 98 against at most 84 + 10 on the form (EXPECTED); nothing against 10.00.
    let fs = evaluated_findings("yinchuan-6zhong-2021-gongyong");
    has(&fs, ("total_vs_rows".into(), "98".into(), "≤ 94".into(), 3));
    assert_eq!(fs.iter().filter(|f| f.3 == 3).count(), 1, "{fs:#?}");
}

#[test]
fn a_partial_total_beyond_every_unscored_point_is_reported_once() {
    // yinchuan with 101 written for its 98: above the visible 10.00 + 90 unscored, and above
    // the form's own 84 + 10 — one finding, the tighter bound.
    let src = common::root().join("tests/data/forms/yinchuan-6zhong-2021-gongyong/form.txt");
    let text = std::fs::read_to_string(src).unwrap();
    let line = text.lines().nth(2).unwrap().to_string();
    let edited = line.replacen("\t98\t", "\t101\t", 1);
    assert_ne!(edited, line);
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.txt");
    std::fs::write(&form, text.replacen(&line, &edited, 1)).unwrap();
    let fs = findings_json(form.to_str().unwrap());
    let at3: Vec<&serde_json::Value> = fs
        .iter()
        .filter(|f| f["location"]["line"].as_u64() == Some(3))
        .collect();
    assert_eq!(at3.len(), 1, "{fs:#?}");
    assert_eq!(field(at3[0], "stated"), "101");
    assert_eq!(field(at3[0], "expected"), "≤ 94");
    // The ledger's own bound is kept in the message.
    assert!(field(at3[0], "message").contains("至多 100"), "{fs:#?}");
}

#[test]
fn a_group_label_the_cut_runs_into_is_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("h.yaml");
    let (code, _, err) = import(
        "hubei-60sui-bingzhu-53pingfen",
        &["--year", "2021", "-o", yaml.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let fs = findings_json(yaml.to_str().unwrap());
    for f in &fs {
        assert!(
            !["group_weight", "weights_total", "total"].contains(&field(f, "code")),
            "{f:#?}"
        );
    }
}

#[test]
fn zhongjiang_total_slip_once_and_weights_apart() {
    let fs = findings_json("tests/data/forms/zhongjiang-slj-2022-shuibiaochi/form.txt");
    let at22: Vec<(&str, &str, &str, &str)> = fs
        .iter()
        .filter(|f| f["location"]["line"].as_u64() == Some(22))
        .map(|f| {
            (
                field(f, "code"),
                field(f, "subject"),
                field(f, "stated"),
                field(f, "expected"),
            )
        })
        .collect();
    assert_eq!(
        at22,
        [
            ("total", "综合得分", "100", "110.00"),
            ("weights_total", "综合得分的分值", "100", "110"),
        ]
    );
    each_once("zhongjiang", &fs);
}

#[test]
fn chengan_one_finding_per_row_that_says_the_weight_was_applied_twice() {
    let fs = findings_json("tests/data/forms/chengan-mzj-2020-gaoling/form.txt");
    for (line, stated) in [(12, "6.25"), (13, "6.25"), (14, "9.00"), (15, "1.00")] {
        let row: Vec<&serde_json::Value> = fs
            .iter()
            .filter(|f| f["location"]["line"].as_u64() == Some(line))
            .collect();
        assert_eq!(row.len(), 1, "line {line}: {fs:#?}");
        assert_eq!(field(row[0], "stated"), stated);
        assert!(
            field(row[0], "message").contains("又乘了一次权重占比"),
            "{fs:#?}"
        );
    }
    // 预算执行率's score would stand on the row the form breaks off at: not an omission.
    assert!(
        fs.iter().all(|f| field(f, "subject") != "预算执行率"),
        "{fs:#?}"
    );
}

#[test]
fn yongde_qizhong_rate_left_blank_is_noted() {
    let fs = findings_json("tests/data/forms/yongde-minglang-2022-yingyang/form.txt");
    let blank: Vec<(&str, &str, Option<u64>)> = fs
        .iter()
        .filter(|f| field(f, "code") == "funds_part_rate")
        .map(|f| {
            (
                field(f, "severity"),
                field(f, "subject"),
                f["location"]["line"].as_u64(),
            )
        })
        .collect();
    assert_eq!(blank, [("info", "当年财政拨款", Some(7))]);
    // Rows left blank across (langfang, zhongjiang) or without the column (chengan) are not.
    for form in [
        "langfang-spgc-2019-nuantong",
        "zhongjiang-slj-2022-shuibiaochi",
        "chengan-mzj-2020-gaoling",
        "tianchang-slj-2022-shuihan",
    ] {
        let fs = evaluated_findings(form);
        assert!(
            fs.iter().all(|f| f.0 != "funds_part_rate"),
            "{form}: {fs:#?}"
        );
    }
}

#[test]
fn langfang_rate_rounded_to_its_places_is_no_slip() {
    // 86% for 37.24 ÷ 43.2 = 86.20%: the form's own precision; linxiang's 97.80% is not.
    let fs = evaluated_findings("langfang-spgc-2019-nuantong");
    assert!(fs.iter().all(|f| f.0 != "rate"), "{fs:#?}");
    has(&fs, ("item".into(), "9".into(), "8.62".into(), 7));
}

#[test]
fn the_seed_scores_99_25_with_each_finding_once() {
    for file in [
        "examples/jinzhong-2020-pension-subsidy.yaml",
        "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt",
    ] {
        let (_, out, err) = run(jixiao().args(["evaluate", file]));
        assert!(out.contains("综合得分 99.25 / 100"), "{file}: {out}\n{err}");
        let fs = findings_json(file);
        each_once(file, &fs);
        let gap = fs
            .iter()
            .filter(|f| field(f, "subject").ends_with("实际完成率"))
            .count();
        assert_eq!(gap, 1, "{file}: {fs:#?}");
    }
}
