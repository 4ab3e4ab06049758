//! Importing the form as published (the seed's text export): the acceptance figures, evidence
//! pointing into the seed, the written YAML and its round trip, messy input, located warnings.

mod common;

use common::*;
use jixiao::import::{import, import_text};
use jixiao::project::{from_source, write, Direction, Project};
use jixiao::source::SourceFile;
use serde_json::Value;
use std::path::Path;

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";

fn seed_text() -> String {
    std::fs::read_to_string(root().join(SEED)).unwrap()
}

fn json_of(path: &str) -> Value {
    let (code, out, err) = run(jixiao().args(["evaluate", path, "--format", "json"]));
    assert_eq!(code, 0, "stderr: {err}");
    json_result(&out)
}

/// `v` without its `location` fields (which name different files for the same figures).
fn unlocated(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| k.as_str() != "location")
                .map(|(k, x)| (k.clone(), unlocated(x)))
                .collect(),
        ),
        Value::Array(xs) => Value::Array(xs.iter().map(unlocated).collect()),
        x => x.clone(),
    }
}

/// The declared score of the item at `path`, if the form declares one.
fn declared<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    v["declared"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["path"] == path)
        .map(|i| &i["score"])
}

fn scored(v: &Value) -> Vec<(Value, Value, Value, Value)> {
    let items = v["items"].as_array().unwrap();
    items
        .iter()
        .map(|i| {
            (
                i["path"].clone(),
                i["weight"].clone(),
                i["score"].clone(),
                i["declared"].clone(),
            )
        })
        .collect()
}

#[test]
fn imported_seed_scores_like_the_hand_written_example() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.yaml");
    let (code, _, err) = run(jixiao().args(["import", SEED, "-o", out.to_str().unwrap()]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("6 个绩效指标、21 个评分项"), "{err}");
    let imported = json_of(out.to_str().unwrap());
    let example = json_of(EXAMPLE);
    assert_eq!(imported["total"], "99.25");
    assert_eq!(imported["grade"], "优");
    assert_eq!(scored(&imported), scored(&example));
    assert_eq!(
        unlocated(&imported["declared"]),
        unlocated(&example["declared"])
    );
    let errors = imported["findings"].as_array().unwrap().iter();
    assert_eq!(errors.filter(|f| f["severity"] == "error").count(), 4);
}

#[test]
fn evaluating_the_text_export_points_evidence_at_the_seed() {
    let v = json_of(SEED);
    assert_eq!(v["total"], "99.25");
    assert_eq!(v["declared"]["total"], "99.80");
    let it = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "资金到位率")
        .unwrap();
    let ev = it["deductions"][0]["evidence"].as_array().unwrap();
    let seed = root().join(SEED);
    let text = seed_text();
    for (field, value) in [
        ("funds.allocated", "2364.01"),
        ("funds.budget.市级预算资金", "2536.08"),
    ] {
        let e = ev.iter().find(|e| e["field"] == field).unwrap();
        assert_eq!(e["value"], value);
        let e = &e["location"];
        assert_eq!(e["file"], SEED);
        let line = e["line"].as_u64().unwrap() as usize;
        assert_eq!(line, line_of(&seed, value), "{field}");
        let col = e["column"].as_u64().unwrap() as usize;
        let shown: String = text
            .lines()
            .nth(line - 1)
            .unwrap()
            .chars()
            .skip(col - 1)
            .take(value.len())
            .collect();
        assert_eq!(shown, value, "{field} column");
    }
}

