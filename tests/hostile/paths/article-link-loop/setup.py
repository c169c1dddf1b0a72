# a.txt -> b.txt -> a.txt: an error at the claim, never "article not found" and a pass.
import os
os.symlink("b.txt", "a.txt")
os.symlink("a.txt", "b.txt")
