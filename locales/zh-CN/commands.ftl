# 命令的输出。
test-summary = jixiao test：通过 { $passed } 例，未通过 { $failed } 例
