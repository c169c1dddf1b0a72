# A template whose one check is a total of n terms, each a name with a parameter in it,
# applied once with a long argument: the apply is expanded once, and the check's text
# (the arguments in place) is made once, not once for each term.
DESCRIPTION = "one apply of a template whose check has n terms, with a long argument"
BASE = 20000
QUICK_BASE = 5000


def make(n, directory):
    argument = "area_" + "x" * 200
    terms = " + ".join(f"place.v{i % 10}" for i in range(n))
    lines = [f"let {argument}.v{i} = {i + 1}" for i in range(10)]
    lines += ["template sum_of(place):", '  claim total in "a.txt":', f"    check {terms} is 3", "end",
              f"apply sum_of({argument})"]
    (directory / "main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["check", "main.claims", "--format", "line"]
