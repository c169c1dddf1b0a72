# sum by a key of a million distinct values: compact per group (was 1.25 GB).
with open("t.csv", "w") as f:
    f.write("k,v\n")
    for i in range(1_000_000):
        f.write(f"key{i},{i % 7}\n")
