"""MkDocs adapter for installningar.yml: puts the organisation's settings into the configuration.

It runs before every plugin (mkdocs-macros copies the configuration when it starts), so pages see the settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import settings  # noqa: E402
from macros.problems import DataError  # noqa: E402


@event_priority(100)
def on_config(config):
    try:
        settings.apply(config, Path(config.config_file_path).resolve().parent)
    except DataError as exc:
        raise Abort("\n" + exc.report()) from None
    return config
