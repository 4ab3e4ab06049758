# Attributions (compare and watch): what moved, why, by how much.
attr-no-value = —
attr-cause-detail = { $cause }: { $detail }
attr-cell = { $cause } { $points }: { $detail }
attr-largest-line = { $delta } { $name } ({ $file })
attr-causes-separator = {"; "}
attr-moved-row = {"    "}{ $label }  { $delta }  { $causes }
attr-standing = { $total } "{ $grade }"
attr-moved-line = { $file }  { $name }: { $before } → { $after }
attr-moved-line-delta = { $file }  { $name }: { $before } → { $after } ({ $delta })
