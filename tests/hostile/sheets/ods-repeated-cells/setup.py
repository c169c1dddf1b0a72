# A few hundred bytes of OpenDocument that repeat one cell across every column of a million
# rows: 17 billion cells, stopped at the cell limit.
import sys

sys.path.insert(0, sys.argv[1] + "/tests/sheets")
import make_workbooks as wb  # noqa: E402

content = dict(wb.ods_parts([wb.Sheet("S", {1: ["a"]})]))["content.xml"]
many = ('<table:table-row table:number-rows-repeated="1048575"><table:table-cell office:value-type="string" '
        'table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>')
content = content.replace("</table:table-row>", "</table:table-row>" + many, 1)
wb.write_zip("book.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", content)])
