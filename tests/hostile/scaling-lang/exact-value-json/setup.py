# One check whose exact value has about 90,000 bits, far above 1, in the JSON report: its
# fraction, its decimal and its display are each written once, in time linear in the digits.
import pathlib

factor = "3" + "".join(str((i * 7919 + 3) % 10) for i in range(996)) + ".7"
pathlib.Path("main.claims").write_text(
    'claim huge in "a.txt":\n  check ' + " * ".join([factor] * 27) + " is 2\n", encoding="utf-8")
