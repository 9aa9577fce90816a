"""Derive the ordinary words that contain a place's short name: ``geo/data/inner_words.csv``.

Why: a place's short name is often part of an ordinary word — 合作 (合作市) in 合作社 and 区域合作, 资源 (资源县) in
水资源 and 矿产资源, 南部 (南部县) in 西南部, 钱塘 (钱塘区) in 钱塘江, 北京 in 北京大学. ``filters.BLOCK_WORDS`` lists
such words one at a time as documents showed them; this table is the systematic rest, taken from a general Chinese
dictionary (jieba 0.42.1's ``dict.txt``, MIT, 349,046 words with part-of-speech tags). The place automaton reads
them as block words, so the longest match — the ordinary word — swallows the short name inside it.

Which words are taken (each rule keeps a place that a plan might mean):
- at least three characters, containing a gazetteer name that is only a short or weak name (a full name such as
  合作市, an abbreviation or a region is never inside a blocked word), and not themselves a gazetteer name;
- not a place word of the dictionary (tags ``ns*``), nor a piece of a longer place name (乌兰察 of 乌兰察布), nor two
  place names side by side (吉林长春), nor a zone (…开发区, …新区, …园区) or a word with 省/市/县/区/州 in it unless it
  ends as an institution (…政府, …大学, …银行, …局, …厅);
- ordinary words (nouns, idioms, verbs, directions; tags n l i f v vn a an ad d s) only when every short name inside
  them is itself an ordinary word of the dictionary (合作, 资源, 南部, 通道): a product or a site named after a real
  place (普洱茶, 库尔勒香梨, 天河机场) keeps its place, because a plan may well mean that place;
- institutions (tag ``nt``: 北京大学, 湖北省人民政府, 东风汽车公司), idioms and set phrases (i, l: 长治久安);
- rivers, lakes and mountains (tags nr/nz, three characters, a short name followed by 江 河 湖 山 岭 峡: 钱塘江, 嘉陵江,
  麦积山) — the feature, not the district.

Run (network only here, to fetch the dictionary; the output is committed):
    .venv/bin/pip download --no-deps -d /tmp/jieba jieba==0.42.1
    .venv/bin/python scripts/derive_inner_words.py /tmp/jieba/jieba-0.42.1.tar.gz
"""

from __future__ import annotations

import csv
import io
import re
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import ahocorasick

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo.gazetteer import get_gazetteer  # noqa: E402

OUT = REPO / "geo" / "data" / "inner_words.csv"
SOURCE = "jieba 0.42.1 dict.txt (PyPI, MIT)"
ORDINARY = frozenset({"n", "l", "i", "f", "vn", "v", "a", "an", "ad", "d", "s"})
PLACE_LIKE = re.compile(r"开发区|特区|新区|园区|试验区|示范区|保税区|合作区|经济区|[省市县区州]|自治")
INSTITUTION_END = re.compile(r"(政府|省委|市委|大学|学院|银行|公司|交易所|局|厅|部|委员会)$")
FEATURE_END = "江河湖山岭峡"


def dictionary(archive: Path) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of jieba's dict.txt inside the sdist."""
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
        handle = tar.extractfile(member)
        assert handle is not None
        text = io.TextIOWrapper(handle, encoding="utf-8").read()
    rows = []
    for line in text.splitlines():
        word, freq, tag = line.split()
        rows.append((word, int(freq), tag))
    return rows


def automaton(names: set[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for name in names:
        auto.add_word(name, name)
    auto.make_automaton()
    return auto


def derive(rows: list[tuple[str, int, str]]) -> list[dict[str, str]]:
    """The inner-word table, most frequent first."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for entry in get_gazetteer().name_index():
        if len(entry.name) >= 2:
            kinds[entry.name].add(entry.kind)
    short_only = {n for n, ks in kinds.items() if not ks & {"full", "composite", "region", "alias"}}
    shorts, every = automaton(short_only), automaton(set(kinds))
    joined = "\x00".join(kinds)
    tags = {word: tag for word, _, tag in rows}

    def ordinary_word(name: str) -> bool:
        tag = tags.get(name, "ns")
        return not tag.startswith("ns") and tag not in ("nr", "nz")

    out = []
    for word, freq, tag in rows:
        if len(word) < 3 or word in kinds or tag.startswith("ns") or word in joined:
            continue
        inside = [(end - len(n) + 1, end, n) for end, n in shorts.iter(word) if len(n) < len(word)]
        if not inside:
            continue
        feature = (tag in ("nr", "nz") and len(word) == 3 and word[-1] in FEATURE_END
                   and any(start == 0 and end == 1 for start, end, _ in inside))
        if not feature and tag not in ORDINARY | {"nt"}:
            continue
        if tag in ORDINARY - {"l", "i"} and not all(ordinary_word(n) for _, _, n in inside):
            continue  # 普洱茶, 天河机场: named after the place, which a plan may mean
        if PLACE_LIKE.search(word) and not INSTITUTION_END.search(word):
            continue
        covered: set[int] = set()
        for end, name in every.iter(word):
            covered |= set(range(end - len(name) + 1, end + 1))
        if len(covered) >= len(word) and not INSTITUTION_END.search(word):
            continue  # 吉林长春, 天津市人: places side by side
        out.append({"word": word, "contains": "、".join(sorted({n for _, _, n in inside})), "tag": tag,
                    "frequency": str(freq), "source": SOURCE})
    out.sort(key=lambda r: (-int(r["frequency"]), r["word"]))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    table = derive(dictionary(Path(argv[0])))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["word", "contains", "tag", "frequency", "source"])
        writer.writeheader()
        writer.writerows(table)
    print(f"{len(table)} words -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
