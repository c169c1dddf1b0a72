# A CSV as wide as n columns: its header matched and checked once, not column
# against column.
DESCRIPTION = "a CSV of n columns, two rows"
BASE = 1 << 17
QUICK_BASE = 1 << 14
EXIT = (0,)


def make(n, directory):
    header = ",".join(f"c{i}" for i in range(n))
    row = ",".join("1" for _ in range(n))
    (directory / "t.csv").write_text(f"{header}\n{row}\n{row}\n", encoding="utf-8")
    (directory / "main.claims").write_text(
        f'table t from "t.csv"\nlet x = sum(t.c{n - 1})\nclaim c in \"a.txt\":\n  check x is 2\n', encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
