"""Uploaded documents in the explorer: size limit, reading, extraction, review table, session layer.

The uploaded file's name is only ever a label: the document is identified by the hash of its bytes
(``upload-<sha256[:10]>``), and nothing is written to disk. Every failure becomes one message for the
page (``UploadResult.error``), so a bad upload never stops the rest of the app.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import yaml

from geo import i18n
from geo.errors import AtlasError

ACCEPT = "accept"
MEMBERS = "members"
#: Review table columns a user may not edit (everything except accept and members).
LOCKED = ["id", "name", "kind", "industry", "places", "candidates", "quote"]
_SPLIT = re.compile(r"[;,，；、\s]+")
_ADCODE = re.compile(r"^\d{6}$")


@dataclass
class UploadResult:
    """What the review step needs: the draft layer mapping, the review table, or an error message."""

    doc: str = ""
    layer: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    review: pd.DataFrame = field(default_factory=pd.DataFrame)
    error: str = ""
    locked_columns: list[str] = field(default_factory=lambda: list(LOCKED))


def _label(name: str) -> str:
    """A display label for the uploaded file (never used as a path): base name, printable, short."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable())[:80]
    return base or "upload"


def _candidates(draft: Any) -> str:
    out = []
    for mention in draft.mentions:
        names = [r.name for r in mention.readings[:3]]
        if len(names) > 1 or mention.ambiguous:
            out.append(f"{mention.written}: " + " / ".join(names))
    return "; ".join(out)


def process(data: bytes, name: str, *, limit_mb: float, lang: str = i18n.DEFAULT_LANG) -> UploadResult:
    """Check the size, read the document, run extraction and build the review table."""
    size_mb = len(data) / 1_000_000
    if size_mb > limit_mb:
        return UploadResult(error=i18n.tr("upload_too_big", lang, size=size_mb, mb=limit_mb))
    label = _label(name)
    try:
        from geo.extract import extract_document
        from geo.extract.writer import layer_mapping
        from geo.textio import read_document
    except ImportError as exc:
        return UploadResult(error=i18n.tr("upload_failed", lang, reason=f"{type(exc).__name__}: {exc}"))
    doc_id = f"upload-{hashlib.sha256(data).hexdigest()[:10]}"
    try:
        doc = read_document(data, name=label)
        extraction = extract_document(doc)
    except (AtlasError, UnicodeError, ValueError, OSError) as exc:
        return UploadResult(error=i18n.tr("upload_failed", lang, reason=str(exc)[:300]))
    extraction.doc = doc_id
    layer = layer_mapping(extraction, text_path=f"uploads/{doc_id}.txt")
    layer["doc"] = doc_id
    layer.setdefault("meta", {})["title"] = {"value": label, "inferred": True, "evidence": "uploaded file name"}
    if not layer.get("designations"):
        return UploadResult(doc=doc_id, layer=layer, text=doc.text, error=i18n.tr("upload_none_found", lang))
    rows = []
    for d, draft in zip(layer["designations"], extraction.drafts, strict=False):
        rows.append(
            {
                ACCEPT: True,
                "id": d["id"],
                "name": d["name"],
                "kind": d["kind"],
                "industry": d["industry"],
                MEMBERS: "; ".join(d["members"]),
                "places": "、".join(d["places"]),
                "candidates": _candidates(draft),
                "quote": d["quote"],
            }
        )
    return UploadResult(doc=doc_id, layer=layer, text=doc.text, review=pd.DataFrame(rows))


def _members(cell: object) -> list[str]:
    return [c for c in _SPLIT.split(str(cell or "")) if _ADCODE.match(c)]


def accepted_layer(result: UploadResult, edited: pd.DataFrame) -> dict[str, Any]:
    """The session layer: accepted rows only, members as edited (with a note saying so).

    Returns a layer mapping with ``document_text`` (spans are checked against it by the loader).
    """
    layer = copy.deepcopy(result.layer)
    by_id = {str(r["id"]): r for _, r in edited.iterrows()}
    kept = []
    for d in layer.get("designations", []):
        row = by_id.get(str(d["id"]))
        if row is None or not bool(row[ACCEPT]):
            continue
        members = _members(row[MEMBERS])
        if members != list(d["members"]):
            d["notes"] = [*d.get("notes", []), f"members changed in review: {', '.join(d['members'])} -> "
                          f"{', '.join(members)}"]  # fmt: skip
            d["members"] = members
        kept.append(d)
    layer["designations"] = kept
    layer["document_text"] = result.text
    layer["source_name"] = f"<upload:{result.doc}>"
    return layer


def draft_yaml(result: UploadResult, edited: pd.DataFrame) -> str:
    """The accepted layer as a draft layer file (YAML, review: auto) for download."""
    layer = accepted_layer(result, edited)
    layer.pop("document_text", None)
    layer.pop("source_name", None)
    header = f"# Draft layer from an uploaded document ({result.doc}); review every record before use.\n"
    return header + yaml.safe_dump(layer, allow_unicode=True, sort_keys=False, width=1000)
