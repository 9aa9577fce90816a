"""Find place mentions in one pass and resolve them with the document's province as context.

One Aho-Corasick automaton holds every name of the gazetteer's name index (full, short, weak,
historical, alias, composite and region names) plus :data:`filters.BLOCK_WORDS` and the ordinary words that
contain a short name (:mod:`geo.extract.inner_words`: 合作社, 水资源, 钱塘江); leftmost-longest matching then picks
乌昌石 over 乌, 北辰区 over 北辰, 长治久安 over 长治 and 合作社 over 合作. Resolution goes through
:func:`geo.resolver.resolve` when it is available; otherwise a small local ranking over the
gazetteer is used (same inputs, so results agree on the unambiguous cases).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

from geo.extract.filters import BLOCK_WORDS
from geo.extract.inner_words import inner_words
from geo.extract.model import Reading

#: Name kinds that are names of places by themselves; ``weak`` names (七里河 for 七里河区) need a
#: park/industry word or an enumeration with other places to count.
STRONG_KINDS = frozenset({"full", "short", "alias", "historical", "composite", "region"})
_ABBREVIATION_CONTEXT = re.compile(
    r"一体化|同城化|经济区|都市圈|城市群|经济圈|经济带|产业带|沿海|沿江|沿河|沿黄|沿边|走廊|开放大通道|大通道|协同发展区|地区|片区|区域|板块|"
    r"为核心|为中心|为龙头|为两翼|为支撑|为重点|重点发展|[、和]"
)
_CJK_TOKEN = re.compile(r"[\u4e00-\u9fff]+")
_BLOCK_SET = frozenset(BLOCK_WORDS) | inner_words()
_COUNT_WORD = re.compile(r"[一二两三四五六七八九十][大个条]")  # 珠中江三大经济圈: 三大 is a count
#: 宜泸沿江协同发展区: 沿江 (along the river) is a word of the zone's name, not 沿滩区 + 江阳区
_ALONG_WORD = re.compile(r"沿[江海河黄边湖线]")

#: Characters read to infer the document's own province.
PROVINCE_WINDOW = 30_000
_BONUS = {"block": 4.5, "full": 2.0, "composite": 2.0, "region": 2.0, "alias": 1.5, "historical": 1.0,
          "short": 0.5, "weak": 0.0}
_RANK = {"full": 6, "alias": 5, "composite": 5, "region": 5, "historical": 4, "short": 3, "weak": 1}


@dataclass(frozen=True)
class Match:
    """A raw automaton match: [start, end) in the search text and the name's index kinds."""

    start: int
    end: int
    name: str
    kinds: tuple[str, ...]

    @property
    def strong(self) -> bool:
        return any(k in STRONG_KINDS for k in self.kinds)


