# 20,000 claims, each a different short quote, in an 8 MiB single-line article: each
# found through the index, none by a scan of the article, each place named without
# counting the line from its start.
import random
r = random.Random(7)
words = ["w%d" % i for i in range(50000)]
text = []
size = 0
while size < (8 << 20):
    w = r.choice(words) + " "
    text.append(w)
    size += len(w)
open("a.txt", "w").write("".join(text))
lines = []
for i in range(20000):
    lines += [f'claim c{i} in "a.txt":', f'  quote "w{i}"']
open("main.claims", "w").write("\n".join(lines) + "\n")
