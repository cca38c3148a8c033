#!/usr/bin/python3
"""Writes the legacy .xls job sheets the tests read (made for LaserGrains; needs python3-xlwt). Run from this folder."""
import xlwt

def sheet(book, name, rows):
    s = book.add_sheet(name)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                s.write(r, c, value)

# A shop's own job sheet saved by an old Excel: title, labels, header on row 4, part number beside the description.
book = xlwt.Workbook(encoding="cp1252")
sheet(book, "Job Sheet", [
    ["Laser cutting order - Fabrications Ltd"],
    ["Customer:", "CL0107"],
    [],
    ["Part No.", "Description", "Material", "Thk (mm)", "Qty", "Drawing"],
    ["FL-1001", "Flange plate", "MS", 6, 4, "FL-1001.dxf"],
    ["FL-1002", "Cover", "304 S/S", 1.5, "10 off", "FL-1002.dxf"],
    ["FL-1003", "Bracket", "Ali 5083", 3, "x2", "FL-1003.dxf"],
    [],
    ["Total", None, None, None, 16],
])
book.save("job-sheet.xls")

# A profile cut list over two sheets: model codes, lengths in their own column, sections by job code, zero rows.
book = xlwt.Workbook(encoding="utf-8")
for name, job, rows in [("Frame", "JB-2291", [["RHS-40", 1200, 4, 2], ["RHS-40", 850, 2, 1]]),
                        ("Legs", "JB-2292", [["SHS-50", 740, 8, 2]])]:
    sheet(book, name, [["Profile cut list"], [], ["Model", "Length (mm)", "Qty", "Qty"], [job]] + rows + [[0, 0, 0, 0]])
book.save("profile-cut-list.xls")
