"""Measurements of one child process, a built site, `mkdocs serve` rebuilds and the search box in Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


class BenchError(RuntimeError):
    pass


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    peak_mb: float  # peak resident memory of the child


def run(args: list[str], cwd: Path, log: Path, timeout: float = 900) -> Run:
    """Run a command, return its wall time, CPU time and peak memory (from wait4, so only this child counts)."""
    with open(log, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=out, stderr=subprocess.STDOUT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise BenchError(f"{' '.join(args)} tog mer än {timeout:.0f} s; se {log}")
            time.sleep(0.02)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise BenchError(f"{' '.join(args)} misslyckades (kod {proc.returncode}):\n{log.read_text(encoding='utf-8')[-3000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def mkdocs_build(project: Path, site: Path, log: Path) -> Run:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], project, log)


# ---------------------------------------------------------------- the built site

_ARTICLE = re.compile(r"<article[^>]*>(.*?)</article>", re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class SiteSize:
    pages: int
    total_bytes: int
    search_bytes: int
    generated_median: float
    generated_max: int
    generated_max_page: str
    text_lengths: list[int]  # plain text of each page's article, for the floor
    searched: list[bool]  # whether each page is in the search index, for the floor


def site_size(site: Path, generated: set[str]) -> SiteSize:
    """Sizes of a built site. generated: the pages (relative .html paths) made from data files."""
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")
    search = site / "search" / "search_index.json"
    docs = json.loads(search.read_text(encoding="utf-8"))["docs"] if search.exists() else []
    indexed = {doc["location"].split("#")[0] for doc in docs}
    text_lengths, sizes = [], {}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(site).as_posix()
        if rel in generated:
            sizes[rel] = len(html.encode())
        match = _ARTICLE.search(html)
        text_lengths.append(len(_TAG.sub("", match.group(1)).strip()) if match else 0)
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    searched = [bool({page.relative_to(site).as_posix(), _location(page.relative_to(site).as_posix())} & indexed) for page in pages]
    largest = max(sizes, key=sizes.get) if sizes else ""
    return SiteSize(
        pages=len(pages), total_bytes=total, search_bytes=search.stat().st_size if search.exists() else 0,
        generated_median=statistics.median(sizes.values()) if sizes else 0, generated_max=sizes.get(largest, 0),
        generated_max_page=largest, text_lengths=text_lengths, searched=searched,
    )


def _location(page: str) -> str:
    """A page's address as the search index may write it (the start page can be an empty string)."""
    return "" if page == "index.html" else page


# ---------------------------------------------------------------- mkdocs serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(log: Path, pattern: str, after: int, deadline: float, server: subprocess.Popen) -> int:
    """Wait until pattern appears in log after byte offset `after`; return the offset just past it."""
    while time.perf_counter() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        found = text.find(pattern, after)
        if found != -1:
            return found + len(pattern)
        if "Aborted" in text[after:] or "error happened during the rebuild" in text[after:]:
            raise BenchError(f"mkdocs serve rapporterade ett fel; se {log}")
        if server.poll() is not None:
            raise BenchError(f"mkdocs serve avslutades oväntat; se {log}")
        time.sleep(0.02)
    raise BenchError(f"mkdocs serve: '{pattern}' kom inte i tid; se {log}")


@dataclass
class Serve:
    first: float  # seconds from starting `mkdocs serve` until it serves the site
    rebuild: float  # seconds from saving a YAML file until the browsers reload
    rebuild_cpu: float  # CPU seconds the server spent on that rebuild


def serve_rebuild(project: Path, edited: Path, log: Path, timeout: float = 600) -> Serve:
    """The first build and the rebuild after editing one YAML file under `mkdocs serve --livereload`.

    The rebuild is timed from saving the file until MkDocs reloads the browsers, and the served page is checked
    for the new text, so the time includes noticing the change.
    """
    port = free_port()
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project, env=ENV, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        start = time.perf_counter()
        offset = _wait_for(log, "Serving on", 0, start + timeout, server)
        first = time.perf_counter() - start
        text = edited.read_text(encoding="utf-8")
        name = re.search(r"^namn: (.*)$", text, re.M).group(1)
        changed = f"{name} ändrad {int(time.time())}"
        time.sleep(1.0)  # let the watcher settle after the first build
        cpu = _cpu_seconds(server.pid)
        start = time.perf_counter()
        edited.write_text(text.replace(f"namn: {name}", f"namn: {changed}", 1), encoding="utf-8")
        _wait_for(log, "Reloading browsers", offset, start + timeout, server)
        rebuild = time.perf_counter() - start
        cpu = _cpu_seconds(server.pid) - cpu
        url = f"http://127.0.0.1:{port}/{edited.parent.name}/{edited.stem}.html"
        with urllib.request.urlopen(url, timeout=30) as response:
            if changed not in response.read().decode("utf-8"):
                raise BenchError(f"Sidan {url} visar inte ändringen efter ombyggnaden.")
        return Serve(first, rebuild, cpu)
    finally:
        edited.write_text(text, encoding="utf-8")
        _stop(server)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a running process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> float:
    return os.getloadavg()[0]


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=20)


# ---------------------------------------------------------------- search in Chromium


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@dataclass
class SearchTime:
    cold: float  # page just loaded: last keystroke -> first result (includes building the index in the browser)
    warm: float  # index ready: last keystroke -> first result
    typing: float  # how long typing the query took
    results: int


def search_time(site: Path, query: str, delay_ms: int = 80) -> SearchTime:
    """Type a query into Material's search box as a reader would and time until the first result shows."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page(locale="sv-SE")
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html", wait_until="load")
                cold, typing = _type_and_wait(page, query, delay_ms)
                page.locator(".md-search__input").fill("")
                page.wait_for_function("() => !document.querySelector('.md-search-result__item')", timeout=30_000)
                warm, _ = _type_and_wait(page, query, delay_ms)
                count = page.locator(".md-search-result__item").count()
            finally:
                browser.close()
    finally:
        server.shutdown()
    return SearchTime(cold, warm, typing, count)


def _type_and_wait(page, query: str, delay_ms: int) -> tuple[float, float]:
    box = page.locator(".md-search__input")
    box.click()
    first = time.perf_counter()
    box.type(query, delay=delay_ms)
    typed = time.perf_counter()
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=120_000)
    return time.perf_counter() - typed, typed - first
