# 4,200 small files in 60 layers of 70, each using three files of the layer below: every
# file reaches most of the files below it. Each also defines a phrase, and one phrase is
# defined in every layer, each overriding the one below, so vocabulary is looked up through
# the same index.
import pathlib

LAYERS, WIDTH = 60, 70


def word(n):
    letters = ""
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return "w" + letters


for layer in range(LAYERS):
    for i in range(WIDTH):
        lines = []
        if layer + 1 < LAYERS:
            lines += [f'use "l{layer + 1}_{(i + step) % WIDTH}.claims"' for step in (0, 1, 1 + (1 << (layer % 6)))]
        lines += [f"let v{layer}.f{i} = {layer * WIDTH + i + 1}", f"define {word(layer * WIDTH + i)}", "  means [1, 10)"]
        if i == 0:
            lines += ["define dozens", f"  means [{12 + layer}, 100)"]
        pathlib.Path(f"l{layer}_{i}.claims").write_text("\n".join(lines) + "\n")
lines = [f'use "l0_{i}.claims"' for i in range(WIDTH)]
lines += ['claim deepest in "a.txt":', f"  check v{LAYERS - 1}.f7 is {(LAYERS - 1) * WIDTH + 8}",
          "  check v59.f3 is dozens", f"  check v0.f1 is {word(59 * WIDTH + 3)}"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n")
