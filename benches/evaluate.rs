//! Throughput of the engine on the bundled seed project (晋中 2020 养老补贴) under the
//! jinzhong-2020 pack: one evaluation, evaluation + audit, and the two loaders.
//!
//! Run with `cargo bench --bench evaluate`; figures are recorded in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion};
use jixiao::policy::{self, PackFiles, Policy};
use jixiao::project::{self, Project};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The seed project, relative to the crate root.
const PROJECT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/jinzhong-2020-pension-subsidy.yaml"
);
/// The pack it is scored under, relative to the crate root.
const PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/policies/jinzhong-2020");

/// Unwraps a jixiao result, panicking with `what` and the rendered diagnostics.
fn ok<T>(r: jixiao::diag::Result<T>, what: &str) -> T {
    r.unwrap_or_else(|d| panic!("{what}: {d}"))
}

fn pack_files() -> PackFiles {
    ok(policy::resolve(PACK), "resolving the jinzhong-2020 pack")
}

fn load_policy(files: &PackFiles) -> Arc<Policy> {
    Arc::new(ok(policy::load(files), "loading the jinzhong-2020 pack"))
}

fn load_project() -> Project {
    ok(
        project::load(Path::new(PROJECT)),
        "loading the seed project",
    )
}

fn benches(c: &mut Criterion) {
    let files = pack_files();
    let policy = load_policy(&files);
    let project = Arc::new(load_project());
    // Fail here, not inside a timing loop, if the seed no longer evaluates.
    ok(
        jixiao::eval::evaluate(&policy, &project),
        "evaluating the seed project",
    );

    c.bench_function("evaluate/seed", |b| {
        b.iter(|| {
            let ev = jixiao::eval::evaluate(black_box(&policy), black_box(&project));
            black_box(ev.expect("seed project evaluates (checked before timing)"))
        })
    });

    c.bench_function("evaluate+audit/seed", |b| {
        b.iter(|| {
            let ev = jixiao::eval::evaluate(black_box(&policy), black_box(&project))
                .expect("seed project evaluates (checked before timing)");
            let found = jixiao::audit::audit(&ev, Some(&policy));
            black_box((ev, found))
        })
    });

    // `project::from_source` is not exported, so this includes reading the file (page cache).
    c.bench_function("load/project", |b| b.iter(|| black_box(load_project())));

    // policy.yaml + the rule library read, parsed, checked, and every script compiled.
    c.bench_function("load/policy", |b| {
        b.iter(|| black_box(load_policy(black_box(&files))))
    });
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = evaluate;
    config = config();
    targets = benches
}
criterion_main!(evaluate);
