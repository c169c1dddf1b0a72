# A template whose one check totals 2,000 names, each with the parameter in it, applied once
# with a 200-character argument: expanded once, its text made once.
import pathlib

argument = "area_" + "x" * 200
terms = " + ".join(f"place.v{i % 10}" for i in range(2000))
lines = [f"let {argument}.v{i} = {i + 1}" for i in range(10)]
lines += ["template sum_of(place):", '  claim total in "a.txt":', f"    check {terms} is 3", "end",
          f"apply sum_of({argument})"]
pathlib.Path("main.claims").write_text("\n".join(lines) + "\n", encoding="utf-8")
