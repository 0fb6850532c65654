#!/usr/bin/env python3
"""Reads a workbook with openpyxl (an independent reader) and prints it as JSON: per sheet its frozen
cell, its autofilter, every row's values (numbers as numbers, text as text) and, per cell of the third
row, the number format; and which text cells are italic."""
import json
import sys
import warnings

warnings.simplefilter("ignore")
import openpyxl  # noqa: E402

book = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in book.worksheets:
    rows = []
    italic = []
    for r, row in enumerate(ws.iter_rows(), start=1):
        rows.append([c.value for c in row])
        italic.extend(f"{r}:{c.column}" for c in row if isinstance(c.value, str) and c.font.i)
    third = [c.number_format for c in ws[3]] if ws.max_row >= 3 else []
    out[ws.title] = {
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "rows": rows,
        "formats": third,
        "italic": italic,
    }
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
