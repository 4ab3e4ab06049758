//! Rule scripts: the rules/ library and a pack's own .rhai files, compiled once into one AST,
//! with a source map back to each file's lines, run in a sandboxed engine.

mod ast;
mod calls;
mod checked;
pub mod clock;
mod engine;
mod errors;
mod limits;
mod messages;
mod report;
mod state;

pub use ast::FnDef;
pub use engine::{is_host_function, sandboxed_engine, HOST_FUNCTIONS};
pub use limits::Limits;
pub use messages::Messages;
pub use report::RawFigure;
pub use state::{CallState, RawDeduction, Shared};

use crate::diag::{Diagnostic, Diags, Result};
use crate::source::{SourceFile, Span};
use rhai::{Engine, Position, AST};
use std::collections::BTreeSet;
use std::sync::Arc;

/// One file's place in the combined script.
#[derive(Debug)]
struct Piece {
    file: Arc<SourceFile>,
    first_line: usize,
    lines: usize,
}

/// The compiled scripts of a pack, with the engine they run in.
pub struct Scripts {
    engine: Engine,
    ast: AST,
    pieces: Vec<Piece>,
    /// Every function the AST defines, with what it calls and reads, found once at compile time.
    functions: Vec<FnDef>,
    /// The limits the engine was built with.
    limits: Limits,
    /// The rules' message catalogue (`say`).
    messages: Arc<Messages>,
}

impl std::fmt::Debug for Scripts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scripts")
            .field("pieces", &self.pieces)
            .finish()
    }
}

impl Scripts {
    /// Compiles the files (library first, then the pack's) into one AST, for an engine with
    /// `limits`. A function taking a host function's name is an error at its definition.
    pub fn compile(
        files: Vec<Arc<SourceFile>>,
        messages: Messages,
        limits: Limits,
    ) -> Result<Scripts> {
        let mut text = String::new();
        let mut pieces = Vec::new();
        let mut line = 1;
        for file in files {
            let lines = file.text().lines().count().max(1);
            text.push_str(file.text());
            if !file.text().ends_with('\n') {
                text.push('\n');
            }
            pieces.push(Piece {
                file,
                first_line: line,
                lines,
            });
            line = line.saturating_add(lines);
        }
        let messages = Arc::new(messages);
        let mut engine = sandboxed_engine(&limits);
        messages::register(&mut engine, &messages);
        let mut scripts = Scripts {
            engine,
            ast: AST::empty(),
            pieces,
            functions: Vec::new(),
            limits,
            messages,
        };
        match scripts.engine.compile(&text) {
            Ok(ast) => {
                scripts.ast = ast;
                scripts.functions = scripts.locate_functions();
            }
            Err(e) => {
                let (span, label) = match scripts.span(e.position()) {
                    Some(span) => (Some(span), crate::text::HERE.to_string()),
                    None => (scripts.end_span(), crate::text::END_OF_FILE.to_string()),
                };
                let d = Diagnostic::error(
                    "jixiao::script::syntax",
                    crate::text::script_syntax(&errors::parse_message(&e.0)),
                )
                .at_opt(span.as_ref(), label);
                // helper P: rhai's own words as a detail line for kinds we do not name.
                let d = match errors::parse_detail(&e.0) {
                    Some(detail) => d.help(detail),
                    None => d,
                };
                return Err(Diags::from(d));
            }
        }
        scripts.reserved_names()?;
        Ok(scripts)
    }

    /// A script function named like a host function would silently replace it.
    fn reserved_names(&self) -> Result<()> {
        let mut diags = Diags::default();
        for f in self.ast.iter_functions() {
            if !is_host_function(f.name) {
                continue;
            }
            let span = self.function_span(f.name, f.params.len());
            diags.push(
                Diagnostic::error(
                    "jixiao::script::reserved",
                    crate::text::reserved_host_name(f.name),
                )
                .at_opt(span.as_ref(), crate::text::HERE)
                .help(crate::text::RESERVED_HOST_HELP),
            );
        }
        diags.into_result(())
    }

