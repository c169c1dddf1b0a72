# One template of three claims applied n times, each apply to figures of its own:
# every apply is expanded once and checked like a claim written out.
DESCRIPTION = "n applies of a template of three claims"
BASE = 2000
QUICK_BASE = 1000


def make(n, directory):
    lines = []
    for i in range(n):
        lines += [f"let f{i}.a = {100 + i} during FY2015/16", f"let f{i}.b = {150 + i} during FY2016/17"]
    lines += ["template force(name):", '  claim rise in "a.txt":', "    check change(name.a, name.b) is 40%",
              '  claim hundreds in "a.txt":', "    check name.b is 150", '  claim more in "a.txt":',
              "    check name.b > name.a", "end"]
    lines += [f"apply force(f{i})" for i in range(n)]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
