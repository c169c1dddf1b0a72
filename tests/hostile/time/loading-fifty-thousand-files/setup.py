# Fifty thousand claims files in one directory: reading them all takes longer than the run may.
import os
os.mkdir('many')
for i in range(50000):
    with open(f'many/f{i:05}.claims', 'w') as f:
        f.write(f'let x{i} = {i}\n')
