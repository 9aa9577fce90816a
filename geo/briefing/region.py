"""Turn what a user typed (an adcode or a place name) into exactly one unit's adcode.

Why strict: a briefing handed to a visitor must be about the place the officer meant. A name with
several readings (朝阳区 is in Beijing, Changchun and Chaoyang) is refused with the candidates listed
rather than guessed; a composite (乌昌石) is refused with its member units, since a pack covers one unit.
"""

from __future__ import annotations

import re
from typing import Any

from geo.briefing.sources import Sources
from geo.briefing.sources import UnitLike as Unit
from geo.errors import AmbiguousPlaceError, InputError, UnknownPlaceError

ADCODE = re.compile(r"^\d{6}$")


def _describe(sources: Sources, code: str) -> str:
    """``name (adcode, parent name)`` for listing candidates."""
    unit = sources.unit(code)
    if unit is None:
        return code
    parent = sources.unit(unit.parent) if unit.parent else None
    where = f", {parent.name}" if parent is not None else ""
    return f"{unit.name} ({code}{where})"


def resolve_region(text: str, sources: Sources) -> str:
    """The adcode of the unit ``text`` names; raises Unknown/AmbiguousPlaceError with a clear message."""
    query = text.strip()
    if ADCODE.match(query):
        if sources.unit(query) is None:
            msg = f"no administrative unit has the code {query}"
            raise UnknownPlaceError(msg)
        return query
    candidates: list[Any] = list(sources.resolve(query))
    units = [c for c in candidates if len(getattr(c, "adcodes", ())) == 1]
    if not units:
        composite = next((c for c in candidates if getattr(c, "adcodes", ())), None)
        if composite is not None:
            members = "; ".join(_describe(sources, str(a)) for a in composite.adcodes)
            msg = f"'{query}' names several units together; a briefing covers one unit, give one of: {members}"
            raise InputError(msg)
        msg = f"'{query}' is not a known place name or 6-digit adcode"
        raise UnknownPlaceError(msg)
    best = units[0]
    tied = [str(c.adcodes[0]) for c in units if getattr(c, "ambiguous", False) or _score(c) >= _score(best)]
    tied = list(dict.fromkeys(tied))
    if len(tied) > 1:
        raise AmbiguousPlaceError(query, [_describe(sources, c) for c in tied])
    return str(best.adcodes[0])


def _score(candidate: Any) -> float:
    value = getattr(candidate, "score", 0.0)
    return float(value) if value is not None else 0.0


def current_code(sources: Sources, code: str) -> tuple[str, Unit | None]:
    """The current unit for ``code``: a code retired by a boundary change (沙湾县 654223 -> 沙湾市 654203)
    is followed to its single successor; returns the code to brief on and the retired unit, if any.

    Why: officers and older documents still use old codes; the designations are recorded under the
    current one. A code split into several units cannot be followed and is refused with the successors.
    """
    unit = sources.unit(code)
    if unit is None or getattr(unit, "status", "current") != "retired":
        return code, None
    successors = [str(s) for s in getattr(unit, "successors", ()) if sources.unit(str(s)) is not None]
    if len(successors) == 1:
        return successors[0], unit
    if not successors:
        return code, None
    raise AmbiguousPlaceError(f"{unit.name} ({code}, retired)", [_describe(sources, s) for s in successors])
