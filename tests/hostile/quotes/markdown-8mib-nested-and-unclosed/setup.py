# An 8 MiB Markdown article of block quotes nested 100,000 deep, unclosed brackets and
# emphasis, and escapes and entities (and no number but the quote's): read and located within the limits.
text = ">" * 100000 + " deep\n\n" + "[" * 200000 + "*_" * 200000 + "\n\n"
line = "R&amp;D \\*costs\\* **&pound;&nbsp;fees** [a](http://x/y) `code`\n"
text += line * ((7 << 20) // len(line)) + "\nrose by **5%** in all\n"
open("a.md", "w").write(text)
open("main.claims", "w").write('let a = 100\nlet b = 105\nclaim c in "a.md":\n  quote "rose by 5% in all"\n'
                               '  check change(a, b) is 5%\n')
