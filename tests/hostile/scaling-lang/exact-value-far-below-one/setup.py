# One check whose exact value has about 83,000 bits and lies far below 1 (about 25,000 zeros
# after the point): the leading zeros are found from the bit lengths, not one power of ten at a time.
import pathlib

lines = ["let a = 7", "let b = 1" + "0" * 999, "let r = a / b", 'claim tiny in "a.txt":', "  check " + " * ".join(["r"] * 25) + " is 1"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
