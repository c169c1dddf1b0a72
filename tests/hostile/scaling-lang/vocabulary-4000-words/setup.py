# 4,000 failing checks against a vocabulary of 4,000 words (each a range of its own), and
# 2,000 percentage words just below each figure: suggestions look the words up in an index
# worked out once, and try the nearest few figure words after each head, not all of them.
import pathlib


def word(n):
    letters = ""
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return "q" + letters


lines = ["use house-style"]
for i in range(4000):
    lines += [f"define {word(i)}", f"  means [{i * 10}, {i * 10 + 10})"]
for i in range(2000):
    lines.append(f"define {word(100000 + i)} = {30 - i / 1000:.3f}%")
lines += [f"let x{i} = {i * 10 + 5}" for i in range(4000)]
lines += ["let a = 300", "let b = 1000"]
lines.append('claim c in "a.txt":')
lines += [f"  check x{i} is {word((i + 1) % 4000)}" for i in range(4000)]
lines += ["  check share(a, b) is more than a half"] * 1
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
