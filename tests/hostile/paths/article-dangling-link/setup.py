# a.txt -> gone/a.txt: an error at the claim, never "article not found" and a pass.
import os
os.symlink("gone/a.txt", "a.txt")
