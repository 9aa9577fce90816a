"""One Aho-Corasick automaton over every place name in the gazetteer, for scanning whole documents.

Used to infer a document's province (which names dominate it) and, by the extractor, to find place mentions in
one pass (cpca's approach). Built lazily once per gazetteer; ~7,000 names build in well under a second.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from geo.gazetteer import Gazetteer, NameEntry

# How much one mention says about the province a document is about.
PROVINCE_WEIGHT = {"province": 3.0, "prefecture": 1.0, "county": 0.5}


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    name: str
    entries: tuple[NameEntry, ...]


# Keyed by id() with the gazetteer kept alive beside its automaton, so an id can never be reused by another one.
_AUTOMATA: dict[int, tuple[Gazetteer, ahocorasick.Automaton]] = {}


def automaton(gaz: Gazetteer) -> ahocorasick.Automaton:
    """The automaton over every name of ``gaz`` (built on first use, once per gazetteer)."""
    key = id(gaz)
    if key not in _AUTOMATA:
        grouped: dict[str, list[NameEntry]] = {}
        for entry in gaz.name_index():
            if len(entry.name) >= 2:
                grouped.setdefault(entry.name, []).append(entry)
        auto = ahocorasick.Automaton()
        for name, entries in grouped.items():
            auto.add_word(name, (name, tuple(entries)))
        auto.make_automaton()
        _AUTOMATA[key] = (gaz, auto)
    return _AUTOMATA[key][1]


def scan(text: str, gaz: Gazetteer) -> Iterator[Hit]:
    """Longest, left-to-right, non-overlapping name matches in ``text`` (offsets index ``text``)."""
    auto = automaton(gaz)
    for end_idx, (name, entries) in auto.iter_long(text):
        start = end_idx - len(name) + 1
        yield Hit(start, end_idx + 1, name, entries)


#: Characters of the opening searched for the issuing government (title, document number, addressee).
ISSUER_WINDOW = 300
#: What follows a place in the name of a government or its office: 宁夏回族自治区人民政府, 苏州市人民政府办公室,
#: 河北省发展和改革委员会, 中共湖南省委.
_ISSUER_TAIL = re.compile(
    r"(?:省|市|自治区|自治州|州|盟|地区|县|区)?(?:人民政府|政府|党委|委员会|省委|市委|发展和改革委员会|发展改革委|"
    r"经济和信息化委员会|经济和信息化厅|工业和信息化厅|商务厅|办公厅)"
)


def issuer_province(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(province code, issuer) when the opening names the government that issues the text.

    Why: counting names misreads a document whose subject hides another province's short name — 贺兰山东麓 holds
    山东 thirteen times in a 宁夏 plan — while the issuer (宁夏回族自治区人民政府关于…, 各市、县（区）人民政府：
    comes after it) says it outright. A national body (国务院, 国家发展改革委) names no place and is left to the
    count."""
    opening = text[:ISSUER_WINDOW]
    for hit in scan(opening, gaz):
        tail = _ISSUER_TAIL.match(opening, hit.end)
        if tail is None:
            continue
        units = [gaz.get(e.target) for e in hit.entries if e.kind in ("full", "short", "alias")]
        provinces = {unit.province for unit in units if unit is not None}
        if len(provinces) == 1:
            return provinces.pop(), opening[hit.start:tail.end()]
    return None


def province_guess(text: str, gaz: Gazetteer) -> tuple[str, float, tuple[str, ...]] | None:
    """(province code, share of weighted evidence, top names) for the province a text is about: the issuing
    government's when the opening names one (:func:`issuer_province`), else the most weighted names'."""
    issuer = issuer_province(text, gaz)
    if issuer is not None:
        return issuer[0], 1.0, (f"issuer: {issuer[1]}",)
    weights: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for hit in scan(text, gaz):
        provs = _provinces_of(hit.entries, gaz)
        if len(provs) != 1:
            continue  # a name shared across provinces says nothing
        prov, weight = next(iter(provs.items()))
        weights[prov] += weight
        names.setdefault(prov, Counter())[hit.name] += 1
    if not weights:
        return None
    prov, top = weights.most_common(1)[0]
    share = top / sum(weights.values())
    evidence = tuple(f"{n}×{c}" for n, c in names[prov].most_common(5))
    return prov, round(share, 3), evidence


def _provinces_of(entries: tuple[NameEntry, ...], gaz: Gazetteer) -> dict[str, float]:
    out: dict[str, float] = {}
    for entry in entries:
        if entry.kind in ("weak",):
            continue
        if entry.kind in ("composite", "region"):
            region = gaz.region(entry.target)
            if region and region.province:
                out[region.province] = max(out.get(region.province, 0.0), 1.0)
            continue
        unit = gaz.get(entry.target)
        if unit is None:
            continue
        if entry.kind == "short" and unit.level == "county":
            weight = 0.25
        else:
            weight = PROVINCE_WEIGHT[unit.level]
        out[unit.province] = max(out.get(unit.province, 0.0), weight)
    return out
