# 1 MiB of long sentences (no full stop for hundreds of words) dense with numbers and
# typographic characters, each sentence written three times: around every number the
# quote widens word by word looking for one that occurs once. Found by fuzz_extract: each
# widening folded the whole window again (forty windows a number); the first unique
# window is now found by halving, and folding compares code points, not strings.
import random
r = random.Random(7)
words = ["rose", "fell", "\u2013", "council\u2019s", "the", "by", "per\u00a0cent", "\u201cabout\u201d", "of", "and"]
out, size = [], 0
while size < (1 << 20):
    sentence = " ".join(f"{r.randint(1, 9999)}" if k % 3 == 0 else r.choice(words) for k in range(240)) + ".\n"
    for _ in range(3):
        out.append(sentence)
        size += len(sentence.encode())
open("a.txt", "w", encoding="utf-8").write("".join(out))
