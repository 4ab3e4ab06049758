//! watch decides what changed from what ran: a parameter read any way (a backtick string, a
//! variable) dirties the items whose ledger read it, watch's result equals a fresh evaluate,
//! a changed parameter is named once, and the attributions add up to each row's delta.

mod common;

use common::*;
use jixiao::compare::{compare, Change};
use jixiao::eval::evaluate;
use jixiao::policy::{load, PackFiles};
use jixiao::render::human::Style;
use jixiao::watch::{Outcome, Session, Why};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// How the pack's own rule reads `penalty`.
const BACKTICK: &str = "fn penalised(item, input) {\n    deduct(param(`penalty`), \"罚\");\n}\n";
const VARIABLE: &str =
    "fn penalised(item, input) {\n    let k = \"pen\" + \"alty\";\n    deduct(param(k), \"罚\");\n}\n";

/// The seed's pack with 项目立项规范性 scored by the pack's rule `penalised`, which takes off
/// `penalty` points, read as `script` reads it.
fn pack(dir: &Path, penalty: &str, script: &str) -> (PathBuf, PathBuf) {
    let pack = dir.join("policies/pack");
    std::fs::create_dir_all(&pack).unwrap();
    let original =
        std::fs::read_to_string(root().join("policies/jinzhong-2020/policy.yaml")).unwrap();
    let edited = original
        .replacen("rule: judgement", "rule: penalised", 1)
        .replacen(
            "tree:",
            &format!("scripts: [penalised.rhai]\nparameters:\n  penalty: {penalty}\n\ntree:"),
            1,
        );
    std::fs::write(pack.join("policy.yaml"), edited).unwrap();
    std::fs::write(pack.join("penalised.rhai"), script).unwrap();
    let project = dir.join("p.yaml");
    std::fs::copy(root().join(EXAMPLE), &project).unwrap();
    (pack, project)
}

fn fresh_total(pack: &Path, project: &Path) -> Decimal {
    let policy = std::sync::Arc::new(load(&PackFiles::Disk(pack.to_path_buf())).unwrap());
    let p = std::sync::Arc::new(jixiao::project::load(project).unwrap());
    evaluate(&policy, &p).unwrap().total
}

