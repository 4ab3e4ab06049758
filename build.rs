//! Embeds the bundled policy packs (policies/), the rule library (rules/) and the form layouts
//! (layouts/) and the message catalogue (locales/*.ftl) in the binary,
//! so `jixiao` works from any directory. Plain include_str! over a walked tree: no extra crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "rhai" | "ftl")
        ) {
            out.push(path);
        }
    }
}

fn table(name: &str, root: &Path) -> String {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(root, &mut files);
    let mut s = format!("/// Embedded files under {name}/: (relative path, text).\npub static {}: &[(&str, &str)] = &[\n", name.to_uppercase());
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(root)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            s,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    s.push_str("];\n");
    s
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let mut code = table("policies", &root.join("policies"));
    code.push_str(&table("rules", &root.join("rules")));
    if let Err(e) = std::fs::write(out.join("embedded.rs"), code) {
        panic!("cannot write embedded.rs: {e}");
    }
    let layouts = table("layouts", &root.join("layouts"));
    if let Err(e) = std::fs::write(out.join("layouts.rs"), layouts) {
        panic!("cannot write layouts.rs: {e}");
    }
    let locales = table("locales", &root.join("locales"));
    if let Err(e) = std::fs::write(out.join("locales.rs"), locales) {
        panic!("cannot write locales.rs: {e}");
    }
}
