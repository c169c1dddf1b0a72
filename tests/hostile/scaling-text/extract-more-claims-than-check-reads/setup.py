# 16 MiB of numbers: more claims than `check` reads, said before any is drafted.
open("a.txt", "w").write("".join(f"{i % 99991:,} " for i in range(2_000_000)) + "\n")
