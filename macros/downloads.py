"""Files offered for download next to the pages: calendars for every årshjul, the open data, the templates teams
fill in, and the colours from installningar.yml."""

from __future__ import annotations

from . import settings, team_templates
from .calendar import wheel_ics
from .exports import open_data_files
from .render import Renderer
from .store import Handbook


def downloads(handbook: Handbook, renderer: Renderer) -> dict[str, str | bytes]:
    out: dict[str, str | bytes] = {}
    for record in handbook.kind("arshjul").values():
        out[f"arshjul/{record.id}.ics"] = wheel_ics(record)
    org = settings.load(handbook.root)
    out.update(open_data_files(handbook, org.licence, org.site_name))
    out[settings.CSS_PATH] = settings.colour_css(org)
    out.update(team_templates.files(handbook, org.site_name, org.colours.primary, renderer.site.directory_urls))
    return out
