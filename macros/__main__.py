"""Command line: `check [--final]` validates the data, `build` builds the site atomically, `schemas` writes the JSON
Schemas and the templates in mallar/, `new [kind] [name] [field=value …]` writes a new data file (make ny)."""

from __future__ import annotations

import sys
from pathlib import Path

from . import github, settings
from .problems import DataError
from .scaffold import new_file, placeholder_problems, write_templates
from .validation import load_handbook


def main(argv: list[str]) -> int:
    root = Path.cwd()
    command = argv[0] if argv else "check"
    if command == "check":
        try:
            handbook = load_handbook(root)
            settings.load(root)  # installningar.yml
        except DataError as exc:
            print(exc.report(), file=sys.stderr)
            github.report(exc.problems, f"{sum(not p.warning for p in exc.problems)} fel i data")
            return 1
        # --final (pull requests): text left as FYLL I from a template is an error, not just a warning.
        placeholders = placeholder_problems(root, final="--final" in argv[1:])
        warnings = [*handbook.warnings, *placeholders]
        for warning in warnings:
            print(warning.format(), file=sys.stderr)
        if any(not p.warning for p in placeholders):
            print(f"\nHittade {len(placeholders)} platshållare från mallen. Byt ut dem innan ändringen publiceras.", file=sys.stderr)
            github.report(warnings, f"{len(placeholders)} platshållare (FYLL I) kvar i data")
            return 1
        count = sum(len(v) for v in handbook.entities.values())
        print(f"Data är giltig: {count} filer kontrollerade, {len(warnings)} varningar.")
        github.report(warnings, f"Data är giltig: {count} filer kontrollerade, {len(warnings)} varningar")
        return 0
    # The other commands import what they need when they run: check, run on every save and pull request, stays quick.
    if command == "build":
        from .sitebuild import build_site

        return build_site(root)
    if command == "schemas":
        from .schemas import write_schemas

        for path in [*write_schemas(root / "schemas"), *write_templates(root)]:
            print(f"Skrev {path.relative_to(root)}")
        return 0
    if command == "new":
        return new_file(root, argv[1:])
    if command == "new-handbook":
        from . import newhandbook

        return newhandbook.main(argv[1:], root)
    print(f"Okänt kommando '{command}'. Använd: check, build, schemas, new eller new-handbook.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
