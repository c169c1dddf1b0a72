# 1 MiB of digits: one number whose quote no claims file could hold.
open("a.txt", "w").write("1" * (1 << 20) + "\n")
