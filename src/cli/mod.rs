//! Command line: clap definitions and dispatch only.

mod check;
mod compare;
mod evaluate;
mod explain;
mod import;
mod output;
mod packs;
mod test;
mod watch;

use crate::text;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: the audit found discrepancies (only with `--strict`).
pub const EXIT_DISCREPANCIES: u8 = 1;
/// Exit code: invalid input or policy.
pub const EXIT_INVALID: u8 = 2;

/// jixiao（绩效）：财政支出项目绩效自评评分引擎 — 规则写在 YAML 与 rhai 中，逐分可查。
#[derive(Debug, Parser)]
#[command(name = "jixiao", version, after_help = text::CLI_EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// 界面语言：zh-CN（默认）或 en；省略时依 LC_ALL / LC_MESSAGES / LANG
    #[arg(long, global = true, value_name = "LANG")]
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
    /// 供人阅读的文本
    Text,
    /// JSON（jixiao/1：{"schema", "command", "results", "diagnostics"}）
    Json,
    /// JSON Lines：每行一个 jixiao/1 对象，只含一个结果
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
    /// 表格与审核结论（供人阅读）
    Text,
    /// JSON（jixiao/1）：results 中每个项目一个结果，数值为字符串
    Json,
    /// JSON Lines：每行一个 jixiao/1 对象，只含一个项目的结果
    Jsonl,
    /// Excel 工作簿：汇总表 + 每个项目一张评分表（须用 -o 指定文件）
    Xlsx,
}

/// Output format of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// 对照表与归因（供人阅读）
    Text,
    /// JSON（jixiao/1）：results 中每个项目一个对照，多个项目时另有汇总
    Json,
    /// JSON Lines：每行一个 jixiao/1 对象，只含一个结果
    Jsonl,
    /// CSV：每条归因一行
    Csv,
    /// Markdown 表格
    Md,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 按政策包为项目评分，输出评分表与审核结论
    #[command(
        after_help = "示例：\n  jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml\n  jixiao evaluate a.yaml b.yaml --policy policies/jinzhong-2020 --format json --strict"
    )]
    Evaluate {
        /// 项目文件（YAML），或原表（.txt 文本导出、.xlsx 工作簿，即时导入），可多个
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// 政策包：目录，或 id（先找 ./policies/<id>，再找内置）；省略时按项目地区与年度选择
        #[arg(long)]
        policy: Option<String>,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: EvaluateFormat,
        /// 输出文件（原子写入）；--format xlsx 时必填，其他格式省略时写到标准输出
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// 审核发现不一致时以退出码 1 结束
        #[arg(long)]
        strict: bool,
        /// 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
        #[arg(long)]
        year: Option<i64>,
    },
    /// 导入原表（.txt 文本导出或 .xlsx 工作簿），写成项目文件（YAML）
    #[command(
        after_help = "示例：\n  jixiao import tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt -o project.yaml\n  jixiao import form.xlsx > project.yaml"
    )]
    Import {
        /// 原表：.txt/.tsv/.csv、.xlsx/.xls 或网页 .html
        form: PathBuf,
        /// 输出的项目文件（原子写入）；省略时写到标准输出
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// 指定原表版式（layouts/<id>.yaml 的 id）；省略时自动选读出最多的版式
        #[arg(long)]
        layout: Option<String>,
        /// 自己的版式目录（先于内置版式；也可用环境变量 JIXIAO_LAYOUTS，默认 ./layouts）
        #[arg(long)]
        layouts: Option<PathBuf>,
        /// 原表上没有年度时指明年度（不会猜测）
        #[arg(long)]
        year: Option<i64>,
    },
    /// 逐项说明扣分：规则行、所用项目数据、算法与依据
    #[command(
        after_help = text::EXPLAIN_EXAMPLES
    )]
    Explain {
        /// 项目文件（YAML）或原表（.txt / .xlsx）
        project: PathBuf,
        /// 政策包：目录或 id
        #[arg(long)]
        policy: Option<String>,
        /// 只说明此评分项：名称、路径（一级/二级/三级）或 id
        #[arg(long)]
        item: Option<String>,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
        #[arg(long)]
        year: Option<i64>,
    },
    /// 用两个政策包为同一批项目评分，逐项对照并说明每一分变化的原因
    #[command(
        after_help = "示例：\n  jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020\n  jixiao compare examples/ --policy jinzhong-2020 --policy policies/jinzhong-2021 --format md"
    )]
    Compare {
        /// 项目文件或目录（目录下的 *.yaml），可多个
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// 政策包 A 与 B（各给一次：--policy A --policy B）
        #[arg(long, required = true, num_args = 1, action = clap::ArgAction::Append)]
        policy: Vec<String>,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: CompareFormat,
        /// 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
        #[arg(long)]
        year: Option<i64>,
    },
    /// 比较两个政策包本身：结构、分值、规则、等次、取舍、参数、脚本函数的变化
    #[command(
        after_help = "示例：\n  jixiao diff jinzhong-2020 mof-2020\n  jixiao diff jinzhong-2020 policies/jinzhong-2021 --format json"
    )]
    Diff {
        /// 政策包 A（目录或 id）
        a: String,
        /// 政策包 B（目录或 id）
        b: String,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// 以现有政策包为底稿，在 ./policies/ID 生成下一年度的政策包（年度加一；不覆盖已有目录）
    #[command(after_help = "示例：\n  jixiao new-policy jinzhong-2021 --from jinzhong-2020")]
    NewPolicy {
        /// 新政策包的 id
        id: String,
        /// 底稿政策包（目录或 id）
        #[arg(long)]
        from: String,
    },
    /// 运行政策包的测试用例（policies/<id>/cases/*.yaml），失败时给出差异与扣分说明
    #[command(
        after_help = "示例：\n  jixiao test\n  jixiao test policies/jinzhong-2020 policies/mof-2020 --coverage\n  jixiao test --min-coverage 80\n\n退出码：0 全部通过；1 有用例失败或覆盖率不足；2 政策包或用例文件有误。"
    )]
    Test {
        /// 政策包目录或 id；省略时运行 ./policies/ 下所有带用例的政策包
        policies: Vec<String>,
        /// 报告覆盖率：评分项、规则函数、扣分点
        #[arg(long)]
        coverage: bool,
        /// 扣分点覆盖率低于此百分比时以退出码 1 结束
        #[arg(long, value_name = "N")]
        min_coverage: Option<rust_decimal::Decimal>,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// 监视政策包与项目文件：每次保存后重新评分，说明哪些项目、哪些评分项因何变化
    #[command(
        after_help = "示例：\n  jixiao watch examples/ --policy policies/jinzhong-2020\n  jixiao watch forms/ --policy jinzhong-2021 --gate\n\n改坏的政策包只显示诊断，仍沿用上一版；Ctrl-C 退出（退出码 0）。"
    )]
    Watch {
        /// 项目文件或目录，可多个
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// 政策包目录（或 ./policies/ 下的 id）
        #[arg(long)]
        policy: String,
        /// 新的一版须通过其测试用例才生效
        #[arg(long)]
        gate: bool,
    },
    /// 检查政策包：分值加总、等次、规则与字段；省略时检查所有可用的政策包
    #[command(after_help = "示例：\n  jixiao check\n  jixiao check policies/jinzhong-2020")]
    Check {
        /// 政策包目录或 id
        policies: Vec<String>,
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// 列出可用的政策包
    Policies {
        /// 输出格式
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// 打印 --format json / jsonl 输出的 JSON Schema（jixiao/1）
    Schema,
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
        Command::Schema => {
            output::print_data(&crate::render::json::schema());
            EXIT_OK
        }
    }
}