#[test]
fn evaluate_explain_and_compare_take_the_form_directly() {
    let (code, out, _) = run(jixiao().args(["evaluate", SEED]));
    assert_eq!(code, 0);
    assert!(out.contains("综合得分 99.25 / 100"), "{out}");
    assert!(out.contains("审核："), "{out}");
    let (code, out, _) = run(jixiao().args(["explain", SEED, "--item", "资金到位率"]));
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("{SEED}:14:")),
        "snippet of the seed: {out}"
    );
    let (code, out, err) = run(jixiao().args([
        "compare",
        SEED,
        "--policy",
        "jinzhong-2020",
        "--policy",
        "mof-2020",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("99.25"), "{out}");
}

fn load_yaml(text: &str) -> Project {
    from_source(SourceFile::new("w.yaml", text)).unwrap_or_else(|d| panic!("{d}\n{text}"))
}

/// Everything the project holds, as text, spans left out.
fn values(p: &Project) -> String {
    let h = &p.header;
    let mut s = format!(
        "{} {:?} {:?} {:?} {:?} {:?} {} {:?}\n",
        h.name.value,
        h.department.as_ref().map(|v| &v.value),
        h.department_code.as_ref().map(|v| &v.value),
        h.implementer.as_ref().map(|v| &v.value),
        h.kind.as_ref().map(|v| &v.value),
        h.period.as_ref().map(|v| &v.value),
        h.year.value,
        h.region.as_ref().map(|v| &v.value),
    );
    let f = &p.funds;
    for (k, v) in f.budget.iter().chain(&f.spent) {
        s += &format!("{k}={} ", v.value);
    }
    s += &format!("{:?}\n", f.allocated.as_ref().map(|a| a.value));
    for i in &p.indicators {
        s += &format!(
            "{} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}\n",
            i.level1.value,
            i.level2.value,
            i.label.as_ref().map(|v| &v.value),
            i.name.as_ref().map(|v| &v.value),
            i.direction.value,
            i.target.text.value,
            i.target.value.as_ref().map(|v| v.value),
            i.target.unit,
            i.actual.value.as_ref().map(|v| v.value),
            i.progress.as_ref().map(|v| v.value.to_string()),
            i.weight.as_ref().map(|v| v.value),
        );
    }
    if let Some(c) = &p.scorecard {
        for d in c.total.iter().chain(&c.sections).chain(&c.items) {
            s += &format!(
                "{} {:?} {}\n",
                d.path.value,
                d.weight.as_ref().map(|w| w.value.to_string()),
                d.score.value
            );
        }
        s += &format!("{:?}\n", c.grade.as_ref().map(|g| &g.value));
    }
    s += &format!("{:?}\n{:?}", p.narratives, p.people);
    s
}

#[test]
fn written_yaml_round_trips() {
    let imported = import(&root().join(SEED)).unwrap();
    let yaml = write::to_yaml(&imported.project, &imported.inferences);
    let again = load_yaml(&yaml);
    assert_eq!(values(&again), values(&imported.project));
    // Writing the hand-written example again gives the same values too.
    let example = jixiao::project::load(&root().join(EXAMPLE)).unwrap();
    let again = load_yaml(&write::to_yaml(&example, &[]));
    assert_eq!(values(&again), values(&example));
}

#[test]
fn inferred_values_are_marked() {
    let imported = import(&root().join(SEED)).unwrap();
    let fields: Vec<&str> = imported
        .inferences
        .iter()
        .map(|i| i.field.as_str())
        .collect();
    assert!(fields.contains(&"indicators[4].direction"), "{fields:?}");
    assert!(fields.contains(&"indicators[1].level1"), "{fields:?}");
    assert!(fields.contains(&"scorecard.items[16].path"), "{fields:?}");
    let cost = &imported.project.indicators[4];
    assert_eq!(cost.direction.value, Direction::AtMost);
    assert_eq!(
        cost.target.value.as_ref().unwrap().value.to_string(),
        "2536"
    );
    assert_eq!(cost.target.unit.as_deref(), Some("万元"));
    assert_eq!(
        cost.target.text.value, "入口补共2536万元",
        "original text kept"
    );
    let yaml = write::to_yaml(&imported.project, &imported.inferences);
    assert!(
        yaml.contains("direction: ≤  # 方向为推断：成本指标越低越好"),
        "{yaml}"
    );
    assert!(
        yaml.contains("level1: 产出指标  # 一级指标为推断"),
        "{yaml}"
    );
    assert!(yaml.contains("效果/项目效果/经济效益, weight: 0, score: 0.00 }  # 二级指标为推断"));
    assert!(yaml.contains("code: \"077\""));
    assert_eq!(
        imported.project.header.region.as_ref().unwrap().value,
        "晋中市"
    );
    assert_eq!(imported.project.header.year.value, 2020);
    assert!(
        imported.project.warnings.is_empty(),
        "{:?}",
        imported.project.warnings
    );
}

#[test]
fn a_garbled_row_is_a_located_warning_not_a_crash() {
    let text = seed_text().replace(
        "\t\t绩效目标合理性\t\t4\t4.00",
        "\t\t绩效目标合理性\t\t4\t4.00\n\t\t##乱码##\t\t三\t#REF!\t7\t8",
    );
    let text = format!("@@ 损坏的行 @@\t3\n{text}");
    let imported = import_text("garbled.txt", &text).expect("imports");
    let w = &imported.project.warnings;
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0].code, "jixiao::import::unmapped");
    assert_eq!(w[0].location().as_deref(), Some("garbled.txt:1:1"));
    assert!(w[1].message.contains("##乱码##"), "{}", w[1].message);
    let line = text.lines().position(|l| l.contains("##乱码##")).unwrap() + 1;
    assert_eq!(w[1].location(), Some(format!("garbled.txt:{line}:3")));
    assert_eq!(imported.project.scorecard.as_ref().unwrap().items.len(), 21);
    // The CLI shows the warning and still scores.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("garbled.txt");
    std::fs::write(&f, &text).unwrap();
    let (code, out, err) = run(jixiao().args(["evaluate", f.to_str().unwrap()]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("未能识别") && err.contains(&format!(":{line}:3")),
        "{err}"
    );
    assert!(out.contains("99.25"));
}