fn set_penalty(pack: &Path, from: &str, to: &str) {
    let file = pack.join("policy.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let needle = format!("penalty: {from}\n");
    assert_eq!(text.matches(&needle).count(), 1);
    std::fs::write(&file, text.replace(&needle, &format!("penalty: {to}\n"))).unwrap();
}

/// The total watch holds for the one project.
fn watched_total(s: &Session) -> Decimal {
    let (_, e, _) = s.evaluations().next().unwrap();
    e.unwrap().total
}

#[test]
fn a_parameter_read_by_backtick_or_variable_moves_the_watch() {
    for script in [BACKTICK, VARIABLE] {
        let dir = tempfile::tempdir().unwrap();
        let (pack, project) = pack(dir.path(), "0.5", script);
        let mut s = Session::start(&pack, std::slice::from_ref(&project), false).unwrap();
        assert_eq!(watched_total(&s), Decimal::from_str("98.75").unwrap());
        set_penalty(&pack, "0.5", "1.5");
        let outcome = s.apply(&[pack.join("policy.yaml")]);
        let fresh = fresh_total(&pack, &project);
        assert_eq!(fresh, Decimal::from_str("97.75").unwrap());
        assert_eq!(watched_total(&s), fresh, "{script}");
        let shown = jixiao::render::watch::outcome(&s, &outcome, Style::PLAIN);
        assert!(
            shown.contains("98.75「优」 → 97.75「优」（-1.00）"),
            "{shown}"
        );
        assert_eq!(
            shown.matches("参数 penalty：0.5 → 1.5").count(),
            1,
            "{shown}"
        );
    }
}

#[test]
fn compare_lists_a_changed_parameter_once() {
    let dir = tempfile::tempdir().unwrap();
    let (pack_a, project) = pack(dir.path(), "0.5", BACKTICK);
    let other = tempfile::tempdir().unwrap();
    let (pack_b, _) = pack(other.path(), "1.5", BACKTICK);
    let pa = std::sync::Arc::new(load(&PackFiles::Disk(pack_a)).unwrap());
    let pb = std::sync::Arc::new(load(&PackFiles::Disk(pack_b)).unwrap());
    let p = std::sync::Arc::new(jixiao::project::load(&project).unwrap());
    let c = compare(
        &pa,
        evaluate(&pa, &p).unwrap(),
        &pb,
        evaluate(&pb, &p).unwrap(),
    );
    let atts: Vec<_> = c.rows.iter().flat_map(|r| &r.attributions).collect();
    assert_eq!(atts.len(), 1, "{atts:?}");
    let Change::Parameters(ps) = &atts[0].change else {
        panic!("{atts:?}")
    };
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert_eq!(ps[0].name, "penalty");
    let table = jixiao::render::compare::table(&c, false).to_string();
    assert_eq!(table.matches("参数 penalty").count(), 1, "{table}");
}

/// One edit of the pack: (what to replace in which file, by what).
#[derive(Debug, Clone)]
enum Edit {
    Penalty(u8),
    Weight,
    Formula,
    Band,
    Rounding,
}

fn apply_edit(pack: &Path, e: &Edit, penalty: &mut String) {
    let yaml = pack.join("policy.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let once = |from: &str, to: &str, file: &Path, text: &str| {
        if text.matches(from).count() == 1 {
            std::fs::write(file, text.replace(from, to)).unwrap();
        }
    };
    match e {
        Edit::Penalty(n) => {
            let to = format!("{}.{}", n / 4, (n % 4) * 25);
            set_penalty(pack, penalty, &to);
            *penalty = to;
        }
        // 项目立项规范性 3 → 4 and 预算执行率 3 → 2: 投入 stays 20.
        Edit::Weight => {
            let swapped = text
                .replace(
                    "            weight: 3\n            rule: penalised",
                    "            weight: 4\n            rule: penalised",
                )
                .replace(
                    "            name: 预算执行率\n            weight: 3\n",
                    "            name: 预算执行率\n            weight: 2\n",
                );
            if text.contains("weight: 3\n            rule: penalised") {
                std::fs::write(&yaml, swapped).unwrap();
            }
        }
        Edit::Formula => {
            let rhai = pack.join("penalised.rhai");
            let src = std::fs::read_to_string(&rhai).unwrap();
            once(
                "\"罚\");",
                "\"罚\");\n    deduct(0.25, \"再罚\");",
                &rhai,
                &src,
            );
        }
        Edit::Band => once(
            "{ grade: 优, min: 90 }",
            "{ grade: 优, min: 99 }",
            &yaml,
            &text,
        ),
        Edit::Rounding => once("places: 2, mode", "places: 1, mode", &yaml, &text),
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0u8..8).prop_map(Edit::Penalty),
        Just(Edit::Weight),
        Just(Edit::Formula),
        Just(Edit::Band),
        Just(Edit::Rounding),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// After any edit, watch's result equals a fresh evaluate and each moved row's
    /// attributions add up to its delta.
    #[test]
    fn watch_equals_a_fresh_evaluate(
        variable in any::<bool>(),
        edits in proptest::collection::vec(edit(), 1..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let script = if variable { VARIABLE } else { BACKTICK };
        let (pack, project) = pack(dir.path(), "0.5", script);
        let mut s = Session::start(&pack, std::slice::from_ref(&project), false).unwrap();
        let mut penalty = "0.5".to_string();
        for e in &edits {
            apply_edit(&pack, e, &mut penalty);
            let outcome = s.apply(&[pack.join("policy.yaml")]);
            let policy = std::sync::Arc::new(load(&PackFiles::Disk(pack.clone())).unwrap());
            let p = std::sync::Arc::new(jixiao::project::load(&project).unwrap());
            let fresh = evaluate(&policy, &p).unwrap();
            let (_, watched, _) = s.evaluations().next().unwrap();
            let watched = watched.unwrap();
            prop_assert_eq!(watched.total, fresh.total, "{:?}", e);
            prop_assert_eq!(&watched.grade, &fresh.grade);
            for (a, b) in watched.items.iter().zip(&fresh.items) {
                prop_assert_eq!(a.score, b.score, "{}", a.path_str());
            }
            if let Outcome::Updated { moved, .. } = &outcome {
                for m in moved {
                    for r in &m.rows {
                        if let Why::Pack(atts) = &r.why {
                            let sum: Decimal = atts.iter().map(|x| x.points).sum();
                            prop_assert_eq!(sum, r.delta, "{}", r.label);
                        }
                    }
                }
            }
        }
    }
}
