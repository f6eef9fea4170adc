"""Cells for CSV and Excel files that spreadsheet programs show as text, never run as formulas.

A text from data that starts with = (or +, @, or - followed by a character) would be run by Excel or LibreOffice
as a formula when a CSV file is opened (CSV injection): a leading apostrophe keeps it text. In XLSX files the cell
is marked as text instead, so the value stays as it is. A Markdown list ("- punkt") is left alone.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

_FORMULA = re.compile(r"[=+@\t\r]|-(?! )")


def csv_cell(value: Any) -> Any:
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue()


def append_text_row(sheet, row: list[Any]) -> None:
    """sheet.append(row), with every text cell kept as text (openpyxl makes '=…' a formula)."""
    sheet.append(row)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.data_type == "f":
            cell.data_type = "s"
