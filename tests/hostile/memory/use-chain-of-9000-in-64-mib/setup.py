# A chain of 9000 claims files, each using the next and defining one figure: each file costs
# what it holds (its text read into a buffer of its size, not one grown to 64 KiB to find
# its end), so the whole chain fits in 64 MiB.
import os
os.mkdir("chain")
n = 9000
for i in range(n):
    with open(f"chain/f{i}.claims", "w") as f:
        f.write((f'use "f{i + 1}.claims"\n' if i + 1 < n else "") + f"let x{i} = {i}\n")
