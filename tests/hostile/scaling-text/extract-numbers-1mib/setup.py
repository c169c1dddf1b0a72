# 1 MiB of numbers: every one drafted, each quote found through the index.
import random
r = random.Random(1)
out, size = [], 0
while size < (1 << 20):
    part = f"{r.randint(1, 99999):,} "
    out.append(part)
    size += len(part)
open("a.txt", "w").write("".join(out) + "\n")
