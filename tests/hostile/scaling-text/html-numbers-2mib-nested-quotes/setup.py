# 2 MiB of numbers on one line; 40,000 claims quoting overlapping and nested stretches of it.
words, size, i = [], 0, 0
while size < (2 << 20):
    w = f"n{i} rose {i % 997},{i % 1000:03d} "
    words.append(w)
    size += len(w)
    i += 1
open("a.txt", "w").write("".join(words) + "\n")
lines = []
for k in range(0, i - 2, 7):
    lines += [f'claim c{k} in "a.txt":', f'  quote "n{k} rose {k % 997},{k % 1000:03d} n{k + 1}"']
    lines += [f'claim d{k} in "a.txt":', f'  quote "rose {k % 997},{k % 1000:03d}"']
open("main.claims", "w").write("\n".join(lines) + "\n")
