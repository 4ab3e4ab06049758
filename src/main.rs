//! The `jixiao` binary: parse arguments, run, exit with the command's code.

use clap::Parser;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(jixiao::cli::run(jixiao::cli::Cli::parse()))
}
