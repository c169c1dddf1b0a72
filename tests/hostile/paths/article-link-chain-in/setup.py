# a.txt -> texts/b.txt -> ../real.txt: followed, read, the quote found.
import os
os.makedirs("texts")
os.symlink("texts/b.txt", "a.txt")
os.symlink("../real.txt", "texts/b.txt")
