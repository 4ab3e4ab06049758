//! The walk over a form's rows: each row either starts a block (by its label), is a header
//! row (label: value pairs), or continues the block it is in.

use super::blocks::{self, FundsState, PeopleCols};
use super::builder::{build, Builder};
use super::grid::{self, Row};
use super::indicators::{self, IndicatorState};
use super::labels::norm;
use super::layout::Layout;
use super::scorecard::{self, CardState};
use super::{header, Imported};
use crate::diag::Result;
use crate::source::SourceFile;
use std::sync::Arc;

/// The block the walk is in.
pub(super) enum State {
    None,
    Funds(FundsState),
    Indicators(IndicatorState),
    Scorecard(CardState),
    People(PeopleCols),
    Narrative(String),
}

/// Reads a form from its files (one text export, or one file per worksheet) with the words of
/// layout `l`.
pub(super) fn read(l: &Layout, files: &[Arc<SourceFile>], rows: &[Row]) -> Result<Imported> {
    let mut b = Builder::default();
    let mut state = State::None;
    for row in rows {
        walk(l, &mut b, &mut state, row);
    }
    finish(&mut b, std::mem::replace(&mut state, State::None));
    let unmapped = grid::unused(rows);
    b.diags.0.extend(unmapped);
    build(b, files)
}

fn walk(l: &Layout, b: &mut Builder, state: &mut State, row: &Row) {
    let Some(first) = row.first() else {
        return;
    };
    let plain = blocks::strip_tags(&first.text);
    if let Some(heading) = l.narrative_heading(&norm(&plain)) {
        finish(b, std::mem::replace(state, State::None));
        blocks::narrative_start(b, row, heading);
        *state = State::Narrative(heading.to_string());
        return;
    }
    // A `total` label (综合得分) is a row of the 评分表, a narrative label only a heading.
    let block = l
        .block_of(&first.text)
        .filter(|k| matches!(*k, "funds" | "indicators" | "scorecard" | "people"));
    if let Some(block) = block {
        finish(b, std::mem::replace(state, State::None));
        *state = match block {
            "funds" => {
                let mut s = FundsState::default();
                blocks::funds_row(l, b, &mut s, row);
                State::Funds(s)
            }
            "indicators" => State::Indicators(indicators::start(l, row)),
            "scorecard" => State::Scorecard(scorecard::start(l, row)),
            _ => State::People(blocks::people_start(l, row)),
        };
        return;
    }
    if header::is_header_row(l, row) {
        if header::has_label(l, row) {
            finish(b, std::mem::replace(state, State::None));
        }
        header::read(l, b, row);
        return;
    }
    match state {
        State::Funds(s) => blocks::funds_row(l, b, s, row),
        State::Indicators(s) => indicators::row(l, b, s, row),
        State::Scorecard(s) => scorecard::row(l, b, s, row),
        State::People(cols) => blocks::people_row(b, cols, row),
        State::Narrative(h) => blocks::narrative_more(b, h, row),
        State::None => {}
    }
}

/// Closes a block: settles what could only be settled at its end.
fn finish(b: &mut Builder, state: State) {
    match state {
        State::Funds(_) => blocks::funds_end(b),
        State::Scorecard(s) => scorecard::end(b, s),
        _ => {}
    }
}
