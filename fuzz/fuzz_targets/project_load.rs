//! YAML text → project: the loader must report a diagnostic, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = jixiao::source::SourceFile::new("p.yaml", text);
    match jixiao::project::from_source(file) {
        Ok(p) => {
            // What `import` would write back must be writable.
            let _ = jixiao::project::write::to_yaml(&p, &[]);
        }
        Err(d) => jixiao_fuzz::show(&d),
    }
});
