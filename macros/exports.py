"""Open data: the whole content as JSON (per kind and combined), CSV per kind, and the JSON Schemas."""

from __future__ import annotations

import csv
import io
import json

from .kinds import BY_FOLDER, KINDS
from .schemas import schema_text
from .settings import Licence
from .store import Handbook, Record


def record_json(record: Record) -> dict:
    """The entity exactly as the data holds it, with the editors' Swedish keys, plus its id."""
    return {"id": record.id, **record.model.model_dump(mode="json", by_alias=True, exclude_defaults=True)}


def kind_json(handbook: Handbook, folder: str) -> list[dict]:
    return [record_json(r) for r in handbook.kind(folder).values()]


def combined_json(handbook: Handbook, licence: Licence | None = None, site_name: str = "Närvarohandboken") -> dict:
    licence = licence or Licence()
    return {
        "licens": licence.name,
        "licens_url": licence.url,
        "beskrivning": f"Allt innehåll i {site_name}. Nycklarna är desamma som i YAML-filerna i data/.",
        **{kind.folder: kind_json(handbook, kind.folder) for kind in KINDS},
    }


def kind_csv(handbook: Handbook, folder: str) -> str:
    """One row per entity; nested values (lists, objects) are JSON text in their cell."""
    rows = kind_json(handbook, folder)
    # A field without an alias has the same name in YAML and Python (period).
    columns = ["id"] + [f.alias or name for name, f in BY_FOLDER[folder].model.model_fields.items()]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value):
    return value if value is None or isinstance(value, str | int | float) else json.dumps(value, ensure_ascii=False)


def open_data_files(handbook: Handbook, licence: Licence | None = None, site_name: str = "Närvarohandboken") -> dict[str, str]:
    combined = combined_json(handbook, licence, site_name)
    files = {"oppna-data/narvarohandboken.json": json.dumps(combined, ensure_ascii=False, indent=1)}
    for kind in KINDS:
        files[f"oppna-data/{kind.folder}.json"] = json.dumps(kind_json(handbook, kind.folder), ensure_ascii=False, indent=1)
        files[f"oppna-data/{kind.folder}.csv"] = kind_csv(handbook, kind.folder)
        files[f"oppna-data/schemas/{kind.folder}.schema.json"] = schema_text(kind)
    return files
