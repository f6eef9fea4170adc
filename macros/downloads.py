"""Files offered for download next to the pages: calendars for every årshjul and the open data."""

from __future__ import annotations

from .calendar import wheel_ics
from .exports import open_data_files
from .render import Renderer
from .store import Handbook


def downloads(handbook: Handbook, renderer: Renderer) -> dict[str, str | bytes]:
    out: dict[str, str | bytes] = {}
    for record in handbook.kind("arshjul").values():
        out[f"arshjul/{record.id}.ics"] = wheel_ics(record)
    out.update(open_data_files(handbook))
    return out
