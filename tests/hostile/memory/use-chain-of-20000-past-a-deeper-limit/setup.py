# A chain of 20000 claims files, each using the next and defining one figure.
import os
os.mkdir("chain")
n = 20000
for i in range(n):
    with open(f"chain/f{i}.claims", "w") as f:
        f.write((f'use "f{i + 1}.claims"\n' if i + 1 < n else "") + f"let x{i} = {i}\n")
