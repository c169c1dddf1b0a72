# An article of 1 MiB: read, it is charged 4 bytes a byte, and its quote index 6 more; the claims
# file 64 bytes a byte, its one name 128 and the list of files it reaches 8: 10492030 bytes in all, just what --max-memory allows.
size = 1 << 20
sentence = "The council said 42 apples were sold.\n"
with open("article.txt", "w") as f:
    f.write("Nothing happened today. " * ((size - len(sentence)) // 24) + "\n" + sentence)
