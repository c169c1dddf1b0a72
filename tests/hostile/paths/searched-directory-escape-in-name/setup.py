# A claims file named with ESC and BEL, found by searching: its name reaches stderr inert.
import os
with open("dir/\x1b]0;owned\x07\x1b[2J.claims", "w") as f:
    f.write("let = 1\n")
