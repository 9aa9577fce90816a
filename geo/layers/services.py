"""The gazetteer and resolver a layer is checked against, passed in rather than imported at module level.

Why a seam: the loader must work (and its tests must run) with the real gazetteer, with a small fake
one, or with none at all while the gazetteer is being rebuilt; callers that load many layers build the
services once and pass them through.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from geo.errors import AtlasError


class UnitLike(Protocol):
    """What the loader and table read from a gazetteer unit (see docs/DESIGN.md)."""

    adcode: str
    name: str
    level: str
    province: str
    status: str
    short_names: Any
    seat: tuple[float, float] | None
    has_boundary: bool


class GazetteerLike(Protocol):
    """``get(adcode) -> Unit | None``."""

    def get(self, adcode: str) -> Any:
        """The unit with this adcode, or None."""


Resolve = Callable[..., Sequence[Any]]


@dataclass(frozen=True)
class Services:
    """Gazetteer + resolver; either may be None (then the checks that need it are skipped, with a note)."""

    gazetteer: GazetteerLike | None
    resolve: Resolve | None
    unavailable: str = ""


def default_services() -> Services:
    """The project's gazetteer and resolver, or ``None`` for a module that is missing or fails to load."""
    gazetteer: GazetteerLike | None = None
    resolve: Resolve | None = None
    reasons: list[str] = []
    try:
        gazetteer = importlib.import_module("geo.gazetteer").get_gazetteer()
    except ModuleNotFoundError as exc:
        reasons.append(f"gazetteer not available ({exc.name})")
    except (AtlasError, OSError, ValueError) as exc:
        reasons.append(f"gazetteer failed to load: {exc}")
    try:
        resolve = importlib.import_module("geo.resolver").resolve
    except ModuleNotFoundError as exc:
        reasons.append(f"resolver not available ({exc.name})")
    except (AtlasError, OSError, ValueError, AttributeError) as exc:
        reasons.append(f"resolver failed to load: {exc}")
    return Services(gazetteer=gazetteer, resolve=resolve, unavailable="; ".join(reasons))


def unit_names(unit: Any) -> tuple[str, ...]:
    """A unit's full name and short names (for "does a note mention it")."""
    shorts = getattr(unit, "short_names", ()) or ()
    if isinstance(shorts, str):
        shorts = tuple(s for s in shorts.replace("|", ";").split(";") if s)
    return (str(unit.name), *(str(s) for s in shorts))


def province_of(gazetteer: GazetteerLike, adcode: str | None) -> str | None:
    """Province adcode of any unit (the unit itself when it is a province)."""
    if not adcode:
        return None
    unit = gazetteer.get(adcode)
    if unit is None:
        return None
    return str(getattr(unit, "province", None) or adcode[:2] + "0000")
