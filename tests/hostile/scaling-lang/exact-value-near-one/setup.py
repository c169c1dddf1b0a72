# One check whose exact value has about 93,000 bits (under the default --max-bits) and lies
# just above 1: (1 + 7/10^997)^14, against "is 2". Shown to the places its interval needs, not expanded.
import pathlib

lines = ["let a = 1" + "0" * 996 + "7", "let b = 1" + "0" * 997, "let f = a / b", 'claim near_two in "a.txt":',
         "  check " + " * ".join(["f"] * 14) + " is 2"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
