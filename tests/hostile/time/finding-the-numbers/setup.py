# An article of 16 MB of numbers, eight million of them, for the coverage to list.
with open('article.txt', 'w') as f:
    f.write('1 ' * ((8 << 20) - 64) + '\n42 apples were sold.\n')
