# `by` over n distinct keys: what each group holds, and the answer per group.
DESCRIPTION = "sum by a key of n distinct values"
BASE = 1 << 17
QUICK_BASE = 1 << 15
EXIT = (0,)


def make(n, directory):
    with open(directory / "t.csv", "w", encoding="utf-8") as f:
        f.write("k,v\n")
        for i in range(n):
            f.write(f"key{i},{i % 7}\n")
    (directory / "main.claims").write_text(
        'table t from "t.csv"\nclaim c in \"a.txt\":\n  check max(sum(t.v by t.k)) is 6\n', encoding="utf-8")
    return ["check", "main.claims", "--format", "line", "--max-distinct", "100000000"]
