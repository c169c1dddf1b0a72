# One check of a + a + ... with a million terms (4 MB on one line, under the 16 MiB limit):
# flat, so no depth limit stops it, and every pass over it must be linear.
import pathlib

pathlib.Path("main.claims").write_text(
    'let a = 1\nclaim total in "a.txt":\n  check ' + " + ".join(["a"] * 1000000) + " is 5\n", encoding="utf-8")
