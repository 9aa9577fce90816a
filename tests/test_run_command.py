"""The README's run command, as a user types it: ``./run.sh`` sets up (idempotently) and serves the app.

The browser tests start ``streamlit run app.py`` themselves, so without this test a broken ``run.sh`` or
``scripts/setup.sh`` path that only the run command takes (no ``--test``) would go unnoticed -- it did once:
a ``set -e`` script that ended silently before starting the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "e2e"))

import harness  # noqa: E402


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def test_run_sh_sets_up_and_serves_the_app() -> None:
    port = harness.free_port()
    log_path = REPO / ".cache" / f"run-sh-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    cmd = ["bash", "run.sh", "--server.port", str(port), "--server.address", "127.0.0.1",
           "--server.fileWatcherType", "none"]  # fmt: skip
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 600  # set-up is a no-op after test.sh's; from nothing it is not
            while not _healthy(url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"run.sh did not serve (exit {proc.poll()}): {log_path.read_text()[-2000:]}")
                time.sleep(0.3)
            with urllib.request.urlopen(url + "/", timeout=30) as page:
                assert page.status == 200 and b"<div id=\"root\">" in page.read()
        finally:
            harness.stop(proc)
