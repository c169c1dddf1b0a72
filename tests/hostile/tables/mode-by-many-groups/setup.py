with open("t.csv", "w") as f:
    f.write("k,age\n")
    for i in range(700_000):
        f.write(f"k{i},{i % 90}\n")