#[test]
fn a_form_without_a_project_name_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.txt");
    std::fs::write(&f, "评分表\t二级指标\n\t\t投入:\t\t20\t19.80\n").unwrap();
    let (code, _, err) = run(jixiao().args(["import", f.to_str().unwrap()]));
    assert_eq!(code, 2);
    assert!(err.contains("没有找到「项目名称」"), "{err}");
}

/// A small form with full-width punctuation, explicit signs, worded targets, a shifted row,
/// percentages, a name and code in one cell, and a category total.
const MESSY: &str = "某县财政支出项目绩效自评表\n2021年度\n项目名称：　测试项目\n主管部门及代码\t县教育局（101）\n项目期\t2021-01-01至2021-12-31\n项目资金情况（万元）\t预算资金\t合计\t100.5\n\t\t县级\t60\n\t\t其他\t40.5\n\t预算下达资金\t\t１００.５\n\t实际支出资金\t县级\t90\n绩效目标实现情况\t绩效指标（二级）\t绩效指标（三级）\t目标值\t实际完成指标值\t完成进度\n产出指标\t数量指标\t指标1：培训人数\t≥500人次\t520人次\t104%\n\t质量指标\t指标1：合格率\t合格率不低于95%\t97%\t102.11%\n\t时效指标\t指标1：完成时间\t2021年12月底前\t按期完成\t100%\n\t成本指标\t指标1：人均成本\t≤2000元\t1900元\t100%\n效益指标\t社会效益指标\t指标1：满意\t明显提升\t明显提升\t100%\n评分表\t二级指标\t三级指标\t\t指标分值\t评价得分\n\t\t投入：\t\t20\t20\n\t项目目标\t项目立项规范性\t\t20\t20\n产出：\t\t\t80\t70\n\t项目产出\t实际完成率\t\t80\t70\n\t综合得分：\t\t100\t90\n评价结果等次：优\n";

#[test]
fn messy_forms_are_read_by_label() {
    let i = import_text("messy.txt", MESSY).expect("imports");
    let p = &i.project;
    assert_eq!(p.header.name.value, "测试项目");
    assert_eq!(p.header.year.value, 2021);
    assert_eq!(p.header.region.as_ref().unwrap().value, "某县");
    assert_eq!(p.header.department.as_ref().unwrap().value, "县教育局");
    assert_eq!(p.header.department_code.as_ref().unwrap().value, "101");
    let budget: Vec<String> = p
        .funds
        .budget
        .iter()
        .map(|(k, v)| format!("{k}={}", v.value))
        .collect();
    assert_eq!(
        budget,
        ["县级=60", "其他=40.5"],
        "a consistent total is dropped"
    );
    assert_eq!(
        p.funds.allocated.as_ref().unwrap().value.to_string(),
        "100.5"
    );
    let dirs: Vec<Direction> = p.indicators.iter().map(|i| i.direction.value).collect();
    use Direction::*;
    assert_eq!(dirs, [AtLeast, AtLeast, Qualitative, AtMost, Qualitative]);
    assert_eq!(
        p.indicators[0].direction.span.text(),
        "≥",
        "explicit sign, not inferred"
    );
    assert_eq!(p.indicators[0].name.as_ref().unwrap().value, "培训人数");
    assert_eq!(
        p.indicators[1]
            .target
            .value
            .as_ref()
            .unwrap()
            .value
            .to_string(),
        "95"
    );
    assert_eq!(
        p.indicators[1].progress.as_ref().unwrap().value.to_string(),
        "102.11"
    );
    assert_eq!(p.indicators[3].level1.value, "产出指标");
    let inferred: Vec<&str> = i.inferences.iter().map(|x| x.field.as_str()).collect();
    assert!(!inferred.contains(&"indicators[0].direction"));
    assert!(
        inferred.contains(&"indicators[1].direction"),
        "worded: {inferred:?}"
    );
    let card = p.scorecard.as_ref().unwrap();
    let paths: Vec<&str> = card.items.iter().map(|d| d.path.value.as_str()).collect();
    assert_eq!(
        paths,
        ["投入/项目目标/项目立项规范性", "产出/项目产出/实际完成率"]
    );
    assert_eq!(card.total.as_ref().unwrap().score.value.to_string(), "90");
    assert_eq!(card.grade.as_ref().unwrap().value, "优");
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
}

