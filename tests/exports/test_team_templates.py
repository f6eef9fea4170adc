"""Templates a team fills in, downloaded from the built site and parsed: CSV, XLSX, ICS, printable HTML and YAML."""

import csv
import io
import posixpath
import re
from html.parser import HTMLParser

import icalendar
import openpyxl
import pytest
import yaml

from macros.text import plain

TEMPLATE_LINK = re.compile(r'href="(mallar/[^"#]+|satsningar/[^"#]+\.mall\.yml|arshjul/[^"#]+\.ics)"')


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def rows_of(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8"))))


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


@pytest.fixture(scope="module")
def listed(page_html) -> list[str]:
    """Every template and download the Mallar page links to."""
    return sorted(set(TEMPLATE_LINK.findall(page_html("mallar.html"))))


def test_mallar_page_offers_every_kind_of_template(listed, handbook):
    for path in ("mallar/samverkansplan.html", "mallar/handlingsplan.html", "mallar/deltagaruppfoljning.csv",
                 "mallar/deltagaruppfoljning.xlsx", "mallar/checklista-tidiga-tecken.html"):
        assert path in listed, path
    for wheel in handbook.kind("arshjul"):
        assert {f"mallar/arshjul-{wheel}.html", f"mallar/arshjul-{wheel}.csv", f"arshjul/{wheel}.ics"} <= set(listed)
    for initiative in handbook.kind("satsningar"):
        assert f"satsningar/{initiative}.mall.yml" in listed


def test_every_listed_file_downloads_and_parses(listed, download):
    for path in listed:
        body, _ = download(path)
        suffix = path.rsplit(".", 1)[-1]
        if suffix == "csv":
            assert rows_of(body)[0], path
        elif suffix == "xlsx":
            assert openpyxl.load_workbook(io.BytesIO(body)).sheetnames, path
        elif suffix == "ics":
            assert icalendar.Calendar.from_ical(body).walk("VEVENT"), path
        elif suffix == "yml":
            assert isinstance(yaml.safe_load(body.decode("utf-8")), dict), path
        else:
            html = body.decode("utf-8")
            assert '<html lang="sv">' in html and "<h1>" in html and "<title>" in html, path


def test_links_inside_printable_templates_lead_to_existing_pages(listed, download, real_site):
    for path in (p for p in listed if p.endswith(".html")):
        html = download(path)[0].decode("utf-8")
        parser = Links()
        parser.feed(html)
        assert parser.hrefs, path
        for href in parser.hrefs:
            if href.startswith("#"):
                assert f'id="{href[1:]}"' in html, (path, href)
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
            assert (real_site / target).is_file(), (path, href)


def test_follow_up_has_a_column_for_every_tracked_field(download, handbook):
    body, _ = download("mallar/deltagaruppfoljning.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book["Deltagaruppföljning"]
    headers = [c.value for c in sheet[1]]
    for field in ("Kön", "Årskurs", "Ålder", "Skola", "Frånvaro vid inskrivning (%)", "Frånvaro vid avslut (%)",
                  "Orsaker till frånvaroproblematiken", "Insatser som genomförs", "Insatsernas omfattning",
                  "Resultat av insatsen", "Om målen i handlingsplanen är uppfyllda", "Avslutsorsak",
                  "Elevens uppfattning/nöjdhet med insatsen", "Vårdnadshavares uppfattning/nöjdhet med insatsen"):
        assert field in headers, field
    assert rows_of(download("mallar/deltagaruppfoljning.csv")[0]) == [headers]
    about = " ".join(str(c) for row in book["Om mallen"].iter_rows(values_only=True) for c in row if c)
    assert "Exceldokument som fylls i vid inskrivning och avslut" in about
    toolbox = [row[1] for row in book["Verktygslådan"].iter_rows(min_row=2, values_only=True)]
    assert "SIP" in toolbox and "Motiverande samtal" in toolbox


def test_follow_up_has_drop_down_lists_for_fixed_choices(download):
    sheet = openpyxl.load_workbook(io.BytesIO(download("mallar/deltagaruppfoljning.xlsx")[0]))["Deltagaruppföljning"]
    column = {c.value: c.column_letter for c in sheet[1]}
    rules = {str(r.sqref): r for r in sheet.data_validations.dataValidation}
    expected = {
        "Avslutsorsak": '"Fullföljt planering,Avslutat i förtid"',
        "Om målen i handlingsplanen är uppfyllda": '"Ja,Nej"',
        "Kön": '"Flicka,Pojke,Annat eller uppgift saknas"',
    }
    for header, formula in expected.items():
        rule = rules[f"{column[header]}2:{column[header]}501"]
        assert (rule.type, rule.formula1, rule.showErrorMessage) == ("list", formula, True), header
    grades = rules[f"{column['Årskurs']}2:{column['Årskurs']}501"]
    assert grades.type == "list" and '"F,1,' in grades.formula1 and ",9," in grades.formula1
    assert rules[f"{column['Ålder']}2:{column['Ålder']}501"].type == "whole"
    share = rules[f"{column['Frånvaro vid inskrivning (%)']}2:{column['Frånvaro vid inskrivning (%)']}501"]
    assert (share.type, share.formula1, share.formula2) == ("decimal", "0", "100")


def test_wheel_calendar_has_every_event_repeating_yearly(download, handbook):
    for wheel_id, wheel in handbook.kind("arshjul").items():
        calendar = icalendar.Calendar.from_ical(download(f"arshjul/{wheel_id}.ics")[0])
        events = calendar.walk("VEVENT")
        expected = sorted((e.month, e.title) for e in wheel.model.events)
        assert sorted((e.decoded("dtstart").month, str(e["summary"])) for e in events) == expected
        for event in events:
            assert event["rrule"]["FREQ"] == ["YEARLY"]


def test_printable_wheel_lists_every_event_with_room_to_adapt(download, handbook):
    for wheel_id, wheel in handbook.kind("arshjul").items():
        html = download(f"mallar/arshjul-{wheel_id}.html")[0].decode("utf-8")
        text = text_of(html)
        for event in wheel.model.events:
            assert plain(event.text) in text, event.title
        for column in ("Vår månad", "Ansvarig", "Anteckningar"):
            assert f">{column}<" in html
        table = rows_of(download(f"mallar/arshjul-{wheel_id}.csv")[0])
        assert table[0][:3] == ["Månad", "Månadens namn", "Händelse"]
        assert sorted((int(r[0]), r[2]) for r in table[1:]) == sorted((e.month, e.title) for e in wheel.model.events)


def test_checklist_of_early_signs_invents_no_items(download, handbook):
    tool = handbook.get("verktyg", "checklista-tidiga-tecken")
    assert not tool.model.steps, "the source gives no items; this test assumes the data has none"
    html = download("mallar/checklista-tidiga-tecken.html")[0].decode("utf-8")
    assert "Källan återger inte checklistans innehåll" in html
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)]
    assert len(cells) >= 10
    assert all(row[0].isdigit() and not any(row[1:]) for row in cells), "every row is numbered and empty"
    assert rows_of(download("mallar/checklista-tidiga-tecken.csv")[0]) == [
        ["Nr", "Tidigt tecken att uppmärksamma", "Vad vi gör när vi ser det", "Ansvarig"]]


