# A claims file just under the default --max-file-size (16 MiB) of one-line figures: parsing it
# takes longer than the run may.
size = 16 << 20
lines = []
used = 0
i = 0
while True:
    line = f'let x{i} = {i}\n'
    if used + len(line) > size:
        break
    lines.append(line)
    used += len(line)
    i += 1
with open('big.claims', 'w') as f:
    f.write(''.join(lines))
