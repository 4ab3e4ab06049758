//! The 53号 reader takes its words from the layout: a province's variant of the 53号 自评表 is a
//! copy of layouts/jinzhong-53.yaml with its own words, read by the same binary.

mod common;

use common::{jixiao, root, run};

const SEED: &str = "tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt";

/// The seed form with 项目名称 → 项目全称 and 预算下达资金 → 下达数, and a user's layout
/// `my-53` (the shipped jinzhong-53 with those two words added), in a temporary directory.
fn renamed_form_and_layout() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    assert_eq!(seed.matches("项目名称").count(), 1);
    assert_eq!(seed.matches("预算下达资金").count(), 1);
    let form = dir.path().join("form.txt");
    let renamed = seed
        .replace("项目名称", "项目全称")
        .replace("预算下达资金", "下达数");
    std::fs::write(&form, renamed).unwrap();
    let shipped = std::fs::read_to_string(root().join("layouts/jinzhong-53.yaml")).unwrap();
    let mine = shipped
        .replace("id: jinzhong-53", "id: my-53")
        .replace("  name: [项目名称]", "  name: [项目名称, 项目全称]")
        .replace(
            "allocated: [预算下达资金,",
            "allocated: [预算下达资金, 下达数,",
        );
    assert_ne!(mine, shipped);
    assert!(
        mine.contains("项目全称") && mine.contains("下达数"),
        "{mine}"
    );
    let layouts = dir.path().join("layouts");
    std::fs::create_dir(&layouts).unwrap();
    std::fs::write(layouts.join("my-53.yaml"), mine).unwrap();
    (dir, form, layouts)
}

#[test]
fn a_users_53_layout_reads_renamed_cells_without_rebuilding() {
    let (_dir, form, layouts) = renamed_form_and_layout();
    let (code, yaml, err) = run(jixiao()
        .arg("import")
        .arg(&form)
        .arg("--layouts")
        .arg(&layouts));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("按原表版式 my-53"), "{err}");
    assert!(err.contains("203/203 个非空单元格"), "{err}");
    assert!(!err.contains("jixiao::import::unmapped"), "{err}");
    assert!(
        yaml.contains("name: 城乡居民养老金缴费补助（入口补）"),
        "{yaml}"
    );
    assert!(yaml.contains("allocated: 2364.01"), "{yaml}");
    // Everything else as the shipped layout reads the seed itself.
    let (code, seed_yaml, err) = run(jixiao().arg("import").arg(SEED));
    assert_eq!(code, 0, "{err}");
    let body = |y: &str| y.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&yaml), body(&seed_yaml));
}

#[test]
fn the_shipped_layouts_report_only_the_renamed_cells() {
    let (_dir, form, _layouts) = renamed_form_and_layout();
    let (code, _, err) = run(jixiao().arg("import").arg(&form));
    // Without 项目名称 the form cannot be imported; what was not read is said, with its place.
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("jixiao::import::no_name"), "{err}");
    let unread: Vec<&str> = err.lines().filter(|l| l.contains("未能识别")).collect();
    assert_eq!(unread.len(), 2, "{err}");
    let at = |line: usize, word: &str| {
        let place = format!("form.txt:{line}:");
        unread
            .iter()
            .any(|l| l.contains(&place) && l.contains(word))
    };
    let line_of = |w: &str| common::line_of(&form, w);
    assert!(at(line_of("项目全称"), "项目全称"), "{err}");
    assert!(at(line_of("下达数"), "下达数 | 2364.01"), "{err}");
    assert_eq!(err.matches("jixiao::import::unmapped").count(), 2, "{err}");
}
