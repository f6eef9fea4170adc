"""Screenshots of built pages at desktop and phone widths: python -m tests.support.screenshots site/ out/ page.html ..."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def main(site: str, out: str, pages: list[str], scheme: str = "light") -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    Path(out).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name, (w, h) in WIDTHS.items():
            context = browser.new_context(viewport={"width": w, "height": h}, color_scheme=scheme)
            page = context.new_page()
            for path in pages:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                target = Path(out) / f"{path.replace('/', '_').replace('.html', '').replace('?', '_')}-{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
