# A million columns, the last named as the first is: found without comparing every pair.
n = 1 << 20
open("t.csv", "w").write(",".join(f"c{i}" for i in range(n - 1)) + ",C0\n" + ",".join("1" for _ in range(n)) + "\n")