class PlaceIndex:
    """Gazetteer names in an automaton, and resolution of a matched name.

    ``gazetteer`` and ``resolve`` are passed in (tests may pass small fakes); by default the
    project's :func:`geo.gazetteer.get_gazetteer` and :func:`geo.resolver.resolve` are used.
    """

    def __init__(self, gazetteer: Any = None, resolve: Callable[..., Sequence[Any]] | None = None,
                 infer_province: Callable[[str], Any] | None = None, *, use_resolver: bool = True) -> None:
        if gazetteer is None:
            gazetteer = importlib.import_module("geo.gazetteer").get_gazetteer()
        self.gazetteer = gazetteer
        if not use_resolver:  # the gazetteer-only ranking (also used when geo.resolver is missing)
            self.resolve_fn, self.infer_fn = None, None
        else:
            self.resolve_fn = resolve if resolve is not None else _optional("resolve")
            self.infer_fn = infer_province if infer_province is not None else _optional("infer_province")
        kinds: dict[str, set[str]] = {}
        self.provinces: dict[str, frozenset[str]] = {}
        prefixes: dict[str, set[str]] = {}
        for entry in gazetteer.name_index():
            if len(entry.name) >= 2:
                kinds.setdefault(entry.name, set()).add(entry.kind)
                prefixes.setdefault(entry.name, set()).add(_province_prefix(gazetteer, entry))
        self.provinces = {name: frozenset(p for p in ps if p) for name, ps in prefixes.items()}
        for word in _BLOCK_SET:
            kinds.setdefault(word, set()).add("block")
        self.automaton = ahocorasick.Automaton()
        for name, ks in kinds.items():
            self.automaton.add_word(name, (name, tuple(sorted(ks, key=lambda k: -_RANK.get(k, 0)))))
        self.automaton.make_automaton()

    # ------------------------------------------------------------------------------------ matching
    def matches(self, text: str, province: str | None = None) -> list[Match]:
        """Non-overlapping matches; where two overlap, the better one wins: longer, a stronger name
        kind, and a place in the document's province (形成武清 is 武清, not 成武县; 和静海区 is 静海区,
        not 和静县). Block words swallow what they cover."""
        found = [(end - len(name) + 1, end + 1, name, ks) for end, (name, ks) in self.automaton.iter(text)]
        prefix = province[:2] if province else None
        ranked = sorted(found, key=lambda m: (-self._weight(m[2], m[3], prefix), m[0]))
        taken = bytearray(len(text) + 1)
        chosen = []
        for start, end, name, ks in ranked:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if "block" in ks:  # listed as not-a-place (中原, 澜沧江, 哈萨克斯坦): swallow it
                continue
            chosen.append(Match(start, end, name, tuple(k for k in ks if k != "block")))
        chosen.sort(key=lambda m: m.start)
        return chosen

    def _weight(self, name: str, kinds: tuple[str, ...], prefix: str | None) -> float:
        weight = len(name) + max((_BONUS.get(k, 0.0) for k in kinds), default=0.0)
        if prefix and prefix in self.provinces.get(name, ()) and "block" not in kinds:
            weight += 3.0  # not for a block word: 大兴安岭地区 (the prefecture) beats 大兴安岭 (the mountains)
        return weight

    def abbreviations(self, text: str, matches: list[Match], province: str | None) -> list[Match]:
        """Composite abbreviations the name index does not list (广佛肇, 金武, 呼包鄂乌): a short run
        of characters in a place context (before 一体化/经济区/为核心/、…) that the resolver reads,
        by its one-character-per-unit rule, as units of the document's province."""
        if self.resolve_fn is None or not province:
            return []
        prefix = province[:2]
        taken = bytearray(len(text) + 1)
        for match in matches:  # 2 = a name a longer abbreviation may absorb (广佛 in 广佛肇, 中江县 in 珠中江)
            absorbable = "composite" in match.kinds or (
                set(match.kinds) <= {"short", "weak"} and prefix not in self.provinces.get(match.name, ()))
            taken[match.start:match.end] = (b"\x02" if absorbable else b"\x01") * (match.end - match.start)
        found: list[Match] = []
        slots: dict[tuple[int, bool], list[tuple[float, int, int, int]]] = {}
        for context, start, end, size in self._abbreviation_slots(text):
            token = text[max(start, 0):end]
            if start < 0 or end > len(text) or 1 in taken[start:end] or not _CJK_TOKEN.fullmatch(token):
                continue
            if (start > 0 and taken[start - 1] == 2) or (taken[end - 1] == 2 and end < len(text) and taken[end] == 2):
                continue  # would cut a listed name in two
            if size == 2 and context.group() in ("、", "和"):
                continue  # two characters next to a list comma are too often an ordinary word
            if token in _BLOCK_SET or _COUNT_WORD.search(token) or _ALONG_WORD.search(token):
                continue  # 淮海经济区, 西江: a region of common speech, not 淮安+海门
            readings, _ = self._resolved(token, province, None)
            if readings and size == 2 and not all(code.endswith("00") for code in readings[0].adcodes):
                continue  # two characters read as districts (西江 = 西乡塘+江南) are an ordinary word
            if readings and readings[0].kind == "rule":
                key = (context.start(), start >= context.end())  # one token per side of each context
                slots.setdefault(key, []).append((readings[0].score, size, start, end))
        for options in slots.values():
            _, size, start, end = max(options)  # best reading; on a tie the longer token
            if not any(taken[start:end]) or 1 not in taken[start:end]:
                found.append(Match(start, end, text[start:end], ("composite",)))
                taken[start:end] = b"\x01" * size
        return found

    @staticmethod
    def _abbreviation_slots(text: str) -> Iterator[tuple[re.Match[str], int, int, int]]:
        """(context, start, end, size) of candidate tokens: before a place context word, longest
        first, and after a list comma (广佛肇、深莞惠、珠中江三大经济圈)."""
        for context in _ABBREVIATION_CONTEXT.finditer(text):
            for size in (4, 3, 2):
                yield context, context.start() - size, context.start(), size
            if context.group() == "、":
                for size in (4, 3):
                    yield context, context.end(), context.end() + size, size

    @staticmethod
    def merge(matches: list[Match], extra: list[Match]) -> list[Match]:
        """Add abbreviation matches, dropping the names they absorb."""
        kept = [m for m in matches if not any(e.start < m.end and m.start < e.end for e in extra)]
        return sorted(kept + extra, key=lambda m: m.start)

    # ------------------------------------------------------------------------------------ resolution
    def province_of_text(self, text: str) -> tuple[str | None, str]:
        """The document's own province (adcode) and the evidence for it."""
        text = text[:PROVINCE_WINDOW]  # the addressee, title and first sections say it; 10 MB need not be read
        if self.infer_fn is not None:
            guess = self.infer_fn(text)
            if guess is None:
                return None, "resolver.infer_province found no province"
            code = getattr(guess, "adcode", None) or getattr(guess, "province", None)
            evidence = getattr(guess, "evidence", "") or getattr(guess, "reason", "")
            return (str(code) if code else None), f"resolver.infer_province: {evidence}".strip()
        return _local_province(self, text)

    def readings(self, name: str, province: str | None, context: str) -> tuple[tuple[Reading, ...], bool]:
        """Ranked readings of a name and whether the best is ambiguous."""
        if self.resolve_fn is not None:
            # context only settles names with several index entries; leaving it out elsewhere lets
            # the (pure) answer be cached, which keeps 10 MB inputs fast.
            several = len(self.gazetteer.lookup(name)) > 1
            return self._resolved(name, province, context if several else None)
        return _local_readings(self.gazetteer, name, province)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one index per process, cache lives with it
    def _resolved(self, name: str, province: str | None, context: str | None) -> tuple[tuple[Reading, ...], bool]:
        assert self.resolve_fn is not None
        candidates = list(self.resolve_fn(name, province=province, context=context))
        readings = tuple(
            Reading(tuple(str(c) for c in cand.adcodes), str(cand.name), str(cand.kind),
                    str(getattr(cand, "reason", "")), float(getattr(cand, "score", 0.0)))
            for cand in candidates
        )
        ambiguous = bool(candidates and getattr(candidates[0], "ambiguous", False))
        return readings, ambiguous


