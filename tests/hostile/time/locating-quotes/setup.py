# An article of 4 MB in lines alike: each of the 500 quotes is almost everywhere and nowhere
# whole, so each is looked for through the whole article.
with open('article.txt', 'w') as f:
    f.write(''.join(f'Line {i} of the article. ' for i in range(170000)) + '\n42 apples were sold.\n')
