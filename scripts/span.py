"""Find the sentence around a snippet and its code-point span, and check layer spans.

Why: layer files quote the exact sentence a designation comes from and give its [start, end) offsets.
Offsets counted by hand are always wrong somewhere, so reviewers compute them here and re-check them
before committing. Sentence rule (layers/README.md): from just after the previous 。/；/line break to the
next 。 (inclusive) or the line end; leading indentation (full-width or ASCII spaces) is not part of it.

Usage:
    python scripts/span.py corpus/seeds/X.txt 'snippet' [occurrence]   # print quote and span
    python scripts/span.py --check layers/X.yaml [...]                  # verify every quote/span
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
_STARTS = "。；\n"
_INDENT = "\u3000 \t"


def sentence(text: str, snippet: str, occurrence: int = 1) -> tuple[str, int, int]:
    """Return (quote, start, end) of the sentence holding the n-th occurrence of snippet."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            msg = f"snippet not found (occurrence {occurrence}): {snippet!r}"
            raise ValueError(msg)
    start = max(text.rfind(ch, 0, pos) for ch in _STARTS) + 1
    while start < pos and text[start] in _INDENT:
        start += 1
    ends = [i for i in (text.find("。", pos + len(snippet) - 1), text.find("\n", pos)) if i >= 0]
    end = min(ends) if ends else len(text)
    if end < len(text) and text[end] == "。":
        end += 1
    return text[start:end], start, end


def check(layer_path: Path) -> list[str]:
    """Return one message per quote whose span does not match the document text."""
    data = yaml.safe_load(layer_path.read_text(encoding="utf-8"))
    text = (ROOT / data["text"]).read_text(encoding="utf-8")
    problems = []
    for rec in list(data.get("designations") or []) + list(data.get("checks") or []):
        if "quote" not in rec:
            continue
        start, end = rec["span"]
        if text[start:end] != rec["quote"]:
            problems.append(f"{layer_path}: {rec.get('id', rec.get('statement'))}: span does not match quote")
    return problems


def main(argv: list[str]) -> int:
    """CLI entry: print a sentence and span, or check layer files."""
    if argv[:1] == ["--check"]:
        problems = [p for f in argv[1:] for p in check(Path(f))]
        print("\n".join(problems) or f"ok: {len(argv) - 1} file(s)")
        return 1 if problems else 0
    text = Path(argv[0]).read_text(encoding="utf-8")
    quote, start, end = sentence(text, argv[1], int(argv[2]) if len(argv) > 2 else 1)
    print(f"quote: {quote}\nspan: [{start}, {end}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
