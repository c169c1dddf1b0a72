# An article of 4 MB of numbers, two million of them, for the coverage to list.
with open('article.txt', 'w') as f:
    f.write('1 ' * (2 << 20) + '\n42 apples were sold.\n')
