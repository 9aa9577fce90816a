"""All user-facing error classes in one place.

Every error a user can trigger derives from :class:`AtlasError`; the command line prints its message
on one line and exits non-zero, without a traceback (``--debug`` shows it).
"""

from __future__ import annotations


class AtlasError(Exception):
    """An error with a message fit to show a user as it is."""


class InputError(AtlasError):
    """A file or argument given by the user cannot be used (names the file and the problem)."""


class LayerError(AtlasError):
    """A layer file is malformed; carries the file and line so the message can point at it."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.detail = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class UnknownPlaceError(AtlasError):
    """A place name or code that the gazetteer does not know."""


class AmbiguousPlaceError(AtlasError):
    """A place name with several equally good readings; the message lists them."""

    def __init__(self, mention: str, candidates: list[str]) -> None:
        self.mention = mention
        self.candidates = candidates
        super().__init__(f"'{mention}' is ambiguous: " + "; ".join(candidates))


class CacheError(AtlasError):
    """A built artefact is missing or stale and could not be (re)built."""


def shorten(text: str, limit: int = 40) -> str:
    """User input quoted in a one-line message, cut to ``limit`` characters so the line stays one line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
