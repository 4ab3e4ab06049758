//! Acceptance tests of `evaluate` on the seed: figures, evidence locations, ledger invariants.

mod common;

use common::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

fn seed_json() -> Value {
    let (code, out, err) = run(jixiao().args(["evaluate", EXAMPLE, "--format", "json"]));
    assert_eq!(code, 0, "stderr: {err}");
    json_result(&out)
}

fn item<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no item {name}"))
}

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().expect("decimal as string")).expect("decimal")
}

#[test]
fn seed_scores_99_25_excellent() {
    let v = seed_json();
    assert_eq!(v["total"], "99.25");
    assert_eq!(v["grade"], "优");
    assert_eq!(v["declared"]["total"], "99.80");
    assert_eq!(v["declared"]["grade"], "优");
    assert_eq!(item(&v, "实际完成率")["score"], "7.45");
    assert_eq!(v["policy"]["id"], "jinzhong-2020");
    let full: Vec<&Value> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| {
            i["score"]
                != i["weight"]
                    .as_str()
                    .map(|w| format!("{w}.00"))
                    .unwrap_or_default()
                    .as_str()
        })
        .collect();
    let names: Vec<&str> = full.iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["资金到位率", "实际完成率"],
        "all other items are full marks"
    );
}

#[test]
fn funds_arrival_deduction_points_at_the_project_lines() {
    let v = seed_json();
    let it = item(&v, "资金到位率");
    assert_eq!(
        it["path"],
        serde_json::json!(["投入", "资金落实", "资金到位率"])
    );
    assert_eq!(it["weight"], "3");
    assert_eq!(it["score"], "2.80");
    let ds = it["deductions"].as_array().unwrap();
    assert_eq!(ds.len(), 1);
    let d = &ds[0];
    assert_eq!(d["points"], "0.20");
    assert!(
        d["reason"]
            .as_str()
            .unwrap()
            .contains("2364.01 ÷ 2536.08 = 93.22%"),
        "{}",
        d["reason"]
    );
    assert_eq!(d["rule"]["file"], "rules/ratio.rhai");
    assert_eq!(
        d["rule"]["line"],
        line_of(&root().join("rules/ratio.rhai"), "deduct(")
    );
    assert_eq!(d["rounding"]["after"], "0.20");
    assert_eq!(d["rounding"]["mode"], "half_away_from_zero");
    let example = root().join(EXAMPLE);
    for value in ["2364.01", "2536.08"] {
        let ev = d["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["value"] == value)
            .unwrap_or_else(|| panic!("no evidence {value}"));
        let at = &ev["location"];
        assert_eq!(at["file"], EXAMPLE);
        let line = at["line"].as_u64().unwrap() as usize;
        let text = std::fs::read_to_string(&example).unwrap();
        let src = text.lines().nth(line - 1).unwrap();
        let col = at["column"].as_u64().unwrap() as usize;
        let at: String = src.chars().skip(col - 1).take(value.len()).collect();
        assert_eq!(at, value, "evidence column points at the digits");
    }
}

#[test]
fn completion_rate_discrepancy_is_reported() {
    let v = seed_json();
    let ds = v["findings"].as_array().unwrap();
    let d = ds
        .iter()
        .find(|d| d["subject"] == "产出/项目产出/实际完成率")
        .expect("finding on 实际完成率");
    assert_eq!(d["code"], "item");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["stated"], "8.00");
    assert_eq!(d["expected"], "7.45");
    assert!(d["message"].as_str().unwrap().contains("多计 0.55"));
    assert_eq!(
        d["location"]["line"],
        line_of(&root().join(EXAMPLE), "产出/项目产出/实际完成率")
    );
    let errors: Vec<&str> = ds
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(errors, ["item", "section", "total", "progress"]);
    let cost = ds.iter().find(|d| d["code"] == "progress").unwrap();
    assert_eq!(
        (cost["stated"].as_str(), cost["expected"].as_str()),
        (Some("93.22%"), Some("100.00%"))
    );
}

