# A workbook of 600 KB whose sheet unpacks to 600 MB of spaces: refused by its size, never unpacked.
import sys
import zipfile

sys.path.insert(0, sys.argv[1] + "/tests/sheets")
import make_workbooks as wb  # noqa: E402

parts = dict(wb.xlsx_parts([wb.Sheet("S", {1: ["a"], 2: [wb.Num("1")]})]))
sheet = parts.pop("xl/worksheets/sheet1.xml")
head, tail = sheet.split("<sheetData>")
with zipfile.ZipFile("book.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(zipfile.ZipInfo(name, wb.FIXED_TIME), text)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", wb.FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as f:
        f.write((head + "<sheetData>").encode())
        spaces = b" " * (1 << 20)
        for _ in range(600):
            f.write(spaces)
        f.write(tail.encode())
