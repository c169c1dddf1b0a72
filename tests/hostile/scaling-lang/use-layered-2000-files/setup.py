# 2,000 small files in 60 layers of 33, each using all 33 files of the layer below (65,000
# uses, within the default --max-use-depth): each file reaches everything below it, and
# nothing is copied from file to file.
import pathlib

LAYERS, WIDTH = 60, 33
for layer in range(LAYERS):
    for i in range(WIDTH):
        uses = [f'use "l{layer + 1}_{j}.claims"' for j in range(WIDTH)] if layer + 1 < LAYERS else []
        pathlib.Path(f"l{layer}_{i}.claims").write_text("\n".join(uses + [f"let v{layer}_{i} = {layer * WIDTH + i}"]) + "\n")
lines = [f'use "l0_{j}.claims"' for j in range(WIDTH)]
lines += ['claim deepest in "a.txt":', f"  check v{LAYERS - 1}_0 is {(LAYERS - 1) * WIDTH}", f"  check v30_5 is {30 * WIDTH + 5}"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n")
