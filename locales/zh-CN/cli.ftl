# jixiao --help 与命令行用法错误（clap 的帮助、标题与错误都从这里来）。
# 评分项 id 为 cli-<命令>-<参数>；取值名为 cli-value-<参数>。

cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-options = 选项
cli-heading-arguments = 参数
cli-usage-options = [选项]
cli-flag-help = 打印帮助
cli-flag-version = 打印版本
cli-lang = 界面语言：zh-CN（默认）或 en；省略时依 LC_ALL / LC_MESSAGES / LANG
cli-about = jixiao（绩效）：财政支出项目绩效自评评分引擎 — 规则写在 YAML 与 rhai 中，逐分可查。

cli-value-command = 命令
cli-value-lang = 语言
cli-value-projects = 项目
cli-value-project = 项目
cli-value-policy = 政策包
cli-value-policies = 政策包
cli-value-format = 格式
cli-value-output = 文件
cli-value-year = 年度
cli-value-form = 原表
cli-value-layout = 版式
cli-value-layouts = 目录
cli-value-item = 评分项
cli-value-a = 政策包A
cli-value-b = 政策包B
cli-value-id = ID
cli-value-from = 政策包
cli-value-min-coverage = 百分比

fmt-text = 供人阅读的文本
fmt-json = JSON（jixiao/1：{"{"}"schema", "command", "results", "diagnostics"{"}"}）
fmt-jsonl = JSON Lines：每行一个 jixiao/1 对象，只含一个结果
fmt-evaluate-text = 表格与审核结论（供人阅读）
fmt-evaluate-json = JSON（jixiao/1）：results 中每个项目一个结果，数值为字符串
fmt-evaluate-jsonl = JSON Lines：每行一个 jixiao/1 对象，只含一个项目的结果
fmt-xlsx = Excel 工作簿：汇总表 + 每个项目一张评分表（须用 -o 指定文件）
fmt-compare-text = 对照表与归因（供人阅读）
fmt-compare-json = JSON（jixiao/1）：results 中每个项目一个对照，多个项目时另有汇总
fmt-csv = CSV：每条归因一行
fmt-md = Markdown 表格

cli-evaluate = 按政策包为项目评分，输出评分表与审核结论
cli-evaluate-projects = 项目文件（YAML），或原表（.txt 文本导出、.xlsx 工作簿，即时导入），可多个
cli-evaluate-policy = 政策包：目录，或 id（先找 ./policies/<id>，再找内置）；省略时按项目地区与年度选择
cli-evaluate-format = 输出格式
cli-evaluate-output = 输出文件（原子写入）；--format xlsx 时必填，其他格式省略时写到标准输出
cli-evaluate-strict = 审核发现不一致时以退出码 1 结束
cli-evaluate-year = 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
cli-evaluate-examples =
    示例：
    {"  "}jixiao evaluate examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao evaluate a.yaml b.yaml --policy policies/jinzhong-2020 --format json --strict

cli-import = 导入原表（.txt 文本导出或 .xlsx 工作簿），写成项目文件（YAML）
cli-import-form = 原表：.txt/.tsv/.csv、.xlsx/.xls 或网页 .html
cli-import-output = 输出的项目文件（原子写入）；省略时写到标准输出
cli-import-layout = 指定原表版式（layouts/<id>.yaml 的 id）；省略时自动选读出最多的版式
cli-import-layouts = 自己的版式目录（先于内置版式；也可用环境变量 JIXIAO_LAYOUTS，默认 ./layouts）
cli-import-year = 原表上没有年度时指明年度（不会猜测）
cli-import-examples =
    示例：
    {"  "}jixiao import tests/data/jinzhong-2020-pension-subsidy-self-evaluation.txt -o project.yaml
    {"  "}jixiao import form.xlsx > project.yaml

cli-explain = 逐项说明扣分：规则行、所用项目数据、算法与依据
cli-explain-project = 项目文件（YAML）或原表（.txt / .xlsx）
cli-explain-policy = 政策包：目录或 id
cli-explain-item = 只说明此评分项：名称、路径（一级/二级/三级）或 id
cli-explain-format = 输出格式
cli-explain-year = 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
cli-explain-examples =
    示例：
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml
    {"  "}jixiao explain examples/jinzhong-2020-pension-subsidy.yaml --item 投入/资金落实/资金到位率

cli-compare = 用两个政策包为同一批项目评分，逐项对照并说明每一分变化的原因
cli-compare-projects = 项目文件或目录（目录下的 *.yaml），可多个
cli-compare-policy = 政策包 A 与 B（各给一次：--policy A --policy B）
cli-compare-format = 输出格式
cli-compare-year = 原表上没有年度时指明年度（不会猜测；项目所写年度与之不符时报错）
cli-compare-examples =
    示例：
    {"  "}jixiao compare examples/jinzhong-2020-pension-subsidy.yaml --policy jinzhong-2020 --policy mof-2020
    {"  "}jixiao compare examples/ --policy jinzhong-2020 --policy policies/jinzhong-2021 --format md

