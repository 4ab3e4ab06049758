//! The YAML writer round-trips any text: the seed's imported project with any string put in
//! each text field (name, narratives, indicator names, remarks …) is written, loaded back, and
//! holds the same string; a Decimal written and loaded back is the same Decimal.

mod common;

use common::*;
use jixiao::import::{import, Imported};
use jixiao::project::{from_source, write, Direction, Person, Project};
use jixiao::source::{SourceFile, Sp};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::OnceLock;

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";

fn seed() -> &'static Imported {
    static SEED_PROJECT: OnceLock<Imported> = OnceLock::new();
    SEED_PROJECT.get_or_init(|| import(&root().join(SEED)).unwrap())
}

/// Text that YAML readers are known to refuse or change, alone or mixed with anything.
fn nasty() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "+.inf",
        ".nan",
        "~",
        "null",
        "yes",
        "No",
        "0x1F",
        "1e3",
        "077",
        "1:20",
        "-",
        "? ",
        ": ",
        " #",
        "#",
        ",",
        "*a",
        "&a",
        "!t",
        "|",
        ">",
        "%",
        "@",
        "`",
        "'",
        "\"",
        "\\",
        "[",
        "]",
        "{",
        "}",
        "\u{FEFF}",
        "\u{FFFF}",
        "\u{FFFE}",
        "\u{FDD0}",
        "\u{1FFFF}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{0}",
        "\u{1b}[2J",
        "\u{7f}",
        "\t",
        "\n",
        "\r\n",
        "\r",
        " ",
        "  ",
        "---",
        "...",
        "<<",
        "=",
        "项目",
        "①",
        "万元",
    ]);
    let piece = prop_oneof![
        3 => words.prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-z0-9 ]{0,8}",
    ];
    prop_oneof![
        8 => prop::collection::vec(piece, 1..12).prop_map(|v| v.concat()),
        1 => any::<String>().prop_filter("not empty", |s| !s.is_empty()),
        1 => (1usize..3000).prop_map(|n| "很长的一行".repeat(n)),
    ]
}

fn sp(s: &str, like: &Sp<String>) -> Sp<String> {
    Sp::new(s.to_string(), like.span.clone())
}

/// The seed with `s` in every text field the writer writes.
fn with_text(s: &str) -> Project {
    let mut p = seed().project.clone();
    p.header.name = sp(s, &p.header.name);
    p.header.implementer = Some(sp(s, &p.header.name));
    p.header.period = Some(sp(s, &p.header.name));
    if let Some(ind) = p.indicators.first_mut() {
        // A blank indicator name loads as no name (documented); any other text is kept.
        ind.name = (!s.trim().is_empty()).then(|| sp(s, &ind.level2));
        ind.level2 = sp(s, &ind.level2);
        ind.deviation = Some(sp(s, &ind.level2));
        ind.nature = Some(sp(s, &ind.level2));
    }
    if let Some(ind) = p.indicators.get_mut(1) {
        ind.direction.value = Direction::Qualitative;
        ind.target.text = sp(s, &ind.target.text);
        ind.target.value = None;
        ind.target.unit = None;
        ind.actual.text = sp(s, &ind.actual.text);
        ind.actual.value = None;
        ind.actual.unit = None;
    }
    for v in p.narratives.values_mut() {
        *v = s.to_string();
    }
    p.narratives.insert(s.to_string(), s.to_string());
    p.people.responsible = Some(s.to_string());
    p.people.phone = Some(s.to_string());
    p.people.evaluators.push(Person {
        name: s.to_string(),
        title: Some(s.to_string()),
        office: None,
        phone: Some(s.to_string()),
    });
    if let Some(card) = p.scorecard.as_mut() {
        if let Some(g) = card.grade.as_mut() {
            *g = sp(s, g);
        }
    }
    p
}

fn load(yaml: &str) -> Project {
    from_source(SourceFile::new("w.yaml", yaml))
        .unwrap_or_else(|d| panic!("written YAML does not load: {d}\n{yaml}"))
}

fn texts(p: &Project) -> Vec<String> {
    let mut out = vec![p.header.name.value.clone()];
    out.extend(p.header.implementer.iter().map(|v| v.value.clone()));
    out.extend(p.header.period.iter().map(|v| v.value.clone()));
    if let Some(i) = p.indicators.first() {
        out.push(i.level2.value.clone());
        out.extend(i.name.iter().map(|v| v.value.clone()));
        out.extend(i.deviation.iter().map(|v| v.value.clone()));
        out.extend(i.nature.iter().map(|v| v.value.clone()));
    }
    if let Some(i) = p.indicators.get(1) {
        out.push(i.target.text.value.clone());
        out.push(i.actual.text.value.clone());
    }
    out.extend(
        p.narratives
            .iter()
            .flat_map(|(k, v)| [k.clone(), v.clone()]),
    );
    out.extend(p.people.responsible.clone());
    out.extend(p.people.phone.clone());
    for e in &p.people.evaluators {
        out.push(e.name.clone());
        out.extend(e.title.clone());
        out.extend(e.phone.clone());
    }
    out.extend(
        p.scorecard
            .as_ref()
            .and_then(|c| c.grade.as_ref())
            .map(|g| g.value.clone()),
    );
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn any_text_in_any_field_round_trips(s in nasty()) {
        let p = with_text(&s);
        let yaml = write::to_yaml(&p, &seed().inferences);
        let again = load(&yaml);
        prop_assert_eq!(texts(&again), texts(&p));
    }

    #[test]
    fn decimals_round_trip(m in 0i64..=1_000_000_000_000_000, scale in 0u32..=28) {
        let d = Decimal::new(m, scale);
        let mut p = seed().project.clone();
        let item = p.scorecard.as_mut().unwrap().items.first_mut().unwrap();
        item.score = Sp::new(d, item.score.span.clone());
        item.weight = Some(Sp::new(d, item.score.span.clone()));
        let again = load(&write::to_yaml(&p, &[]));
        let back = again.scorecard.unwrap().items.first().unwrap().clone();
        prop_assert_eq!(back.score.value, d);
        prop_assert_eq!(back.score.value.to_string(), d.to_string());
        prop_assert_eq!(back.weight.map(|v| v.value), Some(d));
    }
}
