# The quote "a" in a 1 MiB single-line article: found half a million times. Every place
# is counted, the first five are named; locating each from the line's start took minutes.
open("a.txt", "w").write("a " * (1 << 19) + "\n")
