"""JSON Schemas for editors' tools, derived from the model (one per kind)."""

from __future__ import annotations

import json
from pathlib import Path

from .kinds import Kind, write_per_kind


def schema_for(kind: Kind) -> dict:
    schema = kind.model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Närvarohandboken: {kind.singular}"
    return schema


def schema_text(kind: Kind) -> str:
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    return write_per_kind(folder, lambda kind: f"{kind.folder}.schema.json", schema_text)
