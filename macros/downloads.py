"""Files offered for download next to the pages: calendars for every årshjul (more formats in exports)."""

from __future__ import annotations

from .calendar import wheel_ics
from .render import Renderer
from .store import Handbook


def downloads(handbook: Handbook, renderer: Renderer) -> dict[str, str | bytes]:
    out: dict[str, str | bytes] = {}
    for record in handbook.kind("arshjul").values():
        out[f"arshjul/{record.id}.ics"] = wheel_ics(record)
    return out
