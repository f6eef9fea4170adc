"""The årshjul as a reader meets it: a wheel of twelve months with each event in its month, the same events as a month
list, and a calendar file that a calendar program can read."""

import math
import re

import icalendar
import pytest
import yaml

from tests.support.sites import ROOT

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni",
          "juli", "augusti", "september", "oktober", "november", "december"]
SCHOOL_YEAR = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]


@pytest.fixture(scope="module")
def events():
    data = yaml.safe_load((ROOT / "data" / "arshjul" / "spanga-tensta.yml").read_text(encoding="utf-8"))
    return data["handelser"]


@pytest.fixture()
def wheel_page(page, real_site, serve):
    page.goto(serve(real_site) + "arshjul/spanga-tensta.html")
    return page


def test_wheel_shows_twelve_months_with_the_events_in_their_month(wheel_page, events):
    svg = wheel_page.locator(".nh-wheel-figure svg[role=img]")
    assert svg.is_visible() and svg.bounding_box()["width"] >= 300
    sectors = svg.locator("g.nh-sector")
    assert sectors.count() == 12
    labels = [s.locator("text.nh-month").text_content().strip() for s in sectors.all()]
    # A school year: August at the top, then clockwise to July, like a clock face.
    assert [label.casefold() for label in labels] == [MONTHS[m - 1][:3] for m in SCHOOL_YEAR]
    assert "augusti överst" in wheel_page.locator(".nh-wheel-figure figcaption").inner_text()
    box = svg.bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for i, sector in enumerate(sectors.all()):
        label = sector.locator("text.nh-month").bounding_box()
        x, y = label["x"] + label["width"] / 2 - cx, label["y"] + label["height"] / 2 - cy
        assert abs(math.degrees(math.atan2(x, -y)) % 360 - (i * 30 + 15)) < 10, labels[i]
    numbers_in_month = {
        month: [int(n) for n in re.findall(r"\d+", " ".join(s.locator("text.nh-numbers").all_text_contents()))]
        for month, s in zip(SCHOOL_YEAR, sectors.all(), strict=True)
    }
    # The list explains each number: "<number>. <title>" under the month's name, in the wheel's order.
    items = wheel_page.locator("ol.nh-months > li")
    assert items.count() == 12
    listed, numbers = [], []
    for month, item in zip(SCHOOL_YEAR, items.all(), strict=True):
        assert item.locator("strong").first.inner_text().casefold() == MONTHS[month - 1]
        for event in item.locator("li").all():
            number = int(event.locator(".nh-event-number").inner_text().rstrip("."))
            assert number in numbers_in_month[month], (month, number, numbers_in_month)
            listed.append((month, event.locator("strong").first.inner_text()))
            numbers.append(number)
    assert sorted(listed) == sorted((e["manad"], e["titel"]) for e in events)
    assert numbers == list(range(1, len(events) + 1)), "händelserna är numrerade från augusti och framåt"
    assert sum(len(n) for n in numbers_in_month.values()) == len(events)


def test_calendar_file_holds_every_event_recurring_yearly(wheel_page, events):
    with wheel_page.expect_download() as info:
        wheel_page.get_by_role("link", name=re.compile(r"kalenderfil \(\.ics\)")).click()
    download = info.value
    assert download.suggested_filename == "spanga-tensta.ics"
    calendar = icalendar.Calendar.from_ical(open(download.path(), "rb").read())
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(events)
    assert len({str(v["UID"]) for v in vevents}) == len(vevents)
    assert sorted((v.decoded("DTSTART").month, str(v["SUMMARY"])) for v in vevents) == sorted(
        (e["manad"], e["titel"]) for e in events)
    for item in vevents:
        assert item["RRULE"]["FREQ"] == ["YEARLY"]
        assert item.decoded("DTEND") > item.decoded("DTSTART")
