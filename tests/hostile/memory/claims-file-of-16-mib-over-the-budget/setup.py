# A claims file of 16 MiB: parsed, it would cost about 64 times that, more than --max-memory 512M.
with open('big.claims', 'w') as f:
    f.write(''.join(f'let x{i} = {i}\n' for i in range(800000)))
