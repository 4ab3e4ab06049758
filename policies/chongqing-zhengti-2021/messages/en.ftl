# Messages of this pack's rules (chongqing.rhai); the rule library's are in rules/messages/.
chongqing-negative-rate = { $label } { $rate }% is negative, so it cannot be scored
chongqing-rate = { $label } { $rate }%, score = { $weight } × { $rate }%
chongqing-form-rate = { $label } on the form { $rate }%
chongqing-lower-met = lower is better: { $actual } ≤ { $target }, factor 100%
chongqing-lower-ratio = lower is better: { $target } ÷ { $actual }
chongqing-lower-deducted = '{ $name }' lower is better, target { $target } ÷ actual { $actual } = { $rate }, score = { $weight } × { $rate }
chongqing-how-deducted = '{ $name }' { $how }, score = { $weight } × { $rate }
chongqing-met = { $actual } ≥ { $target }, factor 100%
chongqing-ratio-deducted = '{ $name }' { $actual } ÷ { $target } = { $rate }, score = { $weight } × { $rate }
