//! Rule scripts: the rules/ library and a pack's own .rhai files, compiled once into one AST,
//! with a source map back to each file's lines, run in a sandboxed engine.

mod calls;
mod checked;
pub mod clock;
mod engine;
mod errors;
mod limits;
mod report;
mod source;
mod state;

pub use engine::{is_host_function, sandboxed_engine, HOST_FUNCTIONS};
pub use limits::Limits;
pub use report::RawFigure;
pub use source::params_named;
pub use state::{CallState, RawDeduction, Shared};

use crate::diag::{Diagnostic, Diags, Result};
use crate::source::{SourceFile, Span};
use rhai::{Engine, Position, AST};
use std::collections::HashMap;
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
    /// Where each function (name, arity) is defined, found once at compile time.
    functions: HashMap<(String, usize), Span>,
    /// All files' text, in order (library, then pack).
    text: String,
    /// The limits the engine was built with.
    limits: Limits,
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
    pub fn compile(files: Vec<Arc<SourceFile>>, limits: Limits) -> Result<Scripts> {
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
        let engine = sandboxed_engine(&limits);
        let mut scripts = Scripts {
            engine,
            ast: AST::empty(),
            pieces,
            functions: HashMap::new(),
            text: String::new(),
            limits,
        };
        match scripts.engine.compile(&text) {
            Ok(ast) => {
                scripts.ast = ast;
                scripts.text = text;
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

    /// The engine the scripts run in.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The compiled AST.
    pub fn ast(&self) -> &AST {
        &self.ast
    }

    /// The files the scripts came from.
    pub fn files(&self) -> impl Iterator<Item = &Arc<SourceFile>> {
        self.pieces.iter().map(|p| &p.file)
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

    /// Finds every function's definition (`fn name(`) in its file.
    fn locate_functions(&self) -> HashMap<(String, usize), Span> {
        let mut out = HashMap::new();
        for f in self.ast.iter_functions() {
            let needle = format!("fn {}(", f.name);
            let span = self.pieces.iter().find_map(|p| {
                let at = p.file.text().find(&needle)?;
                Some(Span::new(&p.file, at.saturating_add(3), f.name.len()))
            });
            if let Some(span) = span {
                out.insert((f.name.to_string(), f.params.len()), span);
            }
        }
        out
    }

    /// The span of a script function's definition, if it exists with `arity` params.
    pub fn function_span(&self, name: &str, arity: usize) -> Option<Span> {
        self.functions.get(&(name.to_string(), arity)).cloned()
    }

    /// The source of the function `name` (any arity), from `fn` to its closing brace.
    pub fn function_source(&self, name: &str) -> Option<&str> {
        let (_, span) = self.functions.iter().find(|((n, _), _)| n == name)?;
        Some(source::function_text(
            span.file.text(),
            span.offset.saturating_sub(3),
        ))
    }

    /// Every function defined, with the span of its whole text (`fn` to the closing brace).
    pub fn function_spans(&self) -> Vec<(String, Span)> {
        let mut out: Vec<(String, Span)> = self
            .functions
            .iter()
            .map(|((n, _), span)| {
                let start = span.offset.saturating_sub(3);
                let len = source::function_text(span.file.text(), start).len();
                (n.clone(), Span::new(&span.file, start, len))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// Names of the script functions `root` may call, directly or not, `root` included.
    pub fn reachable(&self, roots: &[&str]) -> std::collections::BTreeSet<String> {
        let functions = self.function_spans();
        let mut seen = std::collections::BTreeSet::new();
        let mut todo: Vec<String> = roots.iter().map(|r| r.to_string()).collect();
        while let Some(name) = todo.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            for (_, span) in functions.iter().filter(|(n, _)| *n == name) {
                todo.extend(
                    source::calls(span.text())
                        .into_iter()
                        .filter(|c| functions.iter().any(|(n, _)| n == c)),
                );
            }
        }
        seen
    }

    /// Every function defined, with its source, sorted by name.
    pub fn function_sources(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .functions
            .iter()
            .map(|((n, _), span)| {
                (
                    n.as_str(),
                    source::function_text(span.file.text(), span.offset.saturating_sub(3)),
                )
            })
            .collect();
        out.sort();
        out
    }

    /// The combined text of all script files.
    pub fn source_text(&self) -> &str {
        &self.text
    }

    /// True when the scripts define `name` with `arity` parameters.
    pub fn has_function(&self, name: &str, arity: usize) -> bool {
        self.functions.contains_key(&(name.to_string(), arity))
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
        Diagnostic::error("jixiao::script::runtime", message)
            .for_item(item)
            .at_opt(span.as_ref(), crate::text::SCRIPT_FAILED_HERE)
    }
}