def test_plans_are_built_from_the_data(download, handbook):
    plan = text_of(download("mallar/samverkansplan.html")[0].decode("utf-8"))
    sandviken = handbook.get("satsningar", "samverkan-okad-skolnarvaro-sandviken").model
    for factor in sandviken.success_factors:
        assert plain(factor.text) in plan
    assert "Verksamhetsöverskridande konsultation" in plan and "Källan beskriver inte vad en samverkansplan innehåller" in plan
    action = text_of(download("mallar/handlingsplan.html")[0].decode("utf-8"))
    for tool in handbook.kind("verktyg").values():
        if tool.model.toolbox_category:
            assert tool.title in action, tool.title
    for words in ("Fullföljt planering", "Avslutat i förtid", "Om målen i handlingsplanen är uppfyllda", "Specialpedagog"):
        assert words in action, words


def test_pages_link_to_their_templates(page_html):
    for page, files in {
        "verktyg/samverkansplan.html": ["../mallar/samverkansplan.html"],
        "verktyg/handlingsplan.html": ["../mallar/handlingsplan.html"],
        "verktyg/deltagaruppfoljning.html": ["../mallar/deltagaruppfoljning.xlsx", "../mallar/deltagaruppfoljning.csv"],
        "verktyg/checklista-tidiga-tecken.html": ["../mallar/checklista-tidiga-tecken.html"],
        "arshjul/spanga-tensta.html": ["../mallar/arshjul-spanga-tensta.html", "spanga-tensta.ics"],
        "satsningar/narvaroteam-molndal.html": ["narvaroteam-molndal.mall.yml"],
    }.items():
        html = page_html(page)
        for href in files:
            assert f'href="{href}"' in html, (page, href)


