# 300,000 unknown names on one line of 900 KB: each error keeps only the part of the line it
# shows, and finds its column from a table, not by walking the line from its start.
import pathlib

pathlib.Path("main.claims").write_text(
    'claim c in "a.txt":\n  check sum(' + ", ".join(["b"] * 300000) + ") is 5\n", encoding="utf-8")
