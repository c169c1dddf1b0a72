# 40,000 words defined in the claims file itself, which the article is then read with
# (coverage): the vocabulary is gathered and sorted once, not one word at a time.
import pathlib


def word(n):
    letters = ""
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return "q" + letters


lines = []
for i in range(40000):
    lines += [f"define {word(i)} {word(i + 7)}", f"  means [{i}, {i + 1})"]
lines += ['claim c in "a.txt":', '  quote "5 apples"', "  check 5 == 5"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
pathlib.Path("a.txt").write_text("We sold 5 apples, qa qh of them red, and 12 pears.\n", encoding="utf-8")
