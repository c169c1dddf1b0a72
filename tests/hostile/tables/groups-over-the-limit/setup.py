# More distinct keys than --max-distinct: a limit, named, not gigabytes.
with open("t.csv", "w") as f:
    f.write("k,v\n")
    for i in range(3_000_000):
        f.write(f"{i},{i % 7}\n")
