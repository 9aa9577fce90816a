"""Run the Streamlit app on a free localhost port and drive it in Debian's Chromium (Playwright).

Shared by the browser tests and ``bench/app_speed.py``. Never downloads a browser: it uses
``/usr/bin/chromium`` (``scripts/setup.sh --test`` installs it) with the network-quiet flags below.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("LAYOUT_ATLAS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-domain-reliability",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError as exc:
            last = exc
        time.sleep(0.2)
    msg = f"app at {url} not healthy after {timeout}s: {last}"
    raise RuntimeError(msg)


@contextmanager
def running_app(script: str | Path = "app.py", env: Mapping[str, str] | None = None, cwd: Path = REPO) -> Iterator[str]:
    """Start ``streamlit run script`` on a free port; yields its URL; stops the process (by its id) after."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    full_env = {**os.environ, **(env or {})}
    logs = REPO / ".cache"
    logs.mkdir(exist_ok=True)
    log = open(logs / f"e2e-streamlit-{port}.log", "w")  # closed in finally
    proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    try:
        wait_healthy(url)
        yield url
    finally:
        stop(proc)
        log.close()


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a server process, killing it if it has not exited after 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (localhost, data:, blob:, about:)."""
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in LOCAL_HOSTS


@dataclass
class PageLog:
    """What a page did: every request URL, console errors, page errors, dialogs opened."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    bytes_received: int = 0

    def external(self) -> list[str]:
        return [u for u in self.requests if not is_local(u)]


def watch(page: Any) -> PageLog:
    """Attach listeners recording requests, console errors, page errors and dialogs (dismissed)."""
    log = PageLog()
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))

    def on_dialog(d: Any) -> None:
        log.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", on_dialog)
    return log


def map_frame(page: Any, timeout: float = 30.0) -> Any:
    """The streamlit-folium iframe once ``window.atlas`` is ready in it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "streamlit_folium" not in frame.url:
                continue
            try:
                if frame.evaluate("!!(window.atlas && window.atlas.ready)"):
                    return frame
            except Exception:  # frame navigating; try again
                pass
        page.wait_for_timeout(50)  # not time.sleep: Playwright only processes events inside its own calls
    msg = "map frame with window.atlas never appeared"
    raise TimeoutError(msg)


def count_features(frame: Any) -> int:
    """Designation shapes currently drawn (SVG paths of the atlas pane)."""
    return int(frame.evaluate("document.querySelectorAll('path.atlas-feature').length"))


@contextmanager
def browser() -> Iterator[Any]:
    """A headless Debian Chromium under Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
