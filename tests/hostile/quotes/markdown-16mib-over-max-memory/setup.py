# 16 MiB of Markdown with markup every few characters: its parse tree (cmark's nodes, about
# 70 bytes of memory for each byte of it) is charged to --max-memory as it is built, so a
# run given 512 MiB stops cleanly while parsing it.
line = "R&amp;D \\*costs\\* **&pound;&nbsp;fees** [a](http://x/y) `code`\n"
text = line * ((15 << 20) // len(line)) + "\nrose by **5%** in all\n"
open("a.md", "w").write(text)
open("main.claims", "w").write('let a = 100\nlet b = 105\nclaim c in "a.md":\n  quote "rose by 5% in all"\n'
                               '  check change(a, b) is 5%\n')
