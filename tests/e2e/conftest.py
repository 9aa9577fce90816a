"""Fixtures for browser tests: Debian's Chromium and the app on a free port.

``harness`` is imported from this directory (pytest puts it on sys.path; no package here).

Skipped when Chromium is absent on a developer machine; on CI (``CI`` set) a missing browser fails,
because the README's set-up installs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import harness
import pytest


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not harness.CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{harness.CHROMIUM} missing: run scripts/setup.sh --test")
        pytest.skip(f"{harness.CHROMIUM} not installed")
    with harness.browser() as b:
        yield b


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """The app on the bundled layers (the vendored front-end files must be in place)."""
    from geo import assets

    missing = assets.missing()
    if missing:
        pytest.fail(f"front-end files missing ({', '.join(missing[:3])}): run scripts/setup.sh")
    with harness.running_app() as url:
        yield url


@pytest.fixture()
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1400, "height": 950}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()
