# 14 MB of numbers and one claim quoting the last: coverage lists two million numbers.
text = "".join(f"{i % 99991:,} " for i in range(2_100_000))
open("a.txt", "w").write(text + "the end 7.\n")
open("main.claims", "w").write('let x = 7\nclaim c in "a.txt":\n  quote "the end 7"\n  check x is 7\n')