#[test]
fn ledger_balances_for_every_item_and_the_total() {
    let v = seed_json();
    let mut total = Decimal::ZERO;
    for it in v["items"].as_array().unwrap() {
        let lost: Decimal = it["deductions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| dec(&d["points"]))
            .sum();
        assert_eq!(
            dec(&it["weight"]),
            dec(&it["score"]) + lost,
            "item {}",
            it["name"]
        );
        assert_eq!(dec(&it["lost"]), lost);
        total += dec(&it["score"]);
    }
    assert_eq!(total, dec(&v["total"]));
    for s in v["sections"].as_array().unwrap() {
        assert!(dec(&s["score"]) <= dec(&s["weight"]));
    }
}

#[test]
fn text_report_snapshot() {
    let (code, out, err) = run(jixiao().args(["evaluate", EXAMPLE]));
    assert_eq!(code, 0);
    assert!(
        err.contains("选用政策包 jinzhong-2020"),
        "auto-pick announced: {err}"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn strict_exits_1_on_discrepancies() {
    let (code, _, _) =
        run(jixiao().args(["evaluate", EXAMPLE, "--strict", "--policy", "jinzhong-2020"]));
    assert_eq!(code, 1);
}

#[test]
fn one_and_several_projects_give_the_same_envelope() {
    let (code, out, _) = run(jixiao().args(["evaluate", EXAMPLE, EXAMPLE, "--format", "json"]));
    assert_eq!(code, 0);
    let one = json_results(&run(jixiao().args(["evaluate", EXAMPLE, "--format", "json"])).1);
    let two = json_results(&out);
    assert_eq!(
        (one.len(), two.len()),
        (1, 2),
        "same envelope, one result per file"
    );
    assert_eq!(two[0]["kind"], "evaluation");
    assert_eq!(two[0]["total"], two[1]["total"]);
}

#[test]
fn embedded_pack_works_from_any_directory() {
    let project = root().join(EXAMPLE);
    let out = Test::new()
        .args(["evaluate", project.to_str().unwrap(), "--format", "json"])
        .run();
    let v = json_result(&out.stdout);
    assert_eq!(v["total"], "99.25");
    assert_eq!(v["policy"]["origin"]["kind"], "builtin");
    assert_eq!(v["policy"]["origin"]["pack"], "jinzhong-2020");
    assert!(item(&v, "资金到位率")["deductions"][0]["rule"]["file"]
        .as_str()
        .unwrap()
        .ends_with("rules/ratio.rhai"));
}

/// The example transcribes the seed form: every 评分表 line and fund figure is in the seed text.
#[test]
fn example_keeps_the_seed_figures() {
    let seed = std::fs::read_to_string(
        root().join("tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt"),
    )
    .unwrap();
    let squash = |s: &str| {
        s.split('\t')
            .filter(|c| !c.trim().is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("|")
    };
    let rows: Vec<String> = seed.lines().map(squash).collect();
    let v = seed_json();
    for it in v["items"].as_array().unwrap() {
        let name = it["name"].as_str().unwrap();
        let declared = it["declared"].as_str().unwrap();
        let weight = it["weight"].as_str().unwrap();
        let want = format!("{name}|{weight}|{declared}");
        assert!(rows.iter().any(|r| r.ends_with(&want)), "seed has {want}");
    }
    for figure in [
        "2536.08",
        "2364.01",
        "116.11万人",
        "108.13万人",
        "2364.01万元",
        "99.80",
        "93.13%",
        "93.22%",
    ] {
        assert!(seed.contains(figure), "{figure}");
    }
    assert!(rows.iter().any(|r| r.contains("综合得分:|100|99.80")));
}

#[test]
fn seed_under_mof_2020_scores_98_46() {
    let (code, out, err) = run(jixiao().args([
        "evaluate", EXAMPLE, "--policy", "mof-2020", "--format", "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let v = json_result(&out);
    assert_eq!(v["total"], "98.46");
    assert_eq!(v["grade"], "优");
    assert_eq!(item(&v, "预算执行率")["score"], "9.32");
    let scores: Vec<(&str, &str, &str)> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["path"][1].as_str().unwrap_or("-"),
                i["weight"].as_str().unwrap(),
                i["score"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        scores,
        [
            ("-", "10", "9.32"),
            ("数量指标", "12.50", "11.64"),
            ("质量指标", "12.50", "12.50"),
            ("时效指标", "12.50", "12.50"),
            ("成本指标", "12.50", "12.50"),
            ("社会效益指标", "30.00", "30.00"),
            ("服务对象满意度指标", "10.00", "10.00"),
        ]
    );
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["total", "progress"],
        "a form of another framework is not compared item by item"
    );
    let foreign = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "foreign_scorecard")
        .count();
    assert_eq!(foreign, 1, "the 评分表 of another framework is a warning");
}
