"""Driving an ASGI app (the explorer's middleware) in a test, without a server."""

from __future__ import annotations

import asyncio
import threading
from typing import Any


def run_off_thread(coro: Any) -> None:
    """``asyncio.run`` in a thread of its own: the browser tests' Playwright keeps a loop running in this one."""
    failure: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(coro)
        except BaseException as exc:  # re-raised in the test's thread
            failure.append(exc)

    worker = threading.Thread(target=target)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]


def call(app: Any, path: str = "/", headers: list[tuple[bytes, bytes]] | None = None,
         method: str = "GET") -> tuple[int, dict[bytes, bytes], bytes]:
    """One HTTP request through ``app``: (status, response headers, body)."""
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    run_off_thread(app({"type": "http", "method": method, "path": path, "headers": headers or []}, receive, send))
    return sent[0]["status"], dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:])
