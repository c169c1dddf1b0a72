# 40,000 claims of one quantity in 40,000 articles that disagree, as the HTML report: every
# statement links to its claim's card, found in an index, not by searching every claim.
import pathlib

lines = ["let forces = 39"]
for i in range(40000):
    lines += [f'claim c{i} in "a{i}.txt":', f"  check forces is {38 + i % 2}"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