#[test]
fn a_total_that_disagrees_with_its_sources_is_reported() {
    let text = MESSY.replace("合计\t100.5", "合计\t101");
    let i = import_text("messy.txt", &text).unwrap();
    let w = &i.project.warnings;
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].code, "jixiao::import::funds_total");
    assert!(
        w[0].message.contains("101") && w[0].message.contains("100.5"),
        "{}",
        w[0].message
    );
    assert_eq!(w[0].location().as_deref(), Some("messy.txt:6:20"));
}

#[test]
fn gb18030_and_utf16_exports_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let seed = seed_text();
    let (gbk, _, _) = encoding_rs::GB18030.encode(&seed);
    let f = dir.path().join("gbk.txt");
    std::fs::write(&f, &gbk).unwrap();
    assert_eq!(
        import(&f).unwrap().project.header.name.value,
        "城乡居民养老金缴费补助（入口补）"
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in seed_text().encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let f = dir.path().join("utf16.txt");
    std::fs::write(&f, &utf16).unwrap();
    assert_eq!(
        import(&f).unwrap().project.scorecard.unwrap().items.len(),
        21
    );
    assert!(Path::new(SEED).extension().is_some());
}

#[test]
fn two_forms_in_one_file_are_not_merged_silently() {
    let text = format!("{}\n{}", seed_text(), seed_text());
    let err = import_text("two.txt", &text).unwrap_err();
    let dup = err
        .0
        .iter()
        .filter(|d| d.code == "jixiao::project::duplicate_item")
        .count();
    assert_eq!(dup, 21, "{err}");
    let unmapped = err
        .0
        .iter()
        .filter(|d| d.code == "jixiao::import::unmapped")
        .count();
    assert!(unmapped > 0, "the second header and funds are reported too");
}

/// Found in review: a garbled funds amount must not silently leave its source out of the sum.
#[test]
fn a_garbled_funds_amount_stops_scoring() {
    let seed = std::fs::read_to_string(
        root().join("tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt"),
    )
    .unwrap();
    let garbled = seed.replacen("\t2536.08\n", "\t2,536.08万\n", 1);
    assert_ne!(garbled, seed);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.txt"), garbled).unwrap();
    let (code, out, err) = run(jixiao().current_dir(dir.path()).args(["evaluate", "g.txt"]));
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("「市级预算资金」的金额「2,536.08万」无法读取"),
        "{err}"
    );
}

/// Found in review: the importer rejects negative scores as the YAML loader does.
#[test]
fn a_negative_score_on_a_form_is_an_error() {
    let seed = std::fs::read_to_string(
        root().join("tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt"),
    )
    .unwrap();
    let bad = seed.replacen("\t3\t2.80\n", "\t3\t-2.80\n", 1);
    assert_ne!(bad, seed);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.txt"), bad).unwrap();
    let (code, _, err) = run(jixiao().current_dir(dir.path()).args(["evaluate", "g.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("评分表得分不能为负数（-2.80）"), "{err}");
}

/// Found in review: a form cut short says what it lacks instead of importing quietly.
#[test]
fn a_truncated_form_warns_about_missing_blocks() {
    let seed =
        std::fs::read(root().join("tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt"))
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cut.txt"), &seed[..3000]).unwrap();
    let (code, _, err) = run(jixiao()
        .current_dir(dir.path())
        .args(["import", "cut.txt", "-o", "cut.yaml"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("没有找到「绩效目标实现情况」") && err.contains("没有找到「评分表」"),
        "{err}"
    );
    assert!(err.contains("无法按文本编码读出的字节"), "{err}");
}

/// Found in review: a mistyped score cell is reported and does not re-file the rows after it.
#[test]
fn a_mistyped_score_keeps_the_following_rows_in_place() {
    let seed = std::fs::read_to_string(
        root().join("tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt"),
    )
    .unwrap();
    let bad = seed.replacen("\t3\t2.80\n", "\t3\t2.8o\n", 1);
    assert_ne!(bad, seed);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.txt"), bad).unwrap();
    let (code, out, err) = run(jixiao()
        .current_dir(dir.path())
        .args(["evaluate", "g.txt", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("评分表「资金到位率」一行的数字「2.8o」无法读取"),
        "{err}"
    );
    let v = json_result(&out);
    assert_eq!(v["total"], "99.25");
    assert_eq!(
        declared(&v, "投入/资金落实/到位及时率"),
        Some(&Value::from("3.00")),
        "still under 资金落实"
    );
    assert!(declared(&v, "投入/资金落实/资金到位率").is_none());
}
