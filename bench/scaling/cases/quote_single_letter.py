# The quote "a" in a single-line article of "a a a ...": found about n/2 times, each
# place counted, the first few named (was: every place located from the line's start).
DESCRIPTION = "quote \"a\" in an n-byte single-line article"
BASE = 1 << 20
QUICK_BASE = 1 << 18
EXIT = (1,)


def make(n, directory):
    (directory / "a.txt").write_text("a " * (n // 2) + "\n", encoding="utf-8")
    (directory / "main.claims").write_text(
        'let x = 1\nclaim c in "a.txt":\n  quote "a"\n  check x is 1\n', encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
