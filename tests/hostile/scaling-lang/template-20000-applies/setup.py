# One template of two claims applied 20,000 times in one file, in a file of its own.
import pathlib

lines = []
for i in range(20000):
    lines += [f"let f{i}.a = {100 + i} during FY2015/16", f"let f{i}.b = {150 + i} during FY2016/17"]
lines += ['use "templates.claims"'] + [f"apply force(f{i})" for i in range(20000)]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
pathlib.Path("templates.claims").write_text(
    'template force(name):\n  claim rise in "a.txt":\n    check change(name.a, name.b) is 40%\n'
    '  claim more in "a.txt":\n    check name.b > name.a\nend\n', encoding="utf-8")
