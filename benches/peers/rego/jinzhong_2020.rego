# The jinzhong-2020 pack (policies/jinzhong-2020/policy.yaml, rules/*.rhai) in Rego, for the
# peer benchmark. regorus computes non-integers in f64: every item score is first rounded to
# 9 places (jixiao's guard rounding is 20 places in decimal), then half away from zero to whole
# cents, and is returned as an integer number of cents; the total is a sum of integers.
package jixiao

import rego.v1

# The 21 items in policy order: 分值 and rule (pack.rs has the same table).
items_table := [
	{"id": "project_approval", "w": 3, "rule": "judgement"},
	{"id": "goal_reasonableness", "w": 4, "rule": "judgement"},
	{"id": "indicator_clarity", "w": 4, "rule": "judgement"},
	{"id": "funds_arrival", "w": 3, "rule": "ratio", "num": "allocated", "den": "budget"},
	{"id": "arrival_timeliness", "w": 3, "rule": "judgement"},
	{"id": "budget_execution", "w": 3, "rule": "ratio", "num": "spent", "den": "allocated"},
	{"id": "business_rules", "w": 3, "rule": "judgement"},
	{"id": "rules_enforcement", "w": 3, "rule": "judgement"},
	{"id": "quality_control", "w": 4, "rule": "judgement"},
	{"id": "finance_rules", "w": 3, "rule": "judgement"},
	{"id": "funds_compliance", "w": 3, "rule": "judgement"},
	{"id": "finance_monitoring", "w": 4, "rule": "judgement"},
	{"id": "completion_rate", "w": 8, "rule": "indicators", "sel": "数量指标"},
	{"id": "timeliness", "w": 7, "rule": "judgement"},
	{"id": "quality_rate", "w": 8, "rule": "indicators", "sel": "质量指标"},
	{"id": "cost_saving", "w": 7, "rule": "indicators", "sel": "成本指标"},
	{"id": "economic_benefit", "w": 0, "rule": "not_applicable"},
	{"id": "social_benefit", "w": 20, "rule": "indicators", "sel": "社会效益指标"},
	{"id": "ecological_benefit", "w": 0, "rule": "not_applicable"},
	{"id": "sustainability", "w": 0, "rule": "not_applicable"},
	{"id": "satisfaction", "w": 10, "rule": "indicators", "sel": "满意度指标"},
]

funds := {
	"budget": sum(input.funds.budget),
	"allocated": input.funds.allocated,
	"spent": sum(input.funds.spent),
}

# quantitative_rate / qualitative_rate (rules/indicators.rhai), valid forms only.
rate(ind) := 1 if {
	ind.qualitative
	ind.tier == "达成"
} else := ind.progress / 100 if {
	ind.qualitative
} else := min([1, ratio(ind)]) if {
	ind.direction in {"≥", ">"}
} else := 1 if {
	ind.direction in {"≤", "<"}
	ind.actual <= ind.target
} else := 0 if {
	ind.direction in {"≤", "<"}
	ind.actual >= 2 * ind.target
} else := 1 - ((ind.actual - ind.target) / ind.target) if {
	ind.direction in {"≤", "<"}
} else := 0 if {
	abs(ind.actual - ind.target) >= ind.target
} else := 1 - (abs(ind.actual - ind.target) / ind.target)

ratio(ind) := 0 if ind.actual < 0 else := ind.actual / ind.target

selected(ind, sel) if ind.level1 == sel

selected(ind, sel) if ind.level2 == sel

mean(sel) := sum(rates) / count(rates) if {
	rates := [rate(ind) | some ind in input.indicators; selected(ind, sel)]
}

# 分值 − Σ 扣分, in the rules' order of operations.
raw(it) := it.w - (it.w - input.judged[it.id]) if {
	it.rule == "judgement"
	input.judged[it.id] < it.w
} else := it.w - (it.w - ((it.w * funds[it.num]) / funds[it.den])) if {
	it.rule == "ratio"
	funds[it.num] < funds[it.den]
} else := it.w - (it.w * (1 - mean(it.sel))) if {
	it.rule == "indicators"
	mean(it.sel) < 1
} else := it.w

cents(it) := min([it.w * 100, round(round(raw(it) * 1000000000) / 10000000)])

items := {it.id: cents(it) | some it in items_table}

total := sum([c | some c in items])

grade := "优" if total >= 9000 else := "良" if total >= 8000 else := "中" if total >= 6000 else := "差"

result := {"items": items, "total": total, "grade": grade}
