"""Command line: `check` validates the data, `build` builds the site atomically, `schemas` writes the JSON Schemas."""

from __future__ import annotations

import sys
from pathlib import Path

from .problems import DataError
from .schemas import write_schemas
from .sitebuild import build_site
from .validation import load_handbook


def main(argv: list[str]) -> int:
    root = Path.cwd()
    command = argv[0] if argv else "check"
    if command == "check":
        try:
            handbook = load_handbook(root)
        except DataError as exc:
            print(exc.report(), file=sys.stderr)
            return 1
        for warning in handbook.warnings:
            print(warning.format(), file=sys.stderr)
        count = sum(len(v) for v in handbook.entities.values())
        print(f"Data är giltig: {count} filer kontrollerade, {len(handbook.warnings)} varningar.")
        return 0
    if command == "build":
        return build_site(root)
    if command == "schemas":
        for path in write_schemas(root / "schemas"):
            print(f"Skrev {path.relative_to(root)}")
        return 0
    print(f"Okänt kommando '{command}'. Använd: check, build eller schemas.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
