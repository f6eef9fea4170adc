"""The handbook of the build in progress, shared by the MkDocs hooks and the macros.

Both modules are imported once and cached by MkDocs, so the data lives here and is replaced on every build.
"""

from __future__ import annotations

from collections.abc import Callable

from .ahead import Ahead
from .render import Renderer
from .store import Handbook

handbook: Handbook | None = None
renderer: Renderer | None = None
ahead: Ahead | None = None  # pages rendered ahead by worker processes, when the engine set that up
# (fragment name, page) -> the fragment's text for the page, when the engine prepares fragments itself (ahead).
prepared_fragment: Callable[[str, str], str] | None = None


def current() -> Renderer:
    if renderer is None:
        raise RuntimeError("Handboken är inte inläst: byggsteget on_config har inte körts.")
    return renderer
