//! Watch latency: a weight edit in a pack scoring a 10,000-project portfolio, from the
//! saved file to the summary text (reload, check, re-evaluate, attribute, render). The
//! debounce window (`jixiao::watch::DEBOUNCE`) comes on top of this figure.
//!
//! Run with `cargo bench --bench watch`; figures are recorded in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};
use jixiao::render::human::Style;
use jixiao::render::watch::outcome;
use jixiao::watch::Session;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Projects in the portfolio.
const PROJECTS: usize = 10_000;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A portfolio of seed variants (the 数量指标 actual varies) and a copy of jinzhong-2020.
fn portfolio(dir: &Path) -> (PathBuf, PathBuf, String) {
    let seed = std::fs::read_to_string(
        Path::new(ROOT).join("examples/jinzhong-2020-pension-subsidy.yaml"),
    )
    .expect("seed project");
    let forms = dir.join("forms");
    std::fs::create_dir_all(&forms).expect("forms dir");
    for i in 0..PROJECTS {
        let actual = format!("actual: 入口补每年{}.{:02}万人", 60 + i % 60, i % 100);
        let text = seed.replace("actual: 入口补每年108.13万人", &actual);
        std::fs::write(forms.join(format!("p{i:05}.yaml")), text).expect("project file");
    }
    let pack = dir.join("policies/pack");
    std::fs::create_dir_all(&pack).expect("pack dir");
    let yaml = std::fs::read_to_string(Path::new(ROOT).join("policies/jinzhong-2020/policy.yaml"))
        .expect("pack");
    std::fs::write(pack.join("policy.yaml"), &yaml).expect("policy.yaml");
    (forms, pack, yaml)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (forms, pack, yaml) = portfolio(dir.path());
    let mut session =
        Session::start(&pack, &[forms], false).unwrap_or_else(|d| panic!("session: {d}"));
    let edited = yaml
        .replace(
            "            name: 实际完成率\n            weight: 8\n",
            "            name: 实际完成率\n            weight: 9\n",
        )
        .replace(
            "            name: 质量达标率\n            weight: 8\n",
            "            name: 质量达标率\n            weight: 7\n",
        );
    let policy_yaml = pack.join("policy.yaml");
    let mut flip = false;
    let mut g = c.benchmark_group("watch");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    g.bench_function("weight_edit/10000_projects", |b| {
        b.iter(|| {
            flip = !flip;
            std::fs::write(&policy_yaml, if flip { &edited } else { &yaml }).expect("save");
            let o = session.apply(std::slice::from_ref(&policy_yaml));
            outcome(&session, &o, Style::PLAIN)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
