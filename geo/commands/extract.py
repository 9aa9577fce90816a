"""``python -m geo extract DOC [DOC ...] --out OUT.geojson [--layer OUT.yaml]``: extract designations.

Reads each document (UTF-8 with or without BOM, UTF-16, GBK/GB18030, Big5, .docx; Simplified or
Traditional script), reports the encoding it assumed, and writes the ``geo export`` FeatureCollection
with ``review: auto``, a ``confidence`` per designation, the candidates of ambiguous places, the
unresolved place-like mentions and the count warnings. ``--layer`` writes a draft layer file (one
document) or a directory of draft layers (several documents) for review. A document that cannot be
read stops the command with one line naming the file and the problem, and a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    """Register the ``extract`` sub-command."""
    p = sub.add_parser(
        "extract",
        help="extract layout designations from policy documents",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("docs", nargs="+", metavar="DOC", help="documents (.txt in any Chinese encoding, .docx)")
    p.add_argument("--out", required=True, help="GeoJSON FeatureCollection to write")
    p.add_argument("--layer", help="draft layer YAML to write (a directory when several documents are given)")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read all documents first (so a bad one fails before anything is written), then extract and write."""
    from geo import atomic
    from geo.extract import PlaceIndex, extract_document
    from geo.extract.writer import feature_collection, layer_mapping, layer_yaml, text_reference, warnings
    from geo.textio import read_document

    started = time.perf_counter()
    documents = [read_document(Path(path), name=path) for path in args.docs]
    index = PlaceIndex()
    layer_paths = _layer_paths(args.layer, args.docs)
    results = []
    for path, document, layer_path in zip(args.docs, documents, layer_paths, strict=True):
        extraction = extract_document(document, index)
        text_path, copy = text_reference(extraction, Path(path), layer_path)
        results.append((extraction, layer_mapping(extraction, text_path), layer_path, copy, text_path))
        if not args.quiet:
            notes = "; ".join(document.notes) or "no conversion needed"
            print(f"{path}: encoding {document.encoding} ({notes}); {len(extraction.drafts)} designations, "
                  f"{len(extraction.unresolved)} unresolved mentions", file=sys.stderr)
            for line in warnings(extraction):
                print(f"warning: {line}", file=sys.stderr)
    collection = feature_collection([(x, m) for x, m, _, _, _ in results])
    atomic.write_text(args.out, json.dumps(collection, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
    for extraction, _, layer_path, copy, text_path in results:
        if layer_path is None:
            continue
        if copy is not None:
            atomic.write_text(layer_path.parent / Path(text_path).name, copy)
        atomic.write_text(layer_path, layer_yaml(extraction, text_path))
    chars = sum(len(d.text) for d in documents)
    seconds = time.perf_counter() - started
    print(f"wrote {args.out}: {len(collection['features'])} designations from {len(documents)} document(s), "
          f"{chars} characters in {seconds:.1f} s")
    return 0


def _layer_paths(layer: str | None, docs: list[str]) -> list[Path | None]:
    if layer is None:
        return [None] * len(docs)
    target = Path(layer)
    if len(docs) == 1 and target.suffix.lower() in (".yaml", ".yml"):
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    return [target / f"{Path(d).stem}.yaml" for d in docs]
