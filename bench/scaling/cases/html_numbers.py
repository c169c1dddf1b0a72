# The HTML report on a single-line article of numbers, a tenth of them quoted by claims
# (with no check, so that only quotes, coverage and the page are timed): the text cut
# into highlights by one sweep (was: every claim and number tested per segment).
DESCRIPTION = "HTML report on an n-byte article of numbers"
BASE = 1 << 17
QUICK_BASE = 1 << 15
EXIT = (0, 1)


def make(n, directory):
    words, size, i = [], 0, 0
    while size < n:
        word = f"n{i} rose {i % 997},{i % 1000:03d} "
        words.append(word)
        size += len(word)
        i += 1
    (directory / "a.txt").write_text("".join(words) + "\n", encoding="utf-8")
    lines = []
    for k in range(0, i, 10):
        lines += [f'claim c{k} in "a.txt":', f'  quote "n{k} rose {k % 997},{k % 1000:03d}"']
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "html"]
