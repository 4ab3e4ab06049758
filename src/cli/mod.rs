//! Command line: clap definitions and dispatch only.

mod check;
mod compare;
mod evaluate;
mod explain;
mod help;
mod import;
mod output;
mod packs;
mod test;
mod usage_error;
mod watch;

use crate::text::{self, tr};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: the audit found discrepancies (only with `--strict`).
pub const EXIT_DISCREPANCIES: u8 = 1;
/// Exit code: invalid input or policy.
pub const EXIT_INVALID: u8 = 2;

pub use help::command;
pub use usage_error::render as usage_error;

/// The command line. Every user-visible string (about, help, headings, examples) is set from
/// the catalogue by [`command`]; the doc comments here are for the code only.
#[derive(Debug, Parser)]
#[command(name = "jixiao", version, disable_help_subcommand = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages.
    #[arg(long, global = true)]
    lang: Option<String>,
}

/// The `--lang` value on a command line, read before clap so its own messages are localized.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
        if a == "--lang" {
            return it.next().map(str::to_string);
        }
    }
    None
}

/// Output format of `diff`, `check`, `test` and `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    #[value(help = tr("fmt-text", &[]))]
    Text,
    /// JSON (jixiao/1).
    #[value(help = tr("fmt-json", &[]))]
    Json,
    /// JSON Lines.
    #[value(help = tr("fmt-jsonl", &[]))]
    Jsonl,
}

impl Format {
    /// Whether the output is for machines (JSON or JSON Lines).
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }

    /// Whether the machine output is one object per line.
    pub fn lines(self) -> bool {
        self == Format::Jsonl
    }
}

/// Output format of `evaluate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvaluateFormat {
    /// Text for people.
    #[value(help = tr("fmt-evaluate-text", &[]))]
    Text,
    /// JSON (jixiao/1).
    #[value(help = tr("fmt-evaluate-json", &[]))]
    Json,
    /// JSON Lines.
    #[value(help = tr("fmt-evaluate-jsonl", &[]))]
    Jsonl,
    /// An Excel workbook.
    #[value(help = tr("fmt-xlsx", &[]))]
    Xlsx,
}

/// Output format of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Text for people.
    #[value(help = tr("fmt-compare-text", &[]))]
    Text,
    /// JSON (jixiao/1).
    #[value(help = tr("fmt-compare-json", &[]))]
    Json,
    /// JSON Lines.
    #[value(help = tr("fmt-jsonl", &[]))]
    Jsonl,
    /// CSV.
    #[value(help = tr("fmt-csv", &[]))]
    Csv,
    /// Markdown.
    #[value(help = tr("fmt-md", &[]))]
    Md,
}