cli-diff = 比较两个政策包本身：结构、分值、规则、等次、取舍、参数、脚本函数的变化
cli-diff-a = 政策包 A（目录或 id）
cli-diff-b = 政策包 B（目录或 id）
cli-diff-format = 输出格式
cli-diff-examples =
    示例：
    {"  "}jixiao diff jinzhong-2020 mof-2020
    {"  "}jixiao diff jinzhong-2020 policies/jinzhong-2021 --format json

cli-new-policy = 以现有政策包为底稿，在 ./policies/ID 生成下一年度的政策包（年度加一；不覆盖已有目录）
cli-new-policy-id = 新政策包的 id
cli-new-policy-from = 底稿政策包（目录或 id）
cli-new-policy-examples =
    示例：
    {"  "}jixiao new-policy jinzhong-2021 --from jinzhong-2020

cli-test = 运行政策包的测试用例（policies/<id>/cases/*.yaml），失败时给出差异与扣分说明
cli-test-policies = 政策包目录或 id；省略时运行 ./policies/ 下所有带用例的政策包
cli-test-coverage = 报告覆盖率：评分项、规则函数、扣分点
cli-test-min-coverage = 扣分点覆盖率低于此百分比时以退出码 1 结束
cli-test-format = 输出格式
cli-test-examples =
    示例：
    {"  "}jixiao test
    {"  "}jixiao test policies/jinzhong-2020 policies/mof-2020 --coverage
    {"  "}jixiao test --min-coverage 80

    退出码：0 全部通过；1 有用例失败或覆盖率不足；2 政策包或用例文件有误。

cli-watch = 监视政策包与项目文件：每次保存后重新评分，说明哪些项目、哪些评分项因何变化
cli-watch-projects = 项目文件或目录，可多个
cli-watch-policy = 政策包目录（或 ./policies/ 下的 id）
cli-watch-gate = 新的一版须通过其测试用例才生效
cli-watch-examples =
    示例：
    {"  "}jixiao watch examples/ --policy policies/jinzhong-2020
    {"  "}jixiao watch forms/ --policy jinzhong-2021 --gate

    改坏的政策包只显示诊断，仍沿用上一版；Ctrl-C 退出（退出码 0）。

cli-check = 检查政策包：分值加总、等次、规则与字段；省略时检查所有可用的政策包
cli-check-policies = 政策包目录或 id
cli-check-format = 输出格式
cli-check-examples =
    示例：
    {"  "}jixiao check
    {"  "}jixiao check policies/jinzhong-2020

cli-policies = 列出可用的政策包
cli-policies-format = 输出格式
cli-policies-examples =
    示例：
    {"  "}jixiao policies
    {"  "}jixiao policies --format json

cli-schema = 打印 --format json 或 jsonl 输出的 JSON Schema（jixiao/1）
cli-schema-examples =
    示例：
    {"  "}jixiao schema > jixiao-1.schema.json

cli-help = 打印帮助，或某个命令的帮助
cli-help-command = 要看帮助的命令
cli-help-examples =
    示例：
    {"  "}jixiao help evaluate

# 用法错误：先说哪里错了，再给提示与用法。
cli-error = 错误：{ $message }
cli-err-invalid-value = { $arg } 的取值“{ $value }”无效
cli-err-empty-value = { $arg } 需要一个取值，但给的是空值
cli-err-valid-values = 可用的取值：{ $values }
cli-err-unknown-arg = 无法识别的参数“{ $arg }”
cli-err-did-you-mean = 提示：是否想用“{ $suggestion }”？
cli-err-trailing = 提示：若要把“{ $arg }”当作值，请写成“-- { $arg }”
cli-err-unknown-command = 没有命令“{ $command }”
cli-err-missing = 缺少必需的参数：{ $args }
cli-err-missing-command = 缺少命令
cli-err-valid-commands = 可用的命令：{ $commands }
cli-err-too-many = { $arg } 多给了取值“{ $value }”
cli-err-wrong-count = { $arg } 需要 { $expected } 个取值，给了 { $actual } 个
cli-err-repeated = { $arg } 只能给一次
cli-err-conflict = { $arg } 不能与 { $prior } 同时使用
cli-err-no-equals = { $arg } 的取值须用等号写出（{ $arg }=取值）
cli-err-utf8 = 命令行参数不是有效的 UTF-8
cli-err-other = 命令行参数有误
cli-err-usage = 用法：{ $usage }
cli-err-more = 运行“{ $command } --help”查看说明。

# 参数说明后的取值与默认值。
cli-arg-values = { $help }（取值：{ $values }）
cli-arg-value = {"  "}{ $value }：{ $help }
cli-arg-default = { $help }（默认 { $default }）
cli-arg-default-line = 默认：{ $default }