    /// Calls to functions neither the sandbox nor the scripts provide (`sleep`, `timestamp`,
    /// …), each an error at its place: `check` finds them before any form is scored.
    pub fn unavailable_calls(&self) -> Diags {
        let mut known: std::collections::BTreeSet<String> = self
            .engine
            .gen_fn_signatures(true)
            .iter()
            .filter_map(|sig| sig.split_once('(').map(|(name, _)| name.trim().to_string()))
            .collect();
        known.extend(self.ast.iter_functions().map(|f| f.name.to_string()));
        let mut diags = Diags::default();
        for piece in &self.pieces {
            for (name, at) in calls::call_sites(piece.file.text()) {
                if known.contains(&name) || calls::is_keyword(&name) {
                    continue;
                }
                let span = Span::new(&piece.file, at, name.len());
                diags.push(
                    Diagnostic::error(
                        "jixiao::script::unavailable",
                        crate::text::unavailable_function(&name),
                    )
                    .at(&span, crate::text::HERE)
                    .help(crate::text::UNAVAILABLE_FUNCTION_HELP),
                );
            }
        }
        diags
    }

    /// The end of the last file with text: where an error at the end of input points.
    fn end_span(&self) -> Option<Span> {
        let piece = self
            .pieces
            .iter()
            .rev()
            .find(|p| !p.file.text().trim().is_empty())?;
        let text = piece.file.text().trim_end();
        let start = text.char_indices().next_back().map_or(0, |(i, _)| i);
        Some(Span::new(
            &piece.file,
            start,
            text.len().saturating_sub(start),
        ))
    }

    /// The limits the scripts run under.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The text of the rules' message files, for fingerprints.
    pub fn messages_fingerprint(&self) -> String {
        self.messages.fingerprint()
    }

    /// The engine the scripts run in.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The compiled AST.
    pub fn ast(&self) -> &AST {
        &self.ast
    }

    /// Maps a position in the combined script back to a span in its file.
    pub fn span(&self, pos: Position) -> Option<Span> {
        let line = pos.line()?;
        let piece = self
            .pieces
            .iter()
            .find(|p| line >= p.first_line && line < p.first_line.saturating_add(p.lines))?;
        let local = line.saturating_sub(piece.first_line).saturating_add(1);
        Some(Span::at_line_col(
            &piece.file,
            local,
            pos.position().unwrap_or(1),
        ))
    }

    /// Every function's definition, read from the AST and located by its body's positions.
    fn locate_functions(&self) -> Vec<FnDef> {
        let locate = |pos: Position| {
            let line = pos.line()?;
            let piece = self
                .pieces
                .iter()
                .find(|p| line >= p.first_line && line < p.first_line.saturating_add(p.lines))?;
            let local = line.saturating_sub(piece.first_line).saturating_add(1);
            let at = piece.file.offset_of(local, pos.position().unwrap_or(1));
            Some((Arc::clone(&piece.file), at))
        };
        ast::functions(&self.ast, &locate)
    }

    /// The definition of the function `name` (any arity).
    pub fn function(&self, name: &str) -> Option<&FnDef> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// The span of a script function's name in its definition, if it exists with `arity` params.
    pub fn function_span(&self, name: &str, arity: usize) -> Option<Span> {
        self.functions
            .iter()
            .find(|f| f.name == name && f.params.len() == arity)
            .map(|f| f.name_span.clone())
    }

