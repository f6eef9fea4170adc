"""`make bench`: builds a synthetic national handbook at three sizes and compares it with MkDocs' floor.

Run on demand (not in CI): `python -m tests.bench.run [--sizes 300 1000 3000] [--keep] [--no-serve] [--no-search]`.
Prints every figure as a table, checks the targets from the issue and exits 1 if one fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.sites import make_project

from . import measure
from .floor import make_floor
from .national import generate, summary

SIZES = (300, 1000, 3000)
SEARCH_QUERY = "logoped"
KB, MB = 1024, 1024 * 1024


@dataclass
class Size:
    initiatives: int
    municipalities: int = 0
    data_files: int = 0
    data_bytes: int = 0
    contents: str = ""
    check: measure.Run | None = None
    full: measure.Run | None = None
    floor: measure.Run | None = None
    site: measure.SiteSize | None = None
    floor_site: measure.SiteSize | None = None
    serve: measure.Serve | None = None
    load: list[float] = field(default_factory=list)  # 1-minute load average before each measurement

    @property
    def per_page_ms(self) -> float:
        return 1000 * self.full.wall / self.site.pages


def bench_size(tmp: Path, initiatives: int, serve: bool) -> tuple[Size, Path]:
    out = Size(initiatives)
    data = generate(tmp / f"data-{initiatives}", initiatives)
    out.municipalities, out.data_files, out.data_bytes, out.contents = data.municipalities, data.files, data.bytes, summary(data)
    project = make_project(tmp / f"handbok-{initiatives}", data.folder)
    logs = tmp / "loggar"
    logs.mkdir(exist_ok=True)
    _say(f"{initiatives} satsningar: {out.contents}")
    out.load.append(measure.load_average())
    out.check = measure.run([sys.executable, "-m", "macros", "check"], project, logs / f"check-{initiatives}.log")
    _say(f"  validering {out.check.wall:.1f} s")
    site = project / "site"
    out.load.append(measure.load_average())
    out.full = measure.mkdocs_build(project, site, logs / f"full-{initiatives}.log")
    _say(f"  fullt bygge {out.full.wall:.1f} s")
    generated = {f"{p.parent.name}/{p.stem}.html" for p in data.folder.glob("*/*.yml")}
    out.site = measure.site_size(site, generated)
    floor = make_floor(tmp / f"golv-{initiatives}", out.site.text_lengths, out.site.searched)
    out.load.append(measure.load_average())
    out.floor = measure.mkdocs_build(floor, floor / "site", logs / f"golv-{initiatives}.log")
    _say(f"  golvet {out.floor.wall:.1f} s")
    out.floor_site = measure.site_size(floor / "site", set())
    shutil.rmtree(floor / "site")
    if serve:
        edited = sorted((project / "data" / "satsningar").glob("*.yml"))[len(generated) % 7]
        out.load.append(measure.load_average())
        out.serve = measure.serve_rebuild(project, edited, logs / f"serve-{initiatives}.log")
        _say(f"  ombyggnad under serve {out.serve.rebuild:.1f} s")
    return out, site


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- report


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines() if line.startswith("model name")), "")
    mem = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines() if line.startswith("MemTotal")), 0)
    return (f"{os.cpu_count()} kärnor ({cpu or platform.processor()}), {mem / MB:.1f} GB minne, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def table(sizes: list[Size], search: measure.SearchTime | None) -> str:
    def row(label: str, fn) -> list[str]:
        cells = []
        for s in sizes:
            try:
                cells.append(fn(s))
            except (TypeError, AttributeError, ZeroDivisionError):
                cells.append("–")
        return [label, *cells]

    def t(run: measure.Run | None) -> str:
        return f"{run.wall:.1f} s (cpu {run.cpu:.1f} s)"

    rows = [
        ["", *(f"{s.initiatives} satsningar" for s in sizes)],
        row("Kommuner / datafiler", lambda s: f"{s.municipalities} / {s.data_files} ({s.data_bytes / MB:.1f} MB)"),
        row("Sidor på webbplatsen", lambda s: f"{s.site.pages}"),
        row("Validering (macros check)", lambda s: t(s.check)),
        row("Fullt bygge (mkdocs build --strict)", lambda s: t(s.full)),
        row("Golvet (Material utan nav)", lambda s: t(s.floor)),
        row("Toppminne validering / fullt / golv", lambda s: f"{s.check.peak_mb:.0f} / {s.full.peak_mb:.0f} / {s.floor.peak_mb:.0f} MB"),
        row("Fullt / golv (tid)", lambda s: f"{s.full.wall / s.floor.wall:.2f} (cpu {s.full.cpu / s.floor.cpu:.2f})"),
        row("Validering / golv (tid)", lambda s: f"{s.check.wall / s.floor.wall:.3f}"),
        row("Kostnad per sida, fullt / golv", lambda s: f"{s.per_page_ms:.2f} / {1000 * s.floor.wall / s.floor_site.pages:.2f} ms"),
        row("HTML per genererad sida, median", lambda s: f"{s.site.generated_median / KB:.1f} KB"),
        row("HTML per genererad sida, max", lambda s: f"{s.site.generated_max / KB:.0f} KB ({s.site.generated_max_page})"),
        row("Sökindex fullt / golv", lambda s: f"{s.site.search_bytes / MB:.1f} / {s.floor_site.search_bytes / MB:.1f} MB"),
        row("Webbplatsens storlek fullt / golv", lambda s: f"{s.site.total_bytes / MB:.0f} / {s.floor_site.total_bytes / MB:.0f} MB"),
        row("Serve: första bygget / ombyggnad efter ändrad YAML",
            lambda s: f"{s.serve.first:.1f} / {s.serve.rebuild:.1f} s (cpu {s.serve.rebuild_cpu:.1f} s)"),
        row("Belastning (load average) under mätningarna", lambda s: " / ".join(f"{x:.1f}" for x in s.load)),
    ]
    if search:
        rows.append(["Sökning i Chromium (största storleken)", *([""] * (len(sizes) - 1)),
                     f"{search.cold * 1000:.0f} ms direkt efter sidladdning, {search.warm * 1000:.0f} ms med indexet laddat "
                     f"({search.results} träffar på '{SEARCH_QUERY}')"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def targets(sizes: list[Size]) -> list[tuple[str, bool, str]]:
    big, small = sizes[-1], sizes[0]
    return [
        ("Fullt bygge ≤ 1,3 × golvet", big.full.wall <= 1.3 * big.floor.wall, f"{big.full.wall / big.floor.wall:.2f} ×"),
        ("Validering ≤ 0,1 × golvet", big.check.wall <= 0.1 * big.floor.wall, f"{big.check.wall / big.floor.wall:.3f} ×"),
        ("Median-HTML per genererad sida ≤ 40 KB", big.site.generated_median <= 40 * KB, f"{big.site.generated_median / KB:.1f} KB"),
        (f"Kostnad per sida vid {big.initiatives} ≤ 1,2 × vid {small.initiatives}", big.per_page_ms <= 1.2 * small.per_page_ms,
         f"{big.per_page_ms:.2f} ms mot {small.per_page_ms:.2f} ms ({big.per_page_ms / small.per_page_ms:.2f} ×)"),
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="antal satsningar per körning")
    parser.add_argument("--keep", action="store_true", help="behåll den tillfälliga mappen med data och webbplatser")
    parser.add_argument("--no-serve", action="store_true", help="mät inte ombyggnaden under mkdocs serve")
    parser.add_argument("--no-search", action="store_true", help="mät inte sökningen i Chromium")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="narvaro-bench-"))
    start = time.perf_counter()
    try:
        sizes, search = [], None
        for n in sorted(args.sizes):
            result, site = bench_size(tmp, n, serve=not args.no_serve)
            sizes.append(result)
            if n == max(args.sizes) and not args.no_search:
                search = measure.search_time(site, SEARCH_QUERY)
            if not args.keep:
                shutil.rmtree(site, ignore_errors=True)
    except measure.BenchError as exc:
        print(f"Benchmarken avbröts: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            _say(f"Data och webbplatser finns kvar i {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nNärvarohandboken, prestanda ({time.strftime('%Y-%m-%d')}), mätt på: {machine()}\n")
    busiest = max(load for s in sizes for load in s.load)
    if busiest > (os.cpu_count() or 1):
        print(f"Obs: datorn hade annat att göra under mätningen (belastning upp till {busiest:.1f} på "
              f"{os.cpu_count()} kärnor), så tiderna är längre och osäkrare än på en ledig dator.\n")
    print(table(sizes, search))
    print()
    failed = 0
    for label, ok, value in targets(sizes):
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'}  {label}: {value}")
    print(f"\nHela körningen tog {time.perf_counter() - start:.0f} s.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
