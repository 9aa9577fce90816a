"""Checks a well-formed record against the world: the document text, the gazetteer, the resolver.

Errors (the record is skipped): a quote that is not at its span, an unknown or retired adcode.
Warnings (the record loads): a member outside the document's province, places whose resolver reading
differs from ``members`` — both accepted without a warning when a note names the place or unit,
because the README lets a reviewer overrule the resolver as long as a note says why.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geo.errors import AtlasError
from geo.layers.model import Check, Designation, Problem, Severity
from geo.layers.services import Services, unit_names

MAX_LISTED = 3


class Reporter:
    """Collects problems for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int | None, severity: Severity, message: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(self.path, line, severity, message))

    def error(self, line: int | None, message: str) -> None:
        """Record an error."""
        self.add(line, "error", message)

    def warning(self, line: int | None, message: str) -> None:
        """Record a warning."""
        self.add(line, "warning", message)


def text_line(text: str, offset: int) -> int:
    """1-based line of a code-point offset in the document text (for "found at" hints)."""
    return text.count("\n", 0, offset) + 1


def check_quote(text: str, quote: str, span: tuple[int, int], label: str) -> str | None:
    """None when ``text[start:end] == quote``; otherwise a message saying where the quote really is."""
    start, end = span
    if text[start:end] == quote:
        return None
    hits: list[int] = []
    pos = text.find(quote)
    while pos >= 0 and len(hits) < MAX_LISTED + 1:
        hits.append(pos)
        pos = text.find(quote, pos + 1)
    if not hits:
        if end > len(text):
            return (
                f"{label}: span [{start}, {end}] is past the end of the text ({len(text)} characters), "
                "and the quote does not appear in the text"
            )
        return (
            f"{label}: quote does not appear in the document text (text at span [{start}, {end}] is "
            f"{_clip(text[start:end])!r})"
        )
    found = ", ".join(f"[{h}, {h + len(quote)}] (text line {text_line(text, h)})" for h in hits[:MAX_LISTED])
    more = " and more" if len(hits) > MAX_LISTED else ""
    return f"{label}: quote is not at span [{start}, {end}]; it is found at {found}{more}"


def _clip(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + "…"


def check_designation_text(d: Designation, text: str, rep: Reporter) -> bool:
    """Quote at span (and inside the text); False when the record must be skipped."""
    message = check_quote(text, d.quote, d.span, f"designation '{d.id}'")
    if message:
        rep.error(d.line, message)
        return False
    return True


def check_check_text(c: Check, text: str, rep: Reporter) -> bool:
    """Same for a consistency check's quote (when it has one)."""
    if c.span is None or not c.quote:
        return True
    message = check_quote(text, c.quote, c.span, f"check '{c.statement or c.kind}'")
    if message:
        rep.error(c.line, message)
        return False
    return True


def _mentioned(notes: Iterable[str], words: Iterable[str]) -> bool:
    words = [w for w in words if w]
    return any(w in note for note in notes for w in words)


def check_members(d: Designation, services: Services, province: str | None, rep: Reporter) -> bool:
    """Unknown/retired adcodes (errors) and members outside the document's province (warnings)."""
    gaz = services.gazetteer
    if gaz is None:
        return True
    ok = True
    for code in d.members:
        unit = gaz.get(code)
        if unit is None:
            rep.error(d.line, f"designation '{d.id}': unknown adcode {code} in members")
            ok = False
            continue
        if getattr(unit, "status", "current") != "current":
            successors = ", ".join(str(c) for c in getattr(unit, "successors", ()) or ())
            hint = f"; current code: {successors}" if successors else ""
            rep.error(d.line, f"designation '{d.id}': adcode {code} ({unit.name}) is retired{hint}")
            ok = False
            continue
        unit_province = str(getattr(unit, "province", "") or code[:2] + "0000")
        if province and unit_province != province and not _mentioned(d.notes, (code, *unit_names(unit))):
            rep.warning(
                d.line,
                f"designation '{d.id}': member {code} ({unit.name}) is outside the document's "
                f"province {province}, and no note explains it",
            )
    return ok


def _resolve_best(services: Services, place: str, province: str | None) -> tuple[tuple[str, ...], list[Any]]:
    assert services.resolve is not None
    try:
        candidates = list(services.resolve(place, province=province))
    except AtlasError:
        candidates = []
    if not candidates:
        return (), []
    return tuple(str(a) for a in candidates[0].adcodes), candidates


def check_places(d: Designation, services: Services, province: str | None, rep: Reporter) -> None:
    """Warn where ``members`` is not what the resolver gives for ``places`` and no note says why."""
    if services.resolve is None or not d.places:
        return
    expected: list[str] = []
    for place in d.places:
        best, candidates = _resolve_best(services, place, province)
        if not best:
            if not _mentioned(d.notes, (place,)):
                rep.warning(
                    d.line,
                    f"designation '{d.id}': place '{place}' does not resolve, and no note "
                    "explains the members chosen for it",
                )
            continue
        expected.extend(c for c in best if c not in expected)
        missing = [c for c in best if c not in d.members]
        if missing and not _mentioned(d.notes, (place, *missing)):
            alts = "; ".join("+".join(c.adcodes) for c in candidates[1 : MAX_LISTED + 1])
            rep.warning(
                d.line,
                f"designation '{d.id}': place '{place}' resolves to {'+'.join(best)} but members "
                f"lack {', '.join(missing)}, and no note explains it" + (f" (other readings: {alts})" if alts else ""),
            )
    _check_extra_members(d, services, expected, rep)
    if (
        d.kind in ("axis", "line")
        and [m for m in d.members if m in expected] != [e for e in expected if e in d.members]
        and not d.notes
    ):
        rep.warning(
            d.line,
            f"designation '{d.id}': members are not in the order of places (the {d.kind} is drawn in members order)",
        )


def _check_extra_members(d: Designation, services: Services, expected: list[str], rep: Reporter) -> None:
    for code in d.members:
        if code in expected:
            continue
        unit = services.gazetteer.get(code) if services.gazetteer is not None else None
        names = unit_names(unit) if unit is not None else ()
        if not _mentioned(d.notes, (code, *names)):
            label = f"{code} ({names[0]})" if names else code
            rep.warning(
                d.line,
                f"designation '{d.id}': member {label} is not what any of the places "
                f"{'、'.join(d.places)} resolves to, and no note explains it",
            )
