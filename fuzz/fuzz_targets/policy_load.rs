//! policy.yaml text + one rhai script → pack; a pack that loads then scores the example.
//!
//! Input: the policy.yaml text, a line `#=== fuzz.rhai`, then the script. The loader reads packs
//! from a directory only, so both are written to a scratch pack directory (in memory under
//! /dev/shm) for each input; its rule library is the embedded one.
#![no_main]
use libfuzzer_sys::fuzz_target;

const SEP: &[u8] = b"\n#=== fuzz.rhai\n";

fuzz_target!(|data: &[u8]| {
    let (yaml, rhai) = jixiao_fuzz::split(data, SEP);
    let (Ok(_), Ok(_)) = (std::str::from_utf8(yaml), std::str::from_utf8(rhai)) else {
        return;
    };
    // <scratch>/p/q/pack: `../../rules` does not exist, so the embedded library is used.
    let dir = jixiao_fuzz::scratch().join("p/q/pack");
    std::fs::create_dir_all(&dir).expect("pack directory");
    std::fs::write(dir.join("policy.yaml"), yaml).expect("write policy.yaml");
    std::fs::write(dir.join("fuzz.rhai"), rhai).expect("write fuzz.rhai");
    match jixiao::policy::load(&jixiao::policy::PackFiles::Disk(dir)) {
        Ok(policy) => jixiao_fuzz::score(&std::sync::Arc::new(policy), &jixiao_fuzz::example()),
        Err(d) => jixiao_fuzz::show(&d),
    }
});
