# A 10,000-character quote whose every window the article holds everywhere, found
# nowhere in full: the index offers a false start at every other byte, and the search
# goes on as one linear scan (was: a comparison of the whole quote at each).
DESCRIPTION = "10,000-character quote, partly matching, in an n-byte article"
BASE = 1 << 21
QUICK_BASE = 1 << 19
EXIT = (1,)


def make(n, directory):
    (directory / "a.txt").write_text("a " * (n // 2), encoding="utf-8")
    quote = "a " * 4999 + "b"
    (directory / "main.claims").write_text(
        f'let x = 1\nclaim c in "a.txt":\n  quote "{quote}"\n  check x is 1\n', encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
