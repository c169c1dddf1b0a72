#!/usr/bin/env python3
# Small .xlsx and .ods workbooks for the tests, written with Python's zipfile and hand-written
# XML (no spreadsheet library): the e2e tests import it and write what they need at test time.
"""Write test workbooks.

    make_workbooks.py release FILE.xlsx|FILE.ods   the docs' example release (Table 3 and Notes)
    make_workbooks.py bad-data DIR                 the workbooks tests/bad/ uses (committed:
                                                   test_sheets.py checks they are what this writes)

As a module: xlsx(path, sheets, date1904=False) and ods(path, sheets), where each sheet is
Sheet(name, rows, merges) and rows maps a row number to its cells from column A: None is no
cell, a str a shared string, or Inline, Rich, Num, Date, Pct, Bool for the other kinds.
"""
import sys
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr


@dataclass
class Inline:  # an inline string (xlsx t="inlineStr")
    text: str


@dataclass
class Rich:  # a shared string written as rich-text runs
    runs: list


@dataclass
class Num:  # a number, as the digits the file stores ("0.1", "1.2345E-2")
    digits: str


@dataclass
class Date:  # a date, ISO or an xlsx serial: xlsx a serial with a date style; ods an ISO date-value
    value: str


@dataclass
class Pct:  # a percentage: the fraction stored (0.171 shows as 17.1%)
    fraction: str


@dataclass
class Bool:
    value: bool


@dataclass
class Sheet:
    name: str
    rows: dict
    merges: list = field(default_factory=list)  # "A5:C5"


FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same bytes on every run


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def column_letters(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def serial(value, date1904):
    """A date's serial number as Excel stores it (a serial as given stays as it is)."""
    if "-" not in value:
        return value
    import datetime
    day = datetime.date.fromisoformat(value)
    if date1904:
        return str((day - datetime.date(1904, 1, 1)).days)
    return str((day - datetime.date(1899, 12, 30)).days)  # past 1900-02-28: Excel counts a 29 February 1900


def xlsx_parts(sheets, date1904=False):
    strings = []

    def shared(item):
        strings.append(item)
        return len(strings) - 1

    sheet_parts = []
    for sheet in sheets:
        rows = []
        for number in sorted(sheet.rows):
            cells = []
            for i, cell in enumerate(sheet.rows[number], start=1):
                ref = f"{column_letters(i)}{number}"
                if cell is None:
                    continue
                if isinstance(cell, str):
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(cell)}</v></c>')
                elif isinstance(cell, Rich):
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(cell)}</v></c>')
                elif isinstance(cell, Inline):
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(cell.text)}</t></is></c>')
                elif isinstance(cell, Num):
                    cells.append(f'<c r="{ref}"><v>{cell.digits}</v></c>')
                elif isinstance(cell, Date):
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(cell.value, date1904)}</v></c>')
                elif isinstance(cell, Pct):
                    cells.append(f'<c r="{ref}" s="2"><v>{cell.fraction}</v></c>')
                elif isinstance(cell, Bool):
                    cells.append(f'<c r="{ref}" t="b"><v>{int(cell.value)}</v></c>')
            rows.append(f'<row r="{number}">{"".join(cells)}</row>')
        merges = "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges)
        merges = f'<mergeCells count="{len(sheet.merges)}">{merges}</mergeCells>' if sheet.merges else ""
        sheet_parts.append(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}"><sheetData>{"".join(rows)}</sheetData>'
                           f'{merges}</worksheet>')

    def si(item):
        if isinstance(item, Rich):
            return "<si>" + "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(run)}</t></r>'
                                    for run in item.runs) + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
        return f'<si><t xml:space="preserve">{escape(item)}</t></si>'

    listed = "".join(f'<sheet name={quoteattr(s.name)} sheetId="{i}" r:id="rId{i}"/>'
                     for i, s in enumerate(sheets, start=1))
    epoch = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    rels = "".join(f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(sheets) + 1))
    n = len(sheets)
    rels += (f'<Relationship Id="rId{n + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{RELS}/styles" Target="styles.xml"/>')
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
         f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
         f'{epoch}<sheets>{listed}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?>'
         f'<Relationships xmlns="{PACKAGE_RELS}">{rels}</Relationships>'),
        # Style 1 a custom date format, 2 the built-in percentage 10 (0.00%).
        ("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
         '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
         '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
         '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
         '<xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>'),
    ]
    parts += [(f"xl/worksheets/sheet{i}.xml", text) for i, text in enumerate(sheet_parts, start=1)]
    parts.append(("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" '
                  f'count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(si(s) for s in strings)}</sst>'))
    return parts


def relocated(parts):
    """The same workbook with its parts where Excel does not put them, found only through the
    relationships: the workbook at book/main.xml, sheets named from the package's root, the shared
    strings through "..", and a link to the outside that names no part."""
    moves = {"xl/workbook.xml": "book/main.xml", "xl/_rels/workbook.xml.rels": "book/_rels/main.xml.rels",
             "xl/sharedStrings.xml": "strings/shared.xml", "xl/styles.xml": "book/styles.xml"}
    out = []
    for name, text in parts:
        if name == "_rels/.rels":
            text = text.replace('Target="xl/workbook.xml"', 'Target="book/main.xml"')
        if name == "xl/_rels/workbook.xml.rels":
            text = (text.replace('Target="worksheets/', 'Target="/book/sheets/')
                    .replace('Target="sharedStrings.xml"', 'Target="../strings/shared.xml"')
                    .replace("</Relationships>", f'<Relationship Id="rIdLink" Type="{RELS}/hyperlink" '
                             'Target="https://example.org/release" TargetMode="External"/></Relationships>'))
        out.append((moves.get(name, name.replace("xl/worksheets/", "book/sheets/")), text))
    return out