def test_a_new_step_in_the_data_becomes_a_new_column(tmp_path):
    from tests.support.sites import ROOT, build, make_project

    project = make_project(tmp_path / "project")
    path = project / "data" / "verktyg" / "deltagaruppfoljning.yml"
    text = (ROOT / "data" / "verktyg" / "deltagaruppfoljning.yml").read_text(encoding="utf-8")
    path.write_text(text.replace("steg:\n", 'steg:\n  - "Antal samtal med vårdnadshavare"\n', 1), encoding="utf-8")
    assert build(project).returncode == 0
    headers = rows_of((project / "site" / "mallar" / "deltagaruppfoljning.csv").read_bytes())[0]
    assert headers[1] == "Antal samtal med vårdnadshavare"
    sheet = openpyxl.load_workbook(project / "site" / "mallar" / "deltagaruppfoljning.xlsx")["Deltagaruppföljning"]
    assert [c.value for c in sheet[1]] == headers


def test_text_that_looks_like_a_formula_stays_text_in_spreadsheets(tmp_path):
    from tests.support.sites import ROOT, build, make_project

    project = make_project(tmp_path / "project")
    path = project / "data" / "verktyg" / "deltagaruppfoljning.yml"
    text = (ROOT / "data" / "verktyg" / "deltagaruppfoljning.yml").read_text(encoding="utf-8")
    text = text.replace('namn: "Deltagaruppföljning"', 'namn: "=HYPERLINK(\\"https://example.com\\") uppföljning"')
    text = text.replace("steg:\n", 'steg:\n  - "=1+2"\n  - "-2+3"\n  - "@SUMMA(A1)"\n', 1)
    path.write_text(text, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    site = project / "site"
    # CSV: a leading apostrophe, so Excel and LibreOffice show the text instead of running it.
    headers = rows_of((site / "mallar" / "deltagaruppfoljning.csv").read_bytes())[0]
    assert headers[1:4] == ["'=1+2", "'-2+3", "'@SUMMA(A1)"]
    tools = list(csv.DictReader(io.StringIO((site / "oppna-data" / "verktyg.csv").read_text(encoding="utf-8"))))
    assert next(r for r in tools if r["id"] == "deltagaruppfoljning")["namn"] == "'=HYPERLINK(\"https://example.com\") uppföljning"
    # JSON keeps the value as it is.
    assert '"namn": "=HYPERLINK(' in (site / "oppna-data" / "verktyg.json").read_text(encoding="utf-8")
    # XLSX: the same text, stored as text rather than as a formula.
    book = openpyxl.load_workbook(site / "mallar" / "deltagaruppfoljning.xlsx")
    cells = [*book["Deltagaruppföljning"][1], book["Om mallen"]["A1"]]
    texts = {c.value: c.data_type for c in cells}
    assert texts["=1+2"] == "s" and texts["@SUMMA(A1)"] == "s"
    assert texts['=HYPERLINK("https://example.com") uppföljning: mall från Närvarohandboken'] == "s"
    assert all(c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row)


@pytest.mark.parametrize(("text", "cell"), [
    ("=1+2", "'=1+2"), ("+46 31 00 00", "'+46 31 00 00"), ("@SUMMA(A1)", "'@SUMMA(A1)"), ("-2+3", "'-2+3"),
    ("- en punkt i en lista", "- en punkt i en lista"), ("Mölndal", "Mölndal"), ("", ""), (3, 3),
])
def test_csv_cells_never_start_a_formula(text, cell):
    from macros.spreadsheet import csv_cell

    assert csv_cell(text) == cell
