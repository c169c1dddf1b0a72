# An article of 16 MB of numbers, eight million of them, to draft claims for.
with open('article.txt', 'w') as f:
    f.write('1 ' * ((8 << 20) - 64) + '\n42 apples were sold.\n')
