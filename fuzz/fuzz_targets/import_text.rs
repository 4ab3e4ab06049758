//! Text-form export → project (`import_text`), then the YAML that `import` writes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match jixiao::import::import_text("form.txt", text) {
        Ok(i) => {
            jixiao_fuzz::show(&jixiao::diag::Diags(i.project.warnings.clone()));
            let _ = jixiao::project::write::to_yaml(&i.project, &i.inferences);
        }
        Err(d) => jixiao_fuzz::show(&d),
    }
});
