# 5,000 misspelt names among 5,000 lets: each error is reported, and "did you mean" compares
# names only within a budget for the run, not every typo with every name.
import pathlib

lines = [f"let name{i}.value = {i}" for i in range(5000)]
lines.append('claim c in "a.txt":')
lines += [f"  check nmae{i}.value is 1" for i in range(5000)]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
