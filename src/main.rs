//! The `jixiao` binary: parse arguments, run, exit with the command's code.

#![forbid(unsafe_code)]
// No arithmetic, unwrap or indexing that can panic on user data (docs/security.md); unit
// tests (cfg(test)) may unwrap.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing
    )
)]

use clap::error::ErrorKind;
use clap::FromArgMatches;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = jixiao::cli::lang_flag(&args);
    jixiao::text::set_lang(jixiao::text::from_env(flag.as_deref()));
    let parsed = jixiao::cli::command()
        .try_get_matches_from(args)
        .and_then(|m| jixiao::cli::Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => ExitCode::from(jixiao::cli::run(cli)),
        Err(e) => {
            let shown = matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if shown {
                let _ = e.print();
            } else {
                eprintln!("{}", jixiao::cli::usage_error(&e));
            }
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}
