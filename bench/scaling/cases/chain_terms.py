# One check of a total of n terms, a + a + ... + a: flat, not nested, so no depth limit
# stops it; every pass over it (types, value, diagnosis, report) must stay linear.
DESCRIPTION = "one check of a + a + ... with n terms"
BASE = 50000
QUICK_BASE = 20000


def make(n, directory):
    subject = " + ".join(["a"] * n)
    text = f'let a = 1\nclaim total in "a.txt":\n  check {subject} is 5\n'
    (directory / "main.claims").write_text(text, encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
