"""An årshjul starts where its data says: August (a school year) unless forsta_manad says otherwise."""

import re

import icalendar

from tests.support.sites import ROOT, build, make_project

WHEEL = "data/arshjul/spanga-tensta.yml"


def _months_in_list(html: str) -> list[str]:
    return re.findall(r'<li class="nh-month-item" value="\d+"><strong>(\w+)</strong>', html)


def test_a_calendar_year_wheel_starts_in_january(tmp_path):
    project = make_project(tmp_path / "project")
    text = (ROOT / WHEEL).read_text(encoding="utf-8")
    (project / WHEEL).write_text(text.replace("\nhandelser:", "\nforsta_manad: 1\nhandelser:", 1), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (project / "site" / "arshjul" / "spanga-tensta.html").read_text(encoding="utf-8")
    assert _months_in_list(html)[:2] == ["Januari", "Februari"]
    assert "Hjulet börjar med januari överst" in html
    calendar = icalendar.Calendar.from_ical((project / "site" / "arshjul" / "spanga-tensta.ics").read_bytes())
    assert {event.decoded("DTSTART").year for event in calendar.walk("VEVENT")} == {2025}


def test_a_school_year_wheel_starts_in_august(real_site):
    html = (real_site / "arshjul" / "spanga-tensta.html").read_text(encoding="utf-8")
    months = _months_in_list(html)
    assert months[0] == "Augusti" and months[-1] == "Juli" and len(months) == 12
    calendar = icalendar.Calendar.from_ical((real_site / "arshjul" / "spanga-tensta.ics").read_bytes())
    years = {event.decoded("DTSTART").month: event.decoded("DTSTART").year for event in calendar.walk("VEVENT")}
    assert all(year == (2025 if month >= 8 else 2026) for month, year in years.items())
