//! Wall-clock budgets: while a rule runs, its thread carries a deadline that the engine's
//! progress callback checks, so a slow builtin or a sleeping rule stops within its budget.

use std::cell::Cell;
use std::time::Instant;

/// Which budget a deadline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// One rule call (`limits.call_ms`).
    Call,
    /// One project's evaluation (`limits.evaluation_ms`).
    Evaluation,
}

impl Budget {
    /// The token a terminated script carries, read back by `errors::runtime_message`.
    pub fn token(self) -> &'static str {
        match self {
            Budget::Call => "jixiao:budget:call",
            Budget::Evaluation => "jixiao:budget:evaluation",
        }
    }

    /// The budget a termination token names.
    pub(super) fn from_token(token: &str) -> Option<Budget> {
        [Budget::Call, Budget::Evaluation]
            .into_iter()
            .find(|b| b.token() == token)
    }
}

thread_local! {
    static DEADLINE: Cell<Option<(Instant, Budget)>> = const { Cell::new(None) };
}

/// Clears the thread's deadline when dropped.
pub struct Armed(());

impl Drop for Armed {
    fn drop(&mut self) {
        DEADLINE.with(|d| d.set(None));
    }
}

/// Sets the deadline of the rule call about to run on this thread.
pub fn arm(deadline: Instant, budget: Budget) -> Armed {
    DEADLINE.with(|d| d.set(Some((deadline, budget))));
    Armed(())
}

/// The budget that has run out on this thread, if any.
pub(super) fn overrun() -> Option<Budget> {
    DEADLINE
        .with(Cell::get)
        .filter(|(at, _)| Instant::now() >= *at)
        .map(|(_, b)| b)
}
