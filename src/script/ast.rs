//! What the compiled scripts hold, read from rhai's AST rather than their text: every function
//! definition with its place, the functions it calls and its `deduct` sites (which parameters
//! a rule read is recorded on the ledger as it runs). Identity, attribution and coverage are decided from these.

use crate::source::{SourceFile, Span};
use rhai::{ASTNode, Expr, FnCallExpr, Position, Stmt, AST};
use std::collections::BTreeSet;
use std::sync::Arc;

/// The host function that takes points off.
const DEDUCT: &str = "deduct";

/// One script function, as the AST defines it.
#[derive(Debug, Clone)]
pub struct FnDef {
    /// Name.
    pub name: String,
    /// Parameter names.
    pub params: Vec<String>,
    /// The whole definition, `fn` to the closing brace (located by the body's AST positions).
    pub span: Span,
    /// The function's name in its definition.
    pub name_span: Span,
    /// Names of every function the body calls (script or host), from the AST.
    pub calls: BTreeSet<String>,
    /// Where the body calls `deduct`.
    pub deducts: Vec<Position>,
}

impl FnDef {
    /// The definition's source: shown in diffs and comparisons, and compared as the function's
    /// identity (the text the AST's positions delimit, so moving it elsewhere changes nothing).
    pub fn source(&self) -> &str {
        self.span.text()
    }
}

/// Where a position of the combined script lies: a file and a byte offset in it.
pub(super) type Locate<'a> = &'a dyn Fn(Position) -> Option<(Arc<SourceFile>, usize)>;

/// Every function the AST defines, located by `locate`; each call the AST holds is given to
/// the innermost function whose body encloses its position.
pub(super) fn functions(ast: &AST, locate: Locate) -> Vec<FnDef> {
    let mut defs: Vec<(Position, Position, FnDef)> = ast
        .iter_fn_def()
        .filter_map(|f| {
            let (from, to) = (f.body.start_position(), f.body.end_position());
            let (file, open) = locate(from)?;
            let close = locate(to)
                .filter(|(g, _)| Arc::ptr_eq(g, &file))
                .map_or(open, |(_, at)| at.saturating_add(1));
            let (start, name_at) = head(file.text(), open, &f.name).unwrap_or((open, open));
            let def = FnDef {
                name: f.name.to_string(),
                params: f.params.iter().map(ToString::to_string).collect(),
                span: Span::new(&file, start, close.saturating_sub(start)),
                name_span: Span::new(&file, name_at, f.name.len()),
                calls: BTreeSet::new(),
                deducts: Vec::new(),
            };
            Some((from, to, def))
        })
        .collect();
    ast.walk(&mut |nodes: &[ASTNode]| {
        if let Some((call, pos)) = nodes.last().and_then(call_of) {
            let at = key(pos);
            let inner = defs
                .iter_mut()
                .filter(|(from, to, _)| key(*from) <= at && at <= key(*to))
                .min_by_key(|(from, to, _)| {
                    let lines = key(*to).0.saturating_sub(key(*from).0);
                    (lines, std::cmp::Reverse(key(*from)))
                });
            if let Some((.., def)) = inner {
                visit(def, call, pos);
            }
        }
        true
    });
    defs.into_iter().map(|(.., d)| d).collect()
}

/// A position as (line, column), for ordering.
fn key(p: Position) -> (usize, usize) {
    (p.line().unwrap_or(0), p.position().unwrap_or(0))
}

/// The call a node makes, if it is one.
fn call_of<'a>(node: &ASTNode<'a>) -> Option<(&'a FnCallExpr, Position)> {
    match node {
        ASTNode::Stmt(Stmt::FnCall(x, pos))
        | ASTNode::Expr(Expr::FnCall(x, pos) | Expr::MethodCall(x, pos)) => {
            (!x.is_operator_call()).then_some((&**x, *pos))
        }
        _ => None,
    }
}

fn visit(def: &mut FnDef, call: &FnCallExpr, pos: Position) {
    let name = call.name.as_str();
    def.calls.insert(name.to_string());
    if name == DEDUCT {
        def.deducts.push(pos);
    }
}

/// Where the definition whose body opens at `open` starts (`fn`, or `private fn`) and where its
/// name is: just before the parameter list that precedes the body.
fn head(text: &str, open: usize, name: &str) -> Option<(usize, usize)> {
    let before = text.get(..open)?;
    let paren = before.rfind('(')?;
    let named = before.get(..paren)?.trim_end();
    let name_at = named.strip_suffix(name).map(str::len)?;
    let keyword = named.get(..name_at)?.trim_end();
    let fn_at = keyword.strip_suffix("fn").map(str::len)?;
    let start = keyword
        .get(..fn_at)?
        .trim_end()
        .strip_suffix("private")
        .map_or(fn_at, str::len);
    Some((start, name_at))
}

#[cfg(test)]
mod tests {
    use super::head;

    #[test]
    fn finds_the_head_before_the_body() {
        let src = "// x\nprivate fn ab(ab1, b) {\n  1\n}\n";
        let open = src.find('{').unwrap();
        assert_eq!(head(src, open, "ab"), Some((5, 16)));
    }
}
