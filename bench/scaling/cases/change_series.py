# One claim of n failing change() checks over one series of n + 1 figures: the
# diagnosis looks for the figure of the series a wrong change was measured from.
DESCRIPTION = "one claim of n failing change() checks over a series of n + 1 figures"
BASE = 2000
QUICK_BASE = 1000


def make(n, directory):
    lines = [f"let s.y{i} = {1000 + 7 * i + (i * i) % 13}" for i in range(n + 1)]
    lines.append('claim changes in "a.txt":')
    lines += [f"  check change(s.y{i}, s.y{i + 1}) is 50%" for i in range(n)]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
