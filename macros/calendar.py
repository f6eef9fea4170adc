"""An årshjul as an iCalendar file (RFC 5545): one all-day event per wheel event, recurring every year."""

from __future__ import annotations

import datetime as dt

import icalendar

from .store import Record
from .text import plain

FIRST_YEAR = 2025  # events start in the school year 2025/26 and repeat yearly


def wheel_ics(record: Record) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Närvarohandboken//Årshjul//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = record.model.name
    cal.add("x-wr-calname", name if name.lower().startswith("årshjul") else f"Årshjul: {name}")
    for number, event in enumerate(sorted(record.model.events, key=lambda e: e.month), 1):
        # A wheel runs from its first month (August for a school year): months before it belong to the next year.
        year = FIRST_YEAR if event.month >= record.model.first_month else FIRST_YEAR + 1
        start = dt.date(year, event.month, 1)
        item = icalendar.Event()
        item.add("uid", f"{record.id}-{number}@narvarohandboken")
        item.add("dtstamp", dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        item.add("summary", event.title)
        description = plain(event.text) if event.text else event.title
        if event.interpreted:
            description += " (Månaden är tolkad av redaktionen; källan anger den inte.)"
        item.add("description", description)
        item.add("dtstart", start)
        item.add("dtend", start + dt.timedelta(days=1))
        item.add("rrule", {"freq": "yearly"})
        item.add("transp", "TRANSPARENT")
        cal.add_component(item)
    return cal.to_ical()
