# A 4 MB article of two words in a random order, and 5,000 quotes of forty of them: every
# piece of each quote is everywhere and the whole nowhere, so each quote takes a pass over
# the whole article: far longer than the second allowed.
import random
rng = random.Random(12)
words = ["cat ", "dog "]
with open('article.txt', 'w') as f:
    f.write(''.join(rng.choice(words) for _ in range(1 << 20)) + '\n42 apples were sold.\n')
with open('main.claims', 'w') as f:
    f.write('let a = 42\n')
    for i in range(5000):
        quote = ''.join(rng.choice(words) for _ in range(40)).strip()
        f.write(f'claim c{i} in "article.txt":\n  quote "{quote}"\n  check a is 42\n')
