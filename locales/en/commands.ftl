# Output of the commands.
test-summary = jixiao test: { $passed ->
        [one] { $passed } case passed
       *[other] { $passed } cases passed
    }, { $failed } failed
