"""How many worker processes the build may start: parsing and rendering use every core on large handbooks."""

from __future__ import annotations

import os
import sys
import threading

ENV = "NARVARO_WORKERS"  # a number; 0 keeps all work in one process (debugging, or a machine short of memory)


def available() -> int:
    """Worker processes allowed now, 0 if work must stay in this process."""
    # A forked child inherits only the thread that forked it; with other threads running (mkdocs serve watches files
    # and serves pages) a lock one of them held would stay locked in the child, so such work stays in one process.
    if sys.platform != "linux" or threading.active_count() != 1:
        return 0
    cores = os.cpu_count() or 1
    wanted = os.environ.get(ENV, "").strip()
    if wanted.isdigit():
        return min(int(wanted), cores)
    return cores if cores > 1 else 0
