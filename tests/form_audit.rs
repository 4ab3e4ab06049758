//! The audit: every machine-checkable inconsistency of the seed, one test each, located on the
//! form, in one list of findings (against the ledger and against the form itself); and the
//! form-only checks the seed does not trigger, on edited copies of the example.

mod common;

use common::*;
use jixiao::form_audit::{audit, Finding, Severity};
use jixiao::import::import;
use jixiao::policy::{self, Policy};
use jixiao::project::{from_source, Project};
use jixiao::source::SourceFile;

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";

fn pack() -> std::sync::Arc<Policy> {
    std::sync::Arc::new(policy::load(&policy::resolve("jinzhong-2020").unwrap()).unwrap())
}

/// The seed's one list of findings.
fn seed_findings() -> Vec<Finding> {
    findings_of(import(&root().join(SEED)).unwrap().project)
}

/// A project's one list of findings under the seed's pack.
fn findings_of(p: Project) -> Vec<Finding> {
    let ev = jixiao::eval::evaluate(&pack(), &std::sync::Arc::new(p)).unwrap();
    jixiao::audit::audit(&ev, Some(&pack()))
}

fn one<'a>(fs: &'a [Finding], code: &str) -> &'a Finding {
    let found: Vec<&Finding> = fs.iter().filter(|f| f.code == code).collect();
    assert_eq!(found.len(), 1, "{code}: {fs:#?}");
    found[0]
}

/// (line, text at the span) of a finding's location in the seed.
fn at(f: &Finding) -> (usize, String) {
    let s = f.span.as_ref().expect("located");
    assert!(s.file.name().ends_with(SEED), "{}", s.file.name());
    (s.line(), s.text().to_string())
}

fn seed_line(needle: &str) -> usize {
    line_of(&root().join(SEED), needle)
}

#[test]
fn the_seed_has_exactly_these_findings() {
    let fs = seed_findings();
    let got: Vec<(&str, Severity, &str, &str)> = fs
        .iter()
        .map(|f| (f.code, f.severity, f.stated.as_str(), f.expected.as_str()))
        .collect();
    use Severity::*;
    assert_eq!(
        got,
        [
            ("item", Error, "8.00", "7.45"),
            ("section", Error, "30.00", "29.45"),
            ("total", Error, "99.80", "99.25"),
            ("progress", Error, "93.22%", "100.00%"),
            ("indicator_name", Warning, "指标2", "—"),
            ("department", Warning, "—（077）", "名称及代码"),
            (
                "narrative_sum",
                Warning,
                "1739.07 + 624.95 = 2364.02",
                "2364.01"
            ),
            (
                "narrative_breakdown",
                Warning,
                "12.39 + 2.54 = 14.93",
                "14.94万人"
            ),
            ("narrative_claim", Warning, "100%", "93.22%"),
            ("funds_gap", Info, "2364.01", "2536.08"),
            ("cost_vs_funds", Info, "2536", "2536.08"),
            ("narrative_year", Info, "2019", "2020"),
        ]
    );
}

#[test]
fn actual_completion_rate_is_overstated_once() {
    let fs = seed_findings();
    let d: Vec<_> = fs
        .iter()
        .filter(|f| f.subject.contains("实际完成率"))
        .collect();
    assert_eq!(d.len(), 1, "{fs:#?}");
    assert_eq!(
        (d[0].code, d[0].stated.as_str(), d[0].expected.as_str()),
        ("item", "8.00", "7.45")
    );
}

#[test]
fn cost_progress_should_be_100_percent_once() {
    let fs = seed_findings();
    let d = one(&fs, "progress");
    assert!(d.subject.ends_with("补助城乡居民养老保险"), "{}", d.subject);
    assert_eq!(
        (d.stated.as_str(), d.expected.as_str()),
        ("93.22%", "100.00%")
    );
    assert!(d.message.contains("2364.01 ≤ 2536"), "{}", d.message);
    assert_eq!(at(d), (seed_line("入口补共2536万元"), "93.22%".into()));
}