def _province_prefix(gazetteer: Any, entry: Any) -> str:
    if entry.kind in ("composite", "region"):
        region = gazetteer.region(entry.target)
        return str(region.province)[:2] if region is not None else ""
    return str(entry.target)[:2]


def _optional(attr: str) -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("geo.resolver")
    except ModuleNotFoundError:
        return None
    return getattr(module, attr, None)


def _local_readings(gazetteer: Any, name: str, province: str | None) -> tuple[tuple[Reading, ...], bool]:
    """Fallback ranking when :mod:`geo.resolver` is absent: regions, history, then units (own
    province first, then the higher level: 昌吉 -> the prefecture, not 昌吉市)."""
    out: list[Reading] = []
    for entry in gazetteer.lookup(name):
        if entry.kind in ("composite", "region"):
            region = gazetteer.region(entry.target)
            if region is not None:
                bonus = 2.0 if province and region.province == province else 0.0
                out.append(Reading(tuple(region.members), region.name, entry.kind, "region table", 5 + bonus))
        elif entry.kind == "historical":
            for hist in gazetteer.historical(entry.target):
                bonus = 2.0 if province and hist.new_codes and hist.new_codes[0][:2] == province[:2] else 0.0
                # a former name ranks below a current unit of the same name (大同 is 大同市, not 大同县)
                out.append(Reading(tuple(hist.new_codes), hist.new_name, "historical",
                                   f"{hist.old_name} -> {hist.new_name} ({hist.when})", 1.5 + bonus))
        else:
            unit = gazetteer.get(entry.target)
            if unit is None or unit.status != "current":
                continue
            score = {"full": 3.0, "alias": 3.0, "short": 2.0, "weak": 1.0}.get(entry.kind, 1.0)
            if province and unit.province == province:
                score += 2.0 if unit.level != "province" else -1.0
            score += {"province": 0.3, "prefecture": 0.2, "county": 0.0}[unit.level]
            out.append(Reading((unit.adcode,), unit.name, "unit", f"{entry.kind} name", score))
    best: dict[tuple[str, ...], Reading] = {}
    for reading in out:
        if reading.adcodes not in best or reading.score > best[reading.adcodes].score:
            best[reading.adcodes] = reading
    ranked = tuple(sorted(best.values(), key=lambda r: -r.score))
    ambiguous = len(ranked) > 1 and abs(ranked[0].score - ranked[1].score) < 0.05
    return ranked, ambiguous


def _local_province(index: PlaceIndex, text: str) -> tuple[str | None, str]:
    """Most-mentioned province (by its own names or by its units' full names) in the first 20k chars."""
    counts: dict[str, int] = {}
    for match in index.matches(text[:20000], None):
        for entry in index.gazetteer.lookup(match.name):
            if entry.kind in ("full", "short", "alias"):
                unit = index.gazetteer.get(entry.target)
                if unit is not None:
                    weight = 3 if unit.level == "province" else 1
                    counts[unit.province] = counts.get(unit.province, 0) + weight
    if not counts:
        return None, "no place names found"
    code = max(counts, key=lambda c: counts[c])
    return code, f"most mentioned province by name counts ({counts[code]})"
