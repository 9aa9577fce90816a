"""``python -m geo resolve MENTION [--province NAME] [--context TEXT] [--json]``."""

from __future__ import annotations

import argparse
import json

from geo.errors import UnknownPlaceError, shorten
from geo.resolver import resolve


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("resolve", help="resolve a place mention to ranked candidate adcodes")
    p.add_argument("mention", help="a place name, abbreviation, regional name, former name or adcode")
    p.add_argument("--province", help="province context (name or code), e.g. 新疆 or 650000")
    p.add_argument("--context", help="surrounding text; an enclosing place named there settles duplicates")
    p.add_argument("--json", action="store_true", help="print a JSON array of candidates, best first")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cands = resolve(args.mention, province=args.province, context=args.context)
    if args.json:
        print(json.dumps([c.to_json() for c in cands], ensure_ascii=False, indent=1))
        return 0 if cands else 1
    if not cands:
        msg = f"unknown place: '{shorten(args.mention)}' (no unit, former name, abbreviation or region matches)"
        raise UnknownPlaceError(msg)
    if cands[0].ambiguous:
        print(f"'{shorten(args.mention)}' is ambiguous ({sum(c.ambiguous for c in cands)} equally good readings):")
    for i, c in enumerate(cands, 1):
        flag = " [ambiguous]" if c.ambiguous else ""
        print(f"{i}. {','.join(c.adcodes)}  {c.name}  ({c.kind}, score {c.score:.2f}){flag}\n   {c.reason}")
    return 0
