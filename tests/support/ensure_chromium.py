"""Makes sure the system Chromium used by the browser tests is installed; installs the Debian package if it can."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def main(path: str) -> int:
    if os.access(path, os.X_OK):
        return 0
    apt = shutil.which("apt-get")
    if apt and os.geteuid() == 0:
        print("Chromium saknas: installerar Debian-paketet chromium …", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([apt, "update", "-qq"], check=False, env=env)
        result = subprocess.run([apt, "install", "-y", "-qq", "chromium"], check=False, env=env)
        if result.returncode == 0 and os.access(path, os.X_OK):
            return 0
    print(
        f"Webbläsartesterna behöver Chromium i {path}, men den finns inte och kunde inte installeras.\n"
        "Installera den med: sudo apt-get install chromium",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/usr/bin/chromium"))