#[test]
fn narrative_claims_full_arrival_against_the_funds_table() {
    let fs = seed_findings();
    let f = one(&fs, "narrative_claim");
    assert_eq!(at(f), (seed_line("资金到位率100%"), "资金到位率100".into()));
    assert!(
        f.message.contains("2364.01 ÷ 2536.08 = 93.22%"),
        "{}",
        f.message
    );
    let labels: Vec<&str> = f.related.iter().map(|r| r.span.text()).collect();
    // The evidence the item's rule read: 预算下达资金, then 预算资金 by source (市级, 其他).
    assert_eq!(labels, ["2364.01", "2536.08", "0.00"]);
}

#[test]
fn advance_payments_add_up_to_a_cent_more_than_allocated() {
    let fs = seed_findings();
    let f = one(&fs, "narrative_sum");
    assert_eq!(at(f), (seed_line("1739.07万元"), "1739.07万元".into()));
    assert_eq!(f.related[0].span.text(), "624.95万元");
    assert_eq!(
        f.related[1].span.text(),
        "2364.01",
        "the allocated funds on the form"
    );
    assert_eq!(f.related[1].span.line(), seed_line("预算下达资金"));
}

#[test]
fn poverty_breakdown_misses_a_hundredth() {
    let fs = seed_findings();
    let f = one(&fs, "narrative_breakdown");
    assert_eq!(
        at(f),
        (seed_line("代缴保费人数为14.94万人"), "14.94万人".into())
    );
    assert_eq!(f.subject, "项目绩效情况");
}

#[test]
fn cost_target_is_the_budget_rounded() {
    let fs = seed_findings();
    let f = one(&fs, "cost_vs_funds");
    assert_eq!(at(f), (seed_line("入口补共2536万元"), "2536".into()));
}

#[test]
fn satisfaction_indicator_has_no_name() {
    let fs = seed_findings();
    let f = one(&fs, "indicator_name");
    assert_eq!(
        at(f),
        (seed_line("服务对象满意度指标\t指标2:"), "指标2".into())
    );
}

#[test]
fn department_has_a_code_but_no_name() {
    let fs = seed_findings();
    let f = one(&fs, "department");
    assert_eq!(at(f), (seed_line("主管部门及代码"), "077".into()));
}

#[test]
fn allocated_below_budget_is_not_explained() {
    let fs = seed_findings();
    let f = one(&fs, "funds_gap");
    assert_eq!(at(f), (seed_line("预算下达资金"), "2364.01".into()));
    assert!(f.message.contains("172.07"), "{}", f.message);
}

#[test]
fn overview_speaks_of_last_year() {
    let fs = seed_findings();
    let f = one(&fs, "narrative_year");
    assert_eq!(at(f), (seed_line("2019年，晋中市"), "2019年，晋中".into()));
    assert_eq!(f.subject, "项目概况");
}

fn example_text() -> String {
    std::fs::read_to_string(root().join(EXAMPLE)).unwrap()
}

fn edited(from: &str, to: &str) -> Project {
    let text = example_text();
    assert_eq!(text.matches(from).count(), 1, "{from}");
    from_source(SourceFile::new("edited.yaml", text.replace(from, to))).unwrap()
}

fn codes(p: &Project) -> Vec<&'static str> {
    audit(p, Some(&pack())).iter().map(|f| f.code).collect()
}

#[test]
fn the_hand_written_example_has_the_same_findings() {
    let p = from_source(SourceFile::new("e.yaml", example_text())).unwrap();
    let from_yaml: Vec<_> = findings_of(p)
        .into_iter()
        .map(|f| (f.code, f.stated, f.expected))
        .collect();
    let from_form: Vec<_> = seed_findings()
        .into_iter()
        .map(|f| (f.code, f.stated, f.expected))
        .collect();
    assert_eq!(from_yaml, from_form);
}

