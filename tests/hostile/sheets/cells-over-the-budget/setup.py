# A sheet of 400,000 rows of five 40-character texts, packed small: reading it would take more
# than the run's 64 MB, which stops it before the memory is taken.
import sys

sys.path.insert(0, sys.argv[1] + "/tests/sheets")
import make_workbooks as wb  # noqa: E402

text = "x" * 40
rows = {1: ["a", "b", "c", "d", "e"]}
for r in range(2, 400002):
    rows[r] = [wb.Inline(text)] * 5
wb.xlsx("book.xlsx", [wb.Sheet("S", rows)])
