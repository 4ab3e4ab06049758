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
