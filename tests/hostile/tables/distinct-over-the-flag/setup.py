with open("t.csv", "w") as f:
    f.write("name\n")
    for i in range(5000):
        f.write(f"person {i}\n")
