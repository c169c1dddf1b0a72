# Six articles of 16 MiB each, the default --max-file-size: white space, then one sentence.
size = 16 << 20
for name in "abcdef":
    sentence = f"In {name.upper()}, the council said 42 apples were sold in {name}.\n"
    with open(f"{name}.txt", "w") as f:
        f.write(" " * (size - len(sentence) - 1) + "\n" + sentence)
