# One claim of 1,000 failing change() checks over one series of 1,001 figures, each stating
# the change from another figure of the series: the diagnosis finds that figure by halving an
# index of the series, not by trying all 1,000 for each check.
import pathlib

values = [1000 + 3 * i for i in range(1001)]
lines = [f"let s.y{i} = {v}" for i, v in enumerate(values)]
lines.append('claim changes in "a.txt":')
for i in range(1000):
    other = (i * 37 + 11) % 1001
    stated = (values[i + 1] - values[other]) / values[other] * 100
    lines.append(f"  check change(s.y{i}, s.y{i + 1}) is {stated:.2f}%")
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
