"""The participant follow-up (deltagaruppföljning) as a spreadsheet: one column per field the data lists.

The fields come from the steps (`steg`) of the tool deltagaruppfoljning, so a field added there appears as a new
column. A few steps name several fields at once or have fixed answers; SPLITS says how those become columns.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import queries
from .spreadsheet import append_text_row, csv_text
from .store import Handbook, Record
from .text import plain

ROWS = 500  # rows prepared with drop-down lists and number checks
EDITORS = "Valen är redaktionens tillägg; källan anger bara fältet."


@dataclass(frozen=True)
class Column:
    header: str
    choices: tuple[str, ...] = ()
    whole: tuple[int, int] | None = None  # allowed whole numbers
    percent: bool = False  # a share 0–100
    note: str = ""  # where the column or its choices come from, when not straight from the source


GRADES = ("F", *map(str, range(1, 10)), "Gy 1", "Gy 2", "Gy 3")
SERIAL = Column("Löpnummer", note="Redaktionens tillägg: ett nummer per elev i stället för namn, "
                "eftersom uppföljningen görs på gruppnivå.")

# Steps (as plain text) that hold several fields or fixed answers. Any other step becomes one free-text column.
SPLITS: dict[str, tuple[Column, ...]] = {
    "Kön, årskurs, ålder och skola": (
        Column("Kön", ("Flicka", "Pojke", "Annat eller uppgift saknas"), note=EDITORS),
        Column("Årskurs", GRADES, note="F betyder förskoleklass och Gy gymnasiet. " + EDITORS),
        Column("Ålder", whole=(5, 25)),
        Column("Skola"),
    ),
    "Omfattning av frånvaro vid inskrivning, och vid avslut av insatsen": (
        Column("Frånvaro vid inskrivning (%)", percent=True, note="Andel frånvaro i procent: redaktionens förslag."),
        Column("Frånvaro vid avslut (%)", percent=True, note="Andel frånvaro i procent: redaktionens förslag."),
    ),
    "Vilka insatser som genomförs och i vilken omfattning": (
        Column("Insatser som genomförs", note="Se fliken Verktygslådan för insatser ur handboken."),
        Column("Insatsernas omfattning"),
    ),
    "Om målen i handlingsplanen är uppfyllda": (Column("Om målen i handlingsplanen är uppfyllda", ("Ja", "Nej")),),
    "Avslutsorsak, om eleven fullföljt planering eller avslutat i förtid": (
        Column("Avslutsorsak", ("Fullföljt planering", "Avslutat i förtid")),
    ),
    "Elevens- och vårdnadshavares uppfattning/nöjdhet med insatsen": (
        Column("Elevens uppfattning/nöjdhet med insatsen"),
        Column("Vårdnadshavares uppfattning/nöjdhet med insatsen"),
    ),
}
# Steps that describe the follow-up itself rather than name a field: shown as notes, not as columns.
ABOUT_PREFIXES = ("Källa:", "Uppföljning på aggregerad nivå")
# The columns a team's action plan (handlingsplan) also asks about when the plan ends.
PLAN_COLUMNS = ("Om målen i handlingsplanen är uppfyllda", "Avslutsorsak", "Elevens uppfattning/nöjdhet med insatsen",
                "Vårdnadshavares uppfattning/nöjdhet med insatsen")


def layout(tool: Record) -> tuple[list[Column], list[str]]:
    """(columns, notes) for the follow-up tool's steps."""
    columns, notes = [SERIAL], []
    for step in tool.model.steps:
        text = plain(step)
        if text.startswith(ABOUT_PREFIXES):
            notes.append(text)
        else:
            columns.extend(SPLITS.get(text, (Column(text),)))
    return columns, notes


def plan_columns(tool: Record) -> list[Column]:
    return [c for c in layout(tool)[0] if c.header in PLAN_COLUMNS]


def as_csv(tool: Record) -> str:
    return csv_text([[c.header for c in layout(tool)[0]]])


def as_xlsx(tool: Record, handbook: Handbook, site_name: str) -> bytes:
    columns, notes = layout(tool)
    book = Workbook()
    sheet = book.active
    sheet.title = "Deltagaruppföljning"
    append_text_row(sheet, [c.header for c in columns])
    for number, column in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=number)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6EE")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = min(max(len(column.header) * 0.9, 12), 34)
        rule = _validation(column)
        if rule is not None:
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{ROWS + 1}")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    sources = [handbook.get("kallor", s).model.title for s in tool.model.sources]
    _about_sheet(book, tool, columns, notes, sources, site_name)
    _toolbox_sheet(book, handbook)
    # A fixed date keeps the file the same from build to build while the data is the same.
    book.properties.created = book.properties.modified = dt.datetime.combine(tool.model.reviewed, dt.time())
    book.properties.creator = site_name
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _validation(column: Column) -> DataValidation | None:
    if column.choices:
        rule = DataValidation(type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True)
        rule.error = "Välj ett av värdena i listan: " + ", ".join(column.choices) + "."
    elif column.whole:
        low, high = column.whole
        rule = DataValidation(type="whole", operator="between", formula1=str(low), formula2=str(high), allow_blank=True)
        rule.error = f"Skriv ett heltal mellan {low} och {high}."
    elif column.percent:
        rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
        rule.error = "Skriv en andel i procent, ett tal mellan 0 och 100."
    else:
        return None
    rule.errorTitle = column.header
    rule.showErrorMessage = True
    return rule


def _about_sheet(book: Workbook, tool: Record, columns: list[Column], notes: list[str], sources: list[str],
                 site_name: str) -> None:
    sheet = book.create_sheet("Om mallen")
    rows = [
        [f"{tool.title}: mall från {site_name}"],
        [plain(tool.model.description).split("\n")[0] if tool.model.description else ""],
        ["Fyll i en rad per elev vid inskrivning och vid avslut. Skriv inte namn eller personnummer."],
        *([n] for n in notes),
        [],
        ["Kolumn", "Fasta val", "Kommentar"],
        *([c.header, ", ".join(c.choices), c.note] for c in columns),
    ]
    if sources:
        rows += [[], ["Källor: " + "; ".join(sources)]]
    for row in rows:
        append_text_row(sheet, row)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    header_row = 5 + len(notes)
    for number in range(1, 4):
        sheet.cell(row=header_row, column=number).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 70


def _toolbox_sheet(book: Workbook, handbook: Handbook) -> None:
    groups = [(category, tools) for category, tools in queries.toolbox(handbook) if tools]
    if not groups:
        return
    sheet = book.create_sheet("Verktygslådan")
    append_text_row(sheet, ["Kategori", "Insats"])
    for number in (1, 2):
        sheet.cell(row=1, column=number).font = Font(bold=True)
    for category, tools in groups:
        for tool in tools:
            append_text_row(sheet, [category, tool.title])
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 60