#[test]
fn subtotals_totals_and_weights_must_add_up() {
    let p = edited(
        "{ path: 投入, weight: 20, score: 19.80 }",
        "{ path: 投入, weight: 21, score: 19.00 }",
    );
    let fs = audit(&p, Some(&pack()));
    let subs: Vec<(&str, &str, &str)> = fs
        .iter()
        .filter(|f| f.code == "subtotal")
        .map(|f| (f.subject.as_str(), f.stated.as_str(), f.expected.as_str()))
        .collect();
    assert_eq!(
        subs,
        [("投入", "19.00", "19.80"), ("综合得分", "99.80", "99.00")]
    );
    assert!(fs
        .iter()
        .all(|f| f.code != "subtotal" || f.severity == Severity::Error));
    let weights: Vec<(&str, &str, &str)> = fs
        .iter()
        .filter(|f| f.code == "subtotal_weight")
        .map(|f| (f.subject.as_str(), f.stated.as_str(), f.expected.as_str()))
        .collect();
    assert_eq!(weights, [("投入", "21", "20"), ("综合得分", "100", "101")]);
    // The pack also says 20 for that cell: the same finding, listed once.
    assert!(fs.iter().all(|f| f.code != "pack_weight"), "{fs:#?}");
    let p = edited(
        "total: { weight: 100, score: 99.80 }",
        "total: { weight: 100, score: 98.80 }",
    );
    let fs = audit(&p, None);
    let t = one(&fs, "subtotal");
    assert_eq!(
        (t.subject.as_str(), t.expected.as_str()),
        ("综合得分", "99.80")
    );
}

#[test]
fn grade_must_match_the_bands() {
    let p = edited("grade: 优", "grade: 良");
    let fs = audit(&p, Some(&pack()));
    let g = one(&fs, "grade");
    assert_eq!((g.stated.as_str(), g.expected.as_str()), ("良", "优"));
    // Without a pack there are no bands: no grade finding (no bands written into Rust).
    assert!(audit(&p, None).iter().all(|f| f.code != "grade"));
}

#[test]
fn a_score_above_its_weight_is_an_error() {
    let p = edited(
        "{ path: 投入/项目目标/项目立项规范性, weight: 3, score: 3.00 }",
        "{ path: 投入/项目目标/项目立项规范性, weight: 3, score: 3.50 }",
    );
    assert!(codes(&p).contains(&"score_above_weight"));
}

#[test]
fn spending_more_than_allocated_breaks_the_identity() {
    let p = edited(
        "  spent:                  # 实际支出资金\n    市级预算资金: 2364.01",
        "  spent:\n    市级预算资金: 2400",
    );
    let fs = audit(&p, None);
    let f = one(&fs, "funds_identity");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        (f.stated.as_str(), f.expected.as_str()),
        ("2400", "≤ 2364.01")
    );
}

#[test]
fn an_explained_gap_is_not_reported() {
    let p = edited(
        "其他需说明的问题: 无",
        "其他需说明的问题: 预算调减172.07万元",
    );
    assert!(!codes(&p).contains(&"funds_gap"));
}

#[test]
fn period_and_filing_date_against_the_year() {
    let p = edited(
        "period: 2020-01-01至2020-12-31",
        "period: 2019-01-01至2019-12-31",
    );
    assert!(codes(&p).contains(&"period"));
    let p = edited("filled_on: 2021-07-05", "filled_on: \"2020-06-30\"");
    assert!(codes(&p).contains(&"filed_early"));
}

#[test]
fn a_year_after_the_filing_year_is_a_warning() {
    let p = edited("其他需说明的问题: 无", "其他需说明的问题: 2023年将继续实施");
    let fs = audit(&p, None);
    let years: Vec<&Finding> = fs.iter().filter(|f| f.code == "narrative_year").collect();
    assert!(
        years
            .iter()
            .any(|f| f.stated == "2023" && f.severity == Severity::Warning),
        "{years:#?}"
    );
}

#[test]
fn evaluate_reports_one_list_in_text_and_json() {
    let (code, out, _) = run(jixiao().args(["evaluate", SEED, "--format", "json"]));
    assert_eq!(code, 0);
    let v = json_result(&out);
    assert!(v.get("form_audit").is_none() && v.get("discrepancies").is_none());
    let fa = v["findings"].as_array().unwrap();
    assert_eq!(fa.len(), 12);
    assert_eq!(fa[0]["severity"], "error");
    let (_, out, _) = run(jixiao().args(["evaluate", SEED]));
    assert!(
        out.contains("共 12 处不一致或存疑（错误 4、警告 5、提示 3）"),
        "{out}"
    );
    assert_eq!(out.matches("实际完成率：").count(), 1, "{out}");
}
