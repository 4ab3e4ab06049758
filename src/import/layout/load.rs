//! Finding the layouts: the user's directory first, then the embedded ones.

use super::*;

/// Where layouts come from: a user directory (`--layouts`, `$JIXIAO_LAYOUTS`, `./layouts`), then
/// the embedded ones. A user file with an embedded id replaces it.
pub fn all(user_dir: Option<&Path>) -> Result<Vec<Layout>> {
    let mut files: Vec<Arc<SourceFile>> = Vec::new();
    let dirs: Vec<PathBuf> = match user_dir {
        Some(d) => vec![d.to_path_buf()],
        None => std::env::var_os(LAYOUTS_ENV)
            .map(PathBuf::from)
            .into_iter()
            .chain(std::iter::once(PathBuf::from("layouts")))
            .collect(),
    };
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        {
            let f = SourceFile::read(&p).map_err(|e| {
                Diags::from(Diagnostic::error(
                    "jixiao::layout::io",
                    text::cannot_read(&p.display().to_string(), &text::io_error(&e)),
                ))
            })?;
            files.push(f);
        }
    }
    for (name, body) in embedded::LAYOUTS {
        files.push(SourceFile::new(
            format!("{}:layouts/{name}", text::EMBEDDED),
            *body,
        ));
    }
    let mut raw: Vec<Layout> = Vec::new();
    for f in &files {
        let l: Layout = crate::yaml::parse(f, &text::LAYOUT_FILE.to_string())?;
        if !raw.iter().any(|r| r.id == l.id) {
            raw.push(l);
        }
    }
    let bases = raw.clone();
    for l in &mut raw {
        let mut seen = vec![l.id.clone()];
        let mut next = l.extends.clone();
        while let Some(id) = next {
            let Some(base) = bases.iter().find(|b| b.id == id) else {
                return Err(Diagnostic::error(
                    "jixiao::layout::extends",
                    text::layout_unknown(&id),
                )
                .into());
            };
            if seen.contains(&id) {
                break;
            }
            seen.push(id);
            l.inherit(base);
            next = base.extends.clone();
        }
    }
    Ok(raw)
}
