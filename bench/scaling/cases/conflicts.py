# n claims of one quantity, each in an article of its own, half saying 38 and half 39:
# every statement is contradicted by half the others. The conflicts pass and the line
# report (one conflict line a statement) must grow with n, not with n squared.
DESCRIPTION = "n statements of one quantity in n articles that disagree, line report"
BASE = 5000
QUICK_BASE = 2000


def make(n, directory):
    lines = ["let forces = 39"]
    for i in range(n):
        lines += [f'claim c{i} in "a{i}.txt":', f"  check forces is {38 + i % 2}"]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
