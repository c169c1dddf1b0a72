# An article of 128 KB of numbers, a tenth of them quoted: the HTML report took 26 s.
words, size, i = [], 0, 0
while size < (128 << 10):
    w = f"n{i} rose {i % 997},{i % 1000:03d} "
    words.append(w)
    size += len(w)
    i += 1
open("a.txt", "w").write("".join(words) + "\n")
lines = ["let x = 1"]
for k in range(0, i, 10):
    lines += [f'claim c{k} in "a.txt":', f'  quote "n{k} rose {k % 997},{k % 1000:03d}"', "  check x is 1"]
open("main.claims", "w").write("\n".join(lines) + "\n")
