"""Open data: the whole content as JSON (per kind and combined), CSV per kind, and the JSON Schemas."""

from __future__ import annotations

import csv
import io
import json

from .kinds import BY_FOLDER, KINDS
from .schemas import schema_text
from .settings import Licence
from .spreadsheet import csv_cell
from .store import Handbook, Record


def record_json(record: Record) -> dict:
    """The entity exactly as the data holds it, with the editors' Swedish keys, plus its id."""
    return {"id": record.id, **record.model.model_dump(mode="json", by_alias=True, exclude_defaults=True)}


def kind_json(handbook: Handbook, folder: str) -> list[dict]:
    return [record_json(r) for r in handbook.kind(folder).values()]


def combined_json(handbook: Handbook, licence: Licence | None = None, site_name: str = "Närvarohandboken",
                  by_kind: dict[str, list[dict]] | None = None) -> dict:
    licence = licence or Licence()
    by_kind = by_kind or {kind.folder: kind_json(handbook, kind.folder) for kind in KINDS}
    return {
        "licens": licence.name,
        "licens_url": licence.url,
        "beskrivning": f"Allt innehåll i {site_name}. Nycklarna är desamma som i YAML-filerna i data/.",
        **{kind.folder: by_kind[kind.folder] for kind in KINDS},
    }


def kind_csv(handbook: Handbook, folder: str, rows: list[dict] | None = None) -> str:
    """One row per entity; nested values (lists, objects) are JSON text in their cell."""
    rows = kind_json(handbook, folder) if rows is None else rows
    # A field without an alias has the same name in YAML and Python (period).
    columns = ["id"] + [f.alias or name for name, f in BY_FOLDER[folder].model.model_fields.items()]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(_cell(v)) for k, v in row.items()})
    return out.getvalue()


def _json(value) -> str:
    # One line per entity: readable, and unlike indent= it keeps the json module's C encoder (national scale).
    items = value if isinstance(value, list) else None
    if items is not None:
        return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n]\n"
    head = {k: v for k, v in value.items() if not isinstance(v, list)}
    lists = {k: v for k, v in value.items() if isinstance(v, list)}
    body = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in head.items()]
    body += [f"{json.dumps(k, ensure_ascii=False)}: {_json(v).rstrip()}" for k, v in lists.items()]
    return "{\n" + ",\n".join(body) + "\n}\n"


def _cell(value):
    return value if value is None or isinstance(value, str | int | float) else json.dumps(value, ensure_ascii=False)


def open_data_files(handbook: Handbook, licence: Licence | None = None, site_name: str = "Närvarohandboken") -> dict[str, str]:
    by_kind = {kind.folder: kind_json(handbook, kind.folder) for kind in KINDS}
    files = {"oppna-data/narvarohandboken.json": _json(combined_json(handbook, licence, site_name, by_kind))}
    for kind in KINDS:
        files[f"oppna-data/{kind.folder}.json"] = _json(by_kind[kind.folder])
        files[f"oppna-data/{kind.folder}.csv"] = kind_csv(handbook, kind.folder, by_kind[kind.folder])
        files[f"oppna-data/schemas/{kind.folder}.schema.json"] = schema_text(kind)
    return files
