open("a.txt", "w").write("7" * (16 << 20))
