//! `cargo run --release --example gen-corpus -- N DIR [--seed S] [--broken K]`
//!
//! Writes N varied, realistic self-evaluation forms into DIR — project files (.yaml), text exports
//! (.txt) and workbooks (.xlsx), in the 53号 layout (晋中 2020, scored by jinzhong-2020) and the
//! 10号 layout (scored by mof-2020 or, for 湖北 cities, hubei-2022) — and DIR/.manifest.tsv saying
//! for each file its kind, layout, whether and how it is broken, and the policy to score it with.
//! The same N, seed and K give byte-identical files. `--auto-policy` leaves out the forms that need
//! `--policy` (晋中 counties), so that `jixiao evaluate` over the forms scores every good one.

mod breakage;
mod declared;
mod form;
mod names;
mod output;
mod rng;
mod scoring;
mod sheet;
mod wording;
mod yaml;

use breakage::Breakage;
use form::{Form, Layout};
use output::Encoding;
use rng::Rng;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: gen-corpus N DIR [--seed S] [--broken K] [--auto-policy]\n  --auto-policy: only forms whose policy jixiao selects by itself (for `jixiao evaluate DIR`)";

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Yaml,
    Txt,
    Xlsx,
}

struct Args {
    n: usize,
    dir: PathBuf,
    seed: u64,
    broken: usize,
    auto_only: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut plain = Vec::new();
    let (mut seed, mut broken, mut auto_only) = (1u64, 0usize, false);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--seed" => {
                seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--broken" => {
                broken = value("--broken")?
                    .parse()
                    .map_err(|e| format!("--broken: {e}"))?
            }
            "--auto-policy" => auto_only = true,
            "-h" | "--help" => return Err(USAGE.into()),
            _ => plain.push(a),
        }
    }
    let [n, dir] = <[String; 2]>::try_from(plain).map_err(|_| USAGE.to_string())?;
    let n: usize = n.parse().map_err(|e| format!("N: {e}"))?;
    if broken > n {
        return Err(format!("--broken {broken} is more than the {n} forms"));
    }
    Ok(Args {
        n,
        dir: PathBuf::from(dir),
        seed,
        broken,
        auto_only,
    })
}

/// Which breaking each form gets, if any: K forms spread evenly through the corpus, each run of
/// four taking the four kinds of breaking in a seeded order.
fn plan_breakages(args: &Args) -> Vec<Option<Breakage>> {
    let mut plan = vec![None; args.n];
    let mut rng = Rng::for_form(args.seed.rotate_left(17) ^ 0xB4E4, args.n);
    let mut kinds = Vec::new();
    for j in 0..args.broken {
        if kinds.is_empty() {
            kinds = breakage::ALL.to_vec();
            rng.shuffle(&mut kinds);
        }
        plan[(2 * j + 1) * args.n / (2 * args.broken)] = kinds.pop();
    }
    plan
}

/// One line of the manifest.
struct Entry {
    file: String,
    kind: String,
    layout: &'static str,
    broken: Option<String>,
    policy: String,
}

fn file_name(i: usize, f: &Form, ext: &str) -> String {
    let clean: String = f
        .name
        .chars()
        .filter(|c| !"/\\:*?\"<>|".contains(*c))
        .collect();
    format!("{:04}-{}-{}.{ext}", i + 1, f.region, clean)
}

fn write_form(i: usize, breaking: Option<Breakage>, args: &Args) -> Result<Entry, String> {
    let mut rng = Rng::for_form(args.seed, i);
    // Layouts and kinds in turn; a broken form draws its own, so that any breaking meets any.
    let combo = match breaking {
        Some(_) => rng.range(0, 5) as usize,
        None => (i + args.seed as usize) % 6,
    };
    let layout = if combo < 3 {
        Layout::Table53
    } else {
        Layout::Table10
    };
    let kind = match (breaking, combo % 3) {
        (Some(Breakage::BadYaml), _) | (_, 0) => Kind::Yaml,
        (_, 1) => Kind::Txt,
        _ => Kind::Xlsx,
    };
    let f = form::draw(&mut rng, layout, args.auto_only);
    let policy = if f.explicit_policy {
        format!("--policy {}", f.pack)
    } else {
        format!("auto:{}", f.pack)
    };
    let origin = format!("gen-corpus：种子 {}，第 {} 份", args.seed, i + 1);
    let mut what = None;
    let (name, kind_label) = match kind {
        Kind::Yaml => {
            let mut text = match layout {
                Layout::Table53 => yaml::project53(&f, &origin),
                Layout::Table10 => yaml::project10(&f, &origin),
            };
            if let Some(b) = breaking {
                what = Some(breakage::break_yaml(b, layout, &mut text, &mut rng));
            }
            let name = file_name(i, &f, "yaml");
            write(&args.dir.join(&name), text.as_bytes())?;
            (name, "yaml".to_string())
        }
        Kind::Txt | Kind::Xlsx => {
            let mut rows = match layout {
                Layout::Table53 => sheet::table53(&f),
                Layout::Table10 => sheet::table10(&f),
            };
            if let Some(b) = breaking {
                what = Some(breakage::break_table(b, layout, &mut rows, &mut rng));
            }
            if kind == Kind::Txt {
                let enc = *rng.pick(&[
                    Encoding::Utf8,
                    Encoding::Utf8,
                    Encoding::Utf8Bom,
                    Encoding::Gb18030,
                ]);
                let name = file_name(i, &f, "txt");
                write(&args.dir.join(&name), &output::tsv(&rows, enc))?;
                (name, format!("txt ({})", enc.label()))
            } else {
                let name = file_name(i, &f, "xlsx");
                let path = args.dir.join(&name);
                output::xlsx(&rows, "自评表", &f.filled_on, &path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                (name, "xlsx".to_string())
            }
        }
    };
    Ok(Entry {
        file: name,
        kind: kind_label,
        layout: layout.label(),
        broken: what,
        policy,
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(args: &Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.dir).map_err(|e| format!("{}: {e}", args.dir.display()))?;
    let mut manifest = String::from("file\tkind\tlayout\tstatus\tbroken\tpolicy\n");
    for (i, breaking) in plan_breakages(args).into_iter().enumerate() {
        let e = write_form(i, breaking, args)?;
        let (status, what) = match &e.broken {
            Some(w) => ("broken", w.as_str()),
            None => ("good", "-"),
        };
        manifest.push_str(&format!(
            "{}\t{}\t{}\t{status}\t{what}\t{}\n",
            e.file, e.kind, e.layout, e.policy
        ));
    }
    write(&args.dir.join(".manifest.tsv"), manifest.as_bytes())?;
    println!(
        "wrote {} forms ({} broken) and .manifest.tsv to {}",
        args.n,
        args.broken,
        args.dir.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-corpus: {e}");
            ExitCode::from(2)
        }
    }
}
