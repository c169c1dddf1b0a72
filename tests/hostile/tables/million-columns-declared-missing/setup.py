n = 1 << 20
open("t.csv", "w").write(",".join(f"c{i}" for i in range(n)) + "\n" + ",".join("1" for _ in range(n)) + "\n")
