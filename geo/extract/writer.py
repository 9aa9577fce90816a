"""Write an extraction in the shared schemas: a draft layer (YAML, loads with :mod:`geo.layers`) and
the ``geo export`` GeoJSON FeatureCollection (through :mod:`geo.table` and :mod:`geo.exporters`).

Extraction and curation share one schema: a draft layer is a reviewed layer with ``review: auto``,
a ``confidence`` per record, the candidates of ambiguous places in ``notes``, and the unresolved
mentions and count warnings as ``checks``. A reviewer edits it and moves it into ``layers/``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from geo.extract.model import Draft, Extraction
from geo.extract.sentences import quote_span
from geo.paths import REPO_DIR


def doc_stem(name: str) -> str:
    """The document's file stem (the layer's ``doc``)."""
    return Path(name).stem or "document"


def _slug(stem: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:6]
    return f"{ascii_part[:24]}-{digest}" if ascii_part else digest


def layer_mapping(extraction: Extraction, text_path: str) -> dict[str, Any]:
    """The draft layer as a mapping of the layer schema."""
    stem = doc_stem(extraction.doc)
    slug = _slug(stem)
    meta: dict[str, Any] = {}
    if extraction.province:
        meta["region"] = {
            "value": extraction.province,
            "inferred": True,
            "evidence": extraction.province_evidence or "document's own province",
        }
    return {
        "doc": stem,
        "text": text_path,
        "meta": meta,
        "checks": _checks(extraction),
        "designations": [
            _designation(extraction, d, f"auto-{slug}-{i:03d}") for i, d in enumerate(extraction.drafts, 1)
        ],
    }


def _designation(extraction: Extraction, draft: Draft, ident: str) -> dict[str, Any]:
    text = extraction.text
    horizon = re.search(r"(?:到|至)(20\d\d)年", text[draft.start : draft.end])
    return {
        "id": ident,
        "group": draft.group[:80],
        "name": draft.name[:80] or draft.group[:80],
        "kind": draft.kind,
        "industry": draft.industry,
        "places": [m.written for m in draft.mentions],
        "members": list(draft.members),
        "quote": text[draft.start : draft.end],
        "span": [draft.start, draft.end],
        "section": draft.section,
        "horizon": int(horizon.group(1)) if horizon else None,
        "status": draft.status,
        "review": "auto",
        "confidence": draft.confidence,
        "notes": list(draft.notes),
    }


def _checks(extraction: Extraction) -> list[dict[str, Any]]:
    text = extraction.text
    out: list[dict[str, Any]] = []
    for check in extraction.checks:
        start, end = quote_span(text, check.start)
        out.append(
            {
                "kind": "count",
                "statement": check.statement,
                "declared": check.declared,
                "found": check.found,
                "quote": text[start:end],
                "span": [start, end],
                "note": check.note or "count matches",
            }
        )
    for mention in extraction.unresolved:
        start, end = quote_span(text, mention.start)
        out.append(
            {
                "kind": "note",
                "statement": f"unresolved: {mention.written}",
                "quote": text[start:end],
                "span": [start, end],
                "note": f"place-like mention at [{mention.start}, {mention.end}) not in the gazetteer",
            }
        )
    return out


def warnings(extraction: Extraction) -> list[str]:
    """One line per count that does not match (shown on the command line and in the GeoJSON)."""
    return [
        f"{extraction.doc}: count check '{c.statement}': declared {c.declared}, found {c.found}"
        for c in extraction.checks
        if not c.ok
    ]


def layer_yaml(extraction: Extraction, text_path: str) -> str:
    """Draft layer file text (header comment + YAML)."""
    header = (
        f"# Draft layer extracted automatically from {extraction.doc} (encoding: {extraction.encoding}).\n"
        "# review: auto — check every record, set review: reviewed, then move this file into layers/.\n"
    )
    body = yaml.safe_dump(layer_mapping(extraction, text_path), allow_unicode=True, sort_keys=False, width=1000)
    return header + body


def text_reference(extraction: Extraction, source: Path | None, layer_path: Path | None) -> tuple[str, str | None]:
    """(``text:`` value, decoded text to write beside the layer or None).

    The layer loader reads the text as UTF-8, relative to the repository root or to the layer's own
    folder, and counts spans in it. When the source is exactly that text (UTF-8, no BOM, no CRLF) and
    reachable, it is referenced; otherwise (GB18030, a BOM, CRLF, .docx, elsewhere on disk) a UTF-8
    copy named after the document is written beside the layer."""
    exact = False
    if source is not None:
        try:
            exact = source.read_bytes().decode("utf-8") == extraction.text
        except (OSError, UnicodeDecodeError):
            exact = False
    if exact and source is not None:
        inside = _repo_relative(source.resolve())
        if inside is not None:
            return inside, None
        if layer_path is None or source.resolve().parent == layer_path.resolve().parent:
            return source.name, None
    if layer_path is None:
        return f"{doc_stem(extraction.doc)}.txt", None
    copy = layer_path.resolve().parent / f"{doc_stem(extraction.doc)}.txt"
    return _repo_relative(copy) or copy.name, extraction.text


def _repo_relative(path: Path) -> str | None:
    try:
        return path.relative_to(REPO_DIR).as_posix()
    except ValueError:
        return None


def feature_collection(extractions: list[tuple[Extraction, dict[str, Any]]]) -> dict[str, Any]:
    """The ``geo export`` FeatureCollection for the drafts, plus candidates, unresolved and warnings."""
    from geo.exporters.geojson import feature_collection as export_collection
    from geo.table import load_table

    extra = [
        {**mapping, "document_text": extraction.text, "source_name": f"<extract:{extraction.doc}>"}
        for extraction, mapping in extractions
    ]
    table = load_table(paths=[], extra=extra)
    collection = export_collection(table)
    candidates = _candidates(extractions)
    for feature in collection["features"]:
        feature["properties"]["candidates"] = candidates.get(str(feature.get("id")), {})
    collection["unresolved"] = {
        doc_stem(x.doc): [{"mention": m.written, "span": [m.start, m.end], "kind": m.name_kind} for m in x.unresolved]
        for x, _ in extractions
    }
    collection["excluded"] = {
        doc_stem(x.doc): [{"mention": m.written, "span": [m.start, m.end], "reason": why} for m, why in x.excluded]
        for x, _ in extractions
    }
    collection["warnings"] = [w for x, _ in extractions for w in warnings(x)]
    collection["extraction"] = {
        doc_stem(x.doc): {
            "encoding": x.encoding,
            "notes": x.notes,
            "province": x.province,
            "province_evidence": x.province_evidence,
        }
        for x, _ in extractions
    }
    collection["problems"] = [str(p) for p in table.problems]
    return collection


def _candidates(extractions: list[tuple[Extraction, dict[str, Any]]]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for extraction, mapping in extractions:
        for draft, record in zip(extraction.drafts, mapping["designations"], strict=True):
            places: dict[str, list[dict[str, Any]]] = {}
            for mention in draft.mentions:
                if mention.ambiguous or len(mention.readings) > 1:
                    places[mention.written] = [
                        {
                            "adcodes": list(r.adcodes),
                            "name": r.name,
                            "kind": r.kind,
                            "score": r.score,
                            "reason": r.reason,
                        }
                        for r in mention.readings[:5]
                    ]
            out[record["id"]] = places
    return out
