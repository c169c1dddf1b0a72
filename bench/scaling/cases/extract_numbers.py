# extract on an article that is nothing but numbers: a claim drafted for each,
# each quote looked for in the article's index.
import random

DESCRIPTION = "extract from an n-byte article of numbers"
BASE = 1 << 17
QUICK_BASE = 1 << 15
EXIT = (0,)


def make(n, directory):
    r = random.Random(1)
    parts, size = [], 0
    while size < n:
        part = f"{r.randint(1, 99999):,} "
        parts.append(part)
        size += len(part)
    (directory / "a.txt").write_text("".join(parts) + "\n", encoding="utf-8")
    return ["extract", "a.txt", "--max-claims", "10000000"]