    /// Names of the script functions `roots` may call, directly or not, the roots included
    /// (when defined): calls read from the AST.
    pub fn reachable(&self, roots: &[&str]) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&str> = roots.to_vec();
        while let Some(name) = todo.pop() {
            if seen.contains(name) {
                continue;
            }
            let defs: Vec<&FnDef> = self.functions.iter().filter(|f| f.name == name).collect();
            if defs.is_empty() {
                continue;
            }
            seen.insert(name.to_string());
            todo.extend(defs.iter().flat_map(|f| f.calls.iter().map(String::as_str)));
        }
        seen
    }

    /// The definitions of the functions `roots` may call, the roots included, by name.
    pub fn reachable_defs(&self, roots: &[&str]) -> Vec<&FnDef> {
        let names = self.reachable(roots);
        let mut defs: Vec<&FnDef> = self
            .functions
            .iter()
            .filter(|f| names.contains(&f.name))
            .collect();
        defs.sort_by(|a, b| (&a.name, a.params.len()).cmp(&(&b.name, b.params.len())));
        defs
    }

    /// Where the functions `roots` may call call `deduct`, in source order.
    pub fn deduct_sites(&self, roots: &[&str]) -> Vec<Span> {
        let mut out: Vec<Span> = self
            .reachable_defs(roots)
            .into_iter()
            .flat_map(|f| f.deducts.iter().filter_map(|p| self.span(*p)))
            .collect();
        out.sort_by(|a, b| (a.file.name(), a.offset).cmp(&(b.file.name(), b.offset)));
        out.dedup_by(|a, b| a.file.name() == b.file.name() && a.offset == b.offset);
        out
    }

    /// Every function defined, with its source, sorted by name.
    pub fn function_sources(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .functions
            .iter()
            .map(|f| (f.name.as_str(), f.source()))
            .collect();
        out.sort();
        out
    }

    /// True when the scripts define `name` with `arity` parameters.
    pub fn has_function(&self, name: &str, arity: usize) -> bool {
        self.functions
            .iter()
            .any(|f| f.name == name && f.params.len() == arity)
            || self
                .ast
                .iter_functions()
                .any(|f| f.name == name && f.params.len() == arity)
    }

    /// Turns a script failure into a diagnostic naming the item, pointing at the script line
    /// (or, when rhai gives no position — runaway loops, deep recursion — at the rule function).
    pub fn diagnose(&self, err: &rhai::EvalAltResult, item: &str, rule: &str) -> Diagnostic {
        let (message, pos) = errors::runtime_message(err, &self.limits);
        let span = self.span(pos).or_else(|| self.function_span(rule, 2));
        let d = Diagnostic::error("jixiao::script::runtime", message)
            .for_item(item)
            .at_opt(span.as_ref(), crate::text::SCRIPT_FAILED_HERE);
        // helper P: rhai's own words as a detail line for kinds we do not name.
        match errors::runtime_detail(err) {
            Some(detail) => d.help(detail),
            None => d,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FnDef, Limits, Messages, Scripts};
    use crate::source::SourceFile;

    #[test]
    fn definitions_and_calls_come_from_the_ast() {
        let lib = SourceFile::new("lib.rhai", "// 库\nfn helper(x) {\n    param(`b`) + x\n}\n");
        let pack = SourceFile::new(
            "pack.rhai",
            "fn rule(item, input) {\n    let s = \"}\"; // param(\"c\")\n    deduct(helper(param(\"a\")), s);\n}\nfn loose(item, input) {\n    let k = \"a\";\n    param(k)\n}\n",
        );
        let s = Scripts::compile(vec![lib, pack], Messages::default(), Limits::default()).unwrap();
        assert_eq!(
            s.function("rule").map(FnDef::source),
            Some("fn rule(item, input) {\n    let s = \"}\"; // param(\"c\")\n    deduct(helper(param(\"a\")), s);\n}")
        );
        assert_eq!(
            s.function("helper").map(FnDef::source),
            Some("fn helper(x) {\n    param(`b`) + x\n}")
        );
        let names: Vec<String> = s.reachable(&["rule"]).into_iter().collect();
        assert_eq!(names, ["helper", "rule"]);
        let sites = s.deduct_sites(&["rule"]);
        assert_eq!(sites.len(), 1);
        assert_eq!((sites[0].file.name(), sites[0].line()), ("pack.rhai", 3));
        assert_eq!(
            s.function_span("rule", 2).map(|sp| sp.text().to_string()),
            Some("rule".into())
        );
    }
}
