# Many independent claims over one figure: the per-claim work of a run.
DESCRIPTION = "n claims, each one check of one figure"
BASE = 5000
QUICK_BASE = 2000


def make(n, directory):
    lines = ["let a = 1,234 during 2023"]
    for i in range(n):
        lines += [f'claim c{i} in "a.txt":', f"  check a is {1234 + i % 3}"]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