/// The commands; their help text is in `locales/*/cli.ftl` (`cli-<command>-<argument>`).
#[derive(Debug, Subcommand)]
enum Command {
    /// Score projects.
    Evaluate {
        /// Project files or forms.
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// Policy pack (directory or id).
        #[arg(long)]
        policy: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: EvaluateFormat,
        /// Output file.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Exit 1 on discrepancies.
        #[arg(long)]
        strict: bool,
        /// Year for forms without one.
        #[arg(long)]
        year: Option<i64>,
    },
    /// Import a form as a project file.
    Import {
        /// The form.
        form: PathBuf,
        /// Output file.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Layout id.
        #[arg(long)]
        layout: Option<String>,
        /// Own layouts directory.
        #[arg(long)]
        layouts: Option<PathBuf>,
        /// Year for forms without one.
        #[arg(long)]
        year: Option<i64>,
    },
    /// Explain deductions.
    Explain {
        /// Project file or form.
        project: PathBuf,
        /// Policy pack (directory or id).
        #[arg(long)]
        policy: Option<String>,
        /// Only this item.
        #[arg(long)]
        item: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Year for forms without one.
        #[arg(long)]
        year: Option<i64>,
    },
    /// Score under two packs and attribute the differences.
    Compare {
        /// Project files or directories.
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// Packs A and B.
        #[arg(long, required = true, num_args = 1, action = clap::ArgAction::Append)]
        policy: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: CompareFormat,
        /// Year for forms without one.
        #[arg(long)]
        year: Option<i64>,
    },
    /// Compare two packs.
    Diff {
        /// Pack A.
        a: String,
        /// Pack B.
        b: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Next year's pack from an existing one.
    NewPolicy {
        /// New pack id.
        id: String,
        /// Pack to start from.
        #[arg(long)]
        from: String,
    },
    /// Run the packs' test cases.
    Test {
        /// Packs (directories or ids).
        policies: Vec<String>,
        /// Report coverage.
        #[arg(long)]
        coverage: bool,
        /// Minimum deduction-site coverage.
        #[arg(long)]
        min_coverage: Option<rust_decimal::Decimal>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Re-score on every save.
    Watch {
        /// Project files or directories.
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// Policy pack.
        #[arg(long)]
        policy: String,
        /// Gate new versions on their test cases.
        #[arg(long)]
        gate: bool,
    },
    /// Check packs.
    Check {
        /// Packs (directories or ids).
        policies: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List the packs.
    Policies {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print the JSON Schema of the machine output.
    Schema,
    /// Print help.
    Help {
        /// The command.
        command: Option<String>,
    },
}

/// The projects named, or `None` (after saying so, in Chinese) when they hold none; in JSON
/// mode that is also printed as a `jixiao/1` output with no result.
fn some_projects_or_json(
    paths: &[PathBuf],
    json: bool,
    command: crate::render::json::Command,
) -> Option<Vec<PathBuf>> {
    match crate::input::discover_some(paths) {
        Ok(f) => Some(f),
        Err(d) => {
            output::diagnostics(&d.0);
            if json {
                let mut out = crate::render::json::Output::new(command);
                out.diagnose(&d.0);
                output::print_json(&out, false);
            }
            None
        }
    }
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    if let Some(flag) = cli.lang.as_deref() {
        text::set_lang(text::from_env(Some(flag)));
    }
    match cli.command {
        Command::Evaluate {
            projects,
            policy,
            format,
            output,
            strict,
            year,
        } => evaluate::run(
            &projects,
            policy.as_deref(),
            crate::input::LoadOptions { year },
            format,
            output.as_deref(),
            strict,
        ),
        Command::Import {
            form,
            output,
            layout,
            layouts,
            year,
        } => {
            let opts = crate::import::Options {
                layout,
                layouts_dir: layouts,
                year,
            };
            import::run(&form, output.as_deref(), &opts)
        }
        Command::Explain {
            project,
            policy,
            item,
            format,
            year,
        } => explain::run(
            &project,
            policy.as_deref(),
            item.as_deref(),
            crate::input::LoadOptions { year },
            format,
        ),
        Command::Compare {
            projects,
            policy,
            format,
            year,
        } => {
            if policy.len() != 2 {
                output::diagnostics(&[crate::diag::Diagnostic::error(
                    "jixiao::cli",
                    crate::text::TWO_POLICIES,
                )]);
                return EXIT_INVALID;
            }
            compare::run(
                &projects,
                &policy,
                format,
                crate::input::LoadOptions { year },
            )
        }
        Command::Diff { a, b, format } => packs::diff_packs(&a, &b, format),
        Command::NewPolicy { id, from } => packs::new_policy(&id, &from),
        Command::Test {
            policies,
            coverage,
            min_coverage,
            format,
        } => test::run(&policies, coverage, min_coverage, format),
        Command::Watch {
            projects,
            policy,
            gate,
        } => watch::run(&projects, &policy, gate),
        Command::Check { policies, format } => check::run(&policies, format),
        Command::Policies { format } => check::list(format),
        Command::Help { command } => help::print(command.as_deref()),
        Command::Schema => {
            output::print_data(&crate::render::json::schema());
            EXIT_OK
        }
    }
}
