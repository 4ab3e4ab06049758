//! Project text → evaluate under the shipped jinzhong-2020 and mof-2020 packs → audit →
//! text table, JSON, form audit and explain output.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let packs = jixiao_fuzz::packs();
    let file = jixiao::source::SourceFile::new("p.yaml", text);
    match jixiao::project::from_source(file) {
        Ok(p) => {
            let p = Arc::new(p);
            for policy in packs {
                jixiao_fuzz::score(policy, &p);
            }
        }
        Err(d) => jixiao_fuzz::show(&d),
    }
});
