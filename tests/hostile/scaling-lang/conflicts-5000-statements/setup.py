# 5,000 claims of one quantity, each in an article of its own, half saying 38 and half 39:
# each conflict line names what the others say in a few values and articles, and counts the rest.
import pathlib

lines = ["let forces = 39"]
for i in range(5000):
    lines += [f'claim c{i} in "a{i}.txt":', f"  check forces is {38 + i % 2}"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
