# n small files in 50 layers, each using three files of the layer below it (within the
# default --max-use-depth), so that every file reaches most of the files below it: what
# each file sees must not be copied file by file.
DESCRIPTION = "n files in 50 layers, each using 3 of the layer below"
BASE = 2000
QUICK_BASE = 1000
LAYERS = 50


def make(n, directory):
    width = max(3, n // LAYERS)
    for layer in range(LAYERS):
        for i in range(width):
            lines = []
            if layer + 1 < LAYERS:
                for step in (0, 1, 1 + (1 << (layer % 10))):
                    lines.append(f'use "l{layer + 1}_{(i + step) % width}.claims"')
            lines.append(f"let v{layer}.f{i} = {layer * width + i + 1}")
            (directory / f"l{layer}_{i}.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [f'use "l0_{i}.claims"' for i in range(width)]
    lines.append('claim deepest in "a.txt":')
    lines += [f"  check v{LAYERS - 1}.f{i} is {(LAYERS - 1) * width + i + 1}" for i in range(width)]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
