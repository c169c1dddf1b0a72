# A vocabulary of n words, each meaning a range of its own, and n failing checks that each
# state one of them: the words a suggestion may offer are worked out once, not for every check.
DESCRIPTION = "n failing checks against a vocabulary of n words"
BASE = 2000
QUICK_BASE = 1000


def word(n):
    letters = ""
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return "q" + letters


def make(n, directory):
    lines = []
    for i in range(n):
        lines += [f"define {word(i)}", f"  means [{i * 10}, {i * 10 + 10})"]
    lines += [f"let x{i} = {i * 10 + 5}" for i in range(n)]
    lines.append('claim c in "a.txt":')
    lines += [f"  check x{i} is {word((i + 1) % n)}" for i in range(n)]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
