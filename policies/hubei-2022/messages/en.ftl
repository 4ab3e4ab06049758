# Messages of this pack's rules (hubei.rhai); the rule library's are in rules/messages/.
hubei-target-not-positive = indicator '{ $name }': the target { $target } is not positive, so it cannot be scored in proportion
hubei-ratio = { $level2 } '{ $name }' { $actual } ÷ { $target } = { $rate }, score = { $weight } × { $rate }
hubei-target-too-low = { $level2 } '{ $name }' actual { $actual } reaches { $rate } of the target { $target }, at least { $limit }: the target was set too low, { $points } points off
hubei-inverse-ratio = { $level2 } '{ $name }' inverse indicator, target { $target } ÷ actual { $actual } = { $rate }, score = { $weight } × { $rate }
hubei-execution-cap = budget execution { $executed } ÷ { $budget } = { $rate }, below { $below }: the total is at most { $cap }
