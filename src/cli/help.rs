//! clap's help in the catalogue's language: every about, argument help, value name, heading,
//! usage line and example block of the derived command comes from `locales/*/cli.ftl`.
//!
//! Ids: `cli-<command>` (about), `cli-<command>-<argument>` (help), `cli-<command>-examples`,
//! `cli-value-<argument>` (the `<NAME>` in usage); the root's own are `cli-about`, `cli-lang`.

use super::Cli;
use crate::text::tr;
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The command line, localized: what `main` parses with and `jixiao help` prints.
pub fn command() -> Command {
    let root = Cli::command()
        .about(tr("cli-about", &[]))
        .after_help(crate::text::cli_examples())
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr("cli-flag-version", &[])),
        )
        .subcommand_value_name(tr("cli-value-command", &[]))
        .subcommand_help_heading(tr("cli-heading-commands", &[]));
    let root = localize(root, None);
    let names: Vec<String> = root
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(root, |cmd, name| {
        cmd.mut_subcommand(name, |sub| {
            let sub = sub
                .about(tr(&format!("cli-{name}"), &[]))
                .after_help(tr(&format!("cli-{name}-examples"), &[]));
            localize(sub, Some(name))
        })
    })
}

/// Prints the help of `jixiao`, or of one of its commands, to stdout; exit code 0, or 2 for a
/// command jixiao does not have.
pub fn print(name: Option<&str>) -> u8 {
    let mut root = command();
    root.build();
    let target = match name {
        None => Some(&mut root),
        Some(n) => root.find_subcommand_mut(n),
    };
    let Some(cmd) = target else {
        let n = name.unwrap_or_default();
        let message = crate::t!("cli-err-unknown-command", command = n);
        eprintln!("{}", crate::t!("cli-error", message = message));
        return super::EXIT_INVALID;
    };
    match cmd.print_long_help() {
        Ok(()) => super::EXIT_OK,
        Err(_) => super::EXIT_INVALID,
    }
}

/// One command's own help flag, template, argument help, headings and usage line.
fn localize(cmd: Command, name: Option<&str>) -> Command {
    let options = tr("cli-heading-options", &[]);
    let arguments = tr("cli-heading-arguments", &[]);
    let cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr("cli-flag-help", &[])),
        )
        .help_template(template())
        .mut_args(|a| {
            let id = a.get_id().as_str().replace('_', "-");
            if a.is_positional() {
                return describe(a, name, &id).help_heading(arguments.clone());
            }
            let a = a.help_heading(options.clone());
            if id == "help" || id == "version" {
                a
            } else {
                describe(a, name, &id)
            }
        });
    let usage = usage_line(&cmd, name);
    cmd.override_usage(usage)
}

/// An argument's help and, when it takes a value, its value name, the values it allows and
/// its default (in the catalogue's words, not clap's "Possible values" / "[default: …]").
fn describe(a: Arg, name: Option<&str>, id: &str) -> Arg {
    let help = match name {
        Some(n) => tr(&format!("cli-{n}-{id}"), &[]),
        None => tr(&format!("cli-{id}"), &[]),
    };
    if !a.get_action().takes_values() {
        return a.help(help);
    }
    let values = a.get_possible_values();
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let mut short = help.clone();
    let mut long = help;
    long.push('\n');
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let sep = crate::t!("list-separator");
        short = crate::t!("cli-arg-values", help = short, values = names.join(&sep));
        for v in &values {
            let help = v.get_help().map(ToString::to_string).unwrap_or_default();
            long.push_str(&crate::t!(
                "cli-arg-value",
                value = v.get_name(),
                help = help
            ));
            long.push('\n');
        }
    }
    if !default.is_empty() {
        let default = default.join(" ");
        short = crate::t!("cli-arg-default", help = short, default = default.as_str());
        long.push_str(&crate::t!(
            "cli-arg-default-line",
            default = default.as_str()
        ));
    }
    a.help(short)
        .long_help(long.trim_end().to_string())
        .hide_possible_values(true)
        .hide_default_value(true)
        .value_name(tr(&format!("cli-value-{id}"), &[]))
}

/// The help layout: about, usage, the argument sections, examples.
fn template() -> String {
    format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        tr("cli-heading-usage", &[])
    )
}

/// `jixiao evaluate [选项] <项目>...`: the command, its options, its positionals.
fn usage_line(cmd: &Command, name: Option<&str>) -> String {
    let mut parts = vec![match name {
        Some(n) => format!("jixiao {n}"),
        None => "jixiao".to_string(),
    }];
    if cmd.get_arguments().any(|a| !a.is_positional()) {
        parts.push(tr("cli-usage-options", &[]));
    }
    for a in cmd.get_positionals() {
        let value = a
            .get_value_names()
            .and_then(|v| v.first())
            .map(ToString::to_string)
            .unwrap_or_else(|| a.get_id().to_string());
        let many = matches!(a.get_action(), ArgAction::Append)
            || a.get_num_args().is_some_and(|r| r.max_values() > 1);
        let dots = if many { "..." } else { "" };
        parts.push(if a.is_required_set() {
            format!("<{value}>{dots}")
        } else {
            format!("[{value}]{dots}")
        });
    }
    if cmd.has_subcommands() {
        parts.push(format!("<{}>", tr("cli-value-command", &[])));
    }
    parts.join(" ")
}