def xlsx(path, sheets, date1904=False, relocate=False):
    parts = xlsx_parts(sheets, date1904)
    write_zip(path, relocated(parts) if relocate else parts)


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_cell(cell, span=None):
    spanned = f' table:number-columns-spanned="{span}"' if span else ""
    if cell is None:
        return f"<table:table-cell{spanned}/>"
    if isinstance(cell, Num):
        return f'<table:table-cell office:value-type="float" office:value="{cell.digits}"{spanned}><text:p>shown</text:p></table:table-cell>'
    if isinstance(cell, Pct):
        return f'<table:table-cell office:value-type="percentage" office:value="{cell.fraction}"{spanned}><text:p>%</text:p></table:table-cell>'
    if isinstance(cell, Date):
        return f'<table:table-cell office:value-type="date" office:date-value="{cell.value}"{spanned}><text:p>d</text:p></table:table-cell>'
    if isinstance(cell, Bool):
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{str(cell.value).lower()}"{spanned}/>'
    text = cell.text if isinstance(cell, Inline) else "".join(cell.runs) if isinstance(cell, Rich) else cell
    return f'<table:table-cell office:value-type="string"{spanned}><text:p>{escape(text)}</text:p></table:table-cell>'


def ods_table(sheet):
    spans = {}  # (row, column) -> columns spanned
    for m in sheet.merges:
        first, last = m.split(":")
        col = lambda ref: sum((ord(c) - 64) * 26 ** i for i, c in enumerate(reversed(ref.rstrip("0123456789"))))
        spans[(int(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), col(first))] = col(last) - col(first) + 1
    out, at = [], 1
    for number in sorted(sheet.rows):
        if number > at:
            out.append(f'<table:table-row table:number-rows-repeated="{number - at}"><table:table-cell/></table:table-row>')
        cells, column, row = [], 1, sheet.rows[number]
        while column <= len(row):
            span = spans.get((number, column))
            cells.append(ods_cell(row[column - 1], span))
            for _ in range(1, span or 1):
                cells.append("<table:covered-table-cell/>")
            column += span or 1
        cells.append('<table:table-cell table:number-columns-repeated="16000"/>')  # as spreadsheets pad a row
        out.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        at = number + 1
    out.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
               'table:number-columns-repeated="16384"/></table:table-row>')
    return f'<table:table table:name={quoteattr(sheet.name)}>{"".join(out)}</table:table>'


def ods_parts(sheets):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet>{"".join(ods_table(s) for s in sheets)}'
               '</office:spreadsheet></office:body></office:document-content>')
    return [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", content)]


def ods(path, sheets):
    write_zip(path, ods_parts(sheets))


# The release the docs and the differential test use: a title and a note above the table,
# "Offences" merged over two year columns, figures as a spreadsheet stores them.
RELEASE_ROWS = [
    ("Kent", "1820", "1,905", "0.1", "2017-03-01"),
    ("Essex", "1300", "1,288", "0.25", "2017-03-02"),
    ("Surrey", "960", "1,004", "1.5E-1", "2017-03-03"),
]


def release_sheets():
    rows = {1: ["Table 3: Offences by force"], 2: ["Source: a test fixture"],
            5: ["Force", "Offences", None, "Rate", "Published"],
            6: [None, "2016", "2017", None, None]}
    for i, (force, a, b, rate, day) in enumerate(RELEASE_ROWS):
        rows[7 + i] = [force, Num(a), b, Num(rate), Date(day)]
    return [Sheet("Notes", {1: ["About this release"]}), Sheet("Table 3", rows, ["B5:C5"])]


def release_csv():
    lines = ["Force,Offences 2016,Offences 2017,Rate,Published"]
    for force, a, b, rate, day in RELEASE_ROWS:
        rate_text = {"1.5E-1": "0.15"}.get(rate, rate)
        lines.append(f'{force},{a},"{b}",{rate_text},{day}')
    return "\n".join(lines) + "\n"


def bad_data(directory):
    """The workbooks of tests/bad/."""
    import pathlib
    d = pathlib.Path(directory)
    xlsx(d / "release.xlsx", release_sheets())
    ods(d / "release.ods", release_sheets())
    bad = release_sheets()
    bad[1].rows[8][1] = "n/a"
    xlsx(d / "bad_cell.xlsx", bad)
    (d / "not_a_zip.xlsx").write_bytes(b"Force,Offences\nKent,1820\n")


def main(argv):
    if len(argv) == 3 and argv[1] == "release":
        (xlsx if argv[2].endswith(".xlsx") else ods)(argv[2], release_sheets())
    elif len(argv) == 3 and argv[1] == "bad-data":
        bad_data(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
