//! The peer benchmark: jixiao, zen-engine (trace on, trace off), regorus (interpreter, RVM)
//! and plain Rust scoring the seed and 200 generated cases under jinzhong-2020, after the
//! agreement check (an engine that disagrees is not timed). Engines are interleaved: three
//! runs, each timing every engine in turn. At the end a table of evaluations/s/core (medians
//! from criterion's estimates.json) and jixiao ÷ engine.
//!
//! `cargo bench` in benches/peers; `cargo bench -- seed` for the seed only.

use criterion::{Criterion, Throughput};
use jixiao_peers::agree::Fixture;
use jixiao_peers::outcome::Outcome;
use jixiao_peers::{jx, plain, rego, zen};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// The engines, in the order they are timed within a run.
const ENGINES: [&str; 6] = [
    "jixiao",
    "zen_trace_on",
    "zen_trace_off",
    "regorus_interpreter",
    "regorus_rvm",
    "plain_rust",
];

/// The workloads: the seed alone, and the seed with the 200 generated cases.
const WORKLOADS: [(&str, usize); 2] = [("seed", 1), ("all201", 201)];

const RUNS: usize = 3;

/// Share of CPU time idle over `ms` milliseconds, from /proc/stat (None off Linux).
fn idle_share(ms: u64) -> Option<f64> {
    let read = || -> Option<(u64, u64)> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let cpu: Vec<u64> = stat
            .lines()
            .next()?
            .split_whitespace()
            .skip(1)
            .filter_map(|x| x.parse().ok())
            .collect();
        let idle = cpu.get(3)? + cpu.get(4).copied().unwrap_or(0);
        Some((idle, cpu.iter().sum()))
    };
    let (i0, t0) = read()?;
    std::thread::sleep(Duration::from_millis(ms));
    let (i1, t1) = read()?;
    Some((i1 - i0) as f64 / ((t1 - t0).max(1)) as f64)
}

/// Checks every engine against jixiao; the names of those that agree.
fn agreeing(f: &Fixture) -> Vec<&'static str> {
    let zd = zen::decision();
    let zc: Vec<_> = f.cases.iter().map(zen::context).collect();
    let ri: Vec<_> = f.cases.iter().map(rego::input).collect();
    let mut interp = rego::interpreter();
    let mut vm = rego::vm();
    let mut outcomes = |engine: &str| -> Vec<Outcome> {
        match engine {
            "jixiao" => f.reference.clone(),
            "zen_trace_on" => zc
                .iter()
                .map(|c| zen::outcome(&zen::evaluate(&zd, c, true)))
                .collect(),
            "zen_trace_off" => zc
                .iter()
                .map(|c| zen::outcome(&zen::evaluate(&zd, c, false)))
                .collect(),
            "regorus_interpreter" => ri
                .iter()
                .map(|i| rego::outcome(&rego::interpret(&mut interp, i)))
                .collect(),
            "regorus_rvm" => ri
                .iter()
                .map(|i| rego::outcome(&rego::run(&mut vm, i)))
                .collect(),
            _ => f
                .cases
                .iter()
                .map(|c| Outcome::from_scores(&plain::evaluate(c)))
                .collect(),
        }
    };
    let mut ok = Vec::new();
    for e in ENGINES {
        match f.check(e, &outcomes(e)) {
            Ok(()) => {
                println!(
                    "agreement: {e} gives jixiao's 21 item scores, total and grade on all {} cases",
                    f.cases.len()
                );
                ok.push(e);
            }
            Err(why) => println!("agreement: {why} — NOT TIMED"),
        }
    }
    ok
}

fn bench(c: &mut Criterion, f: &Fixture, engines: &[&str]) {
    let zd = zen::decision();
    let zc: Vec<_> = f.cases.iter().map(zen::context).collect();
    let ri: Vec<_> = f.cases.iter().map(rego::input).collect();
    let mut interp = rego::interpreter();
    let mut vm = rego::vm();
    for run in 1..=RUNS {
        if let Some(idle) = idle_share(2000) {
            println!(
                "run {run}: CPU idle {:.1} % over 2 s before the run",
                idle * 100.0
            );
        }
        for (w, n) in WORKLOADS {
            let mut g = c.benchmark_group(format!("run{run}/{w}"));
            g.throughput(Throughput::Elements(n as u64));
            for &e in engines {
                g.bench_function(e, |b| match e {
                    "jixiao" => b.iter(|| {
                        for p in &f.projects[..n] {
                            black_box(
                                jx::evaluate(&f.policy, black_box(p))
                                    .expect("checked before timing"),
                            );
                        }
                    }),
                    "zen_trace_on" | "zen_trace_off" => {
                        let trace = e == "zen_trace_on";
                        b.iter(|| {
                            for ctx in &zc[..n] {
                                black_box(zen::evaluate(&zd, black_box(ctx), trace));
                            }
                        })
                    }
                    "regorus_interpreter" => b.iter(|| {
                        for i in &ri[..n] {
                            black_box(rego::interpret(&mut interp, black_box(i)));
                        }
                    }),
                    "regorus_rvm" => b.iter(|| {
                        for i in &ri[..n] {
                            black_box(rego::run(&mut vm, black_box(i)));
                        }
                    }),
                    _ => b.iter(|| {
                        for case in &f.cases[..n] {
                            black_box(plain::evaluate(black_box(case)));
                        }
                    }),
                });
            }
            g.finish();
        }
    }
}

/// Median ns per iteration of one benchmark, from criterion's estimates.json.
fn median_ns(group: &str, engine: &str) -> Option<f64> {
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let p = Path::new(&target)
        .join("criterion")
        .join(group.replace('/', "_"))
        .join(engine)
        .join("new/estimates.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn summary(engines: &[&str]) {
    for (w, n) in WORKLOADS {
        println!("\n{w}: evaluations/s/core (median), run 1 / 2 / 3; jixiao ÷ engine");
        let rate = |run: usize, e: &str| {
            median_ns(&format!("run{run}/{w}"), e).map(|ns| n as f64 * 1e9 / ns)
        };
        for &e in engines {
            let rates: Vec<String> = (1..=RUNS)
                .map(|r| rate(r, e).map_or("?".into(), |x| format!("{x:.0}")))
                .collect();
            let ratios: Vec<String> = (1..=RUNS)
                .map(|r| match (rate(r, "jixiao"), rate(r, e)) {
                    (Some(j), Some(x)) => format!("{:.3}", j / x),
                    _ => "?".into(),
                })
                .collect();
            println!("| {e} | {} | {} |", rates.join(" / "), ratios.join(" / "));
        }
    }
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let f = Fixture::new();
    let engines = agreeing(&f);
    bench(&mut c, &f, &engines);
    c.final_summary();
    summary(&engines);
}
