"""Load and validate layer files: ``load_layer(path)`` and ``load_layers(paths)``.

Bad data never raises: every problem becomes a :class:`Problem` naming FILE:LINE, a broken record is
skipped, a broken file yields an empty layer, and the other files still load — a planner editing one
layer must not lose the map of all the others. Only programming errors propagate.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import Node

from geo import paths as geo_paths
from geo.layers.model import (
    META_FIELDS,
    Check,
    Designation,
    DocumentMeta,
    InferredField,
    LoadedLayer,
    Problem,
)
from geo.layers.nodes import FieldError, line_of, mapping_items, read_str, sequence_items
from geo.layers.records import RecordErrors, read_check, read_designation, read_meta_field
from geo.layers.services import Services, default_services, province_of
from geo.layers.validate import (
    Reporter,
    check_check_text,
    check_designation_text,
    check_members,
    check_places,
)

TOP_FIELDS = ("doc", "text", "meta", "checks", "designations")
BOM = "\ufeff"


def display_path(path: str | os.PathLike[str]) -> str:
    """Path as shown in messages: relative to the repo root when inside it (``layers/x.yaml``)."""
    p = Path(path)
    try:
        return p.resolve().relative_to(geo_paths.REPO_DIR).as_posix()
    except ValueError:
        return str(path)


def read_document_text(rel: str, root: Path | None = None, layer_dir: Path | None = None) -> str:
    """The document text as the spans count it: UTF-8, a leading BOM stripped, nothing else changed.

    ``rel`` is relative to the repository root (``root``); failing that, to the layer file's own
    directory (drafts written outside the repo keep their text beside them). Absolute paths and '..' are
    refused so that a layer file (possibly uploaded) cannot make the loader quote arbitrary files.
    Raises OSError/UnicodeDecodeError/ValueError; the loader turns them into problems.
    """
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        msg = f"text path '{rel}' must be relative to the repository root (or the layer's folder), without '..'"
        raise ValueError(msg)
    candidates = [(root or geo_paths.REPO_DIR) / rel]
    if layer_dir is not None:
        candidates.append(layer_dir / rel)
    path = next((c for c in candidates if c.is_file()), candidates[0])
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith(BOM) else text


def _compose(source: str, rep: Reporter) -> Node | None:
    try:
        node = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        message = f"not valid YAML: {exc.problem or exc.context}"
        if exc.problem and exc.context and exc.context_mark is not None and exc.context_mark is not mark:
            message += f" ({exc.context} started on line {exc.context_mark.line + 1})"
        rep.error(line, message)
        return None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        rep.error(None, f"not valid YAML: {exc}")
        return None
    if node is None:
        rep.error(1, "empty layer file")
    return node


def _items(node: Node, what: str, rep: Reporter) -> list[Node]:
    try:
        return sequence_items(node, what)
    except FieldError as exc:
        rep.error(exc.line, exc.message)
        return []


def _report(rep: Reporter, exc: FieldError | RecordErrors) -> None:
    errors = exc.errors if isinstance(exc, RecordErrors) else [exc]
    for e in errors:
        rep.error(e.line, e.message)


def _read_meta(node: Node | None, doc: str, text_rel: str, rep: Reporter) -> DocumentMeta:
    fields: dict[str, InferredField] = {}
    if node is not None:
        try:
            items = mapping_items(node, "meta")
        except FieldError as exc:
            rep.error(exc.line, exc.message)
            items = {}
        for name, (key_node, value_node) in items.items():
            if name not in META_FIELDS:
                rep.error(line_of(key_node), f"meta: unknown field '{name}' (known: {', '.join(META_FIELDS)})")
                continue
            try:
                fields[name] = read_meta_field(name, value_node)
            except (FieldError, RecordErrors) as exc:
                _report(rep, exc)
    return DocumentMeta(doc=doc, text_path=text_rel, **fields)


class _Context:
    """Everything needed to validate one file's records."""

    def __init__(self, rep: Reporter, services: Services, text: str | None, province: str | None) -> None:
        self.rep = rep
        self.services = services
        self.text = text
        self.province = province


def _read_designations(node: Node | None, doc: str, ctx: _Context) -> list[Designation]:
    out: list[Designation] = []
    seen: dict[str, int | None] = {}
    for item in _items(node, "designations", ctx.rep) if node is not None else []:
        try:
            d = read_designation(item, doc=doc, source=ctx.rep.path)
        except (FieldError, RecordErrors) as exc:
            _report(ctx.rep, exc)
            continue
        if d.id in seen:
            ctx.rep.error(d.line, f"duplicate id '{d.id}' (first on line {seen[d.id]})")
            continue
        seen[d.id] = d.line
        ok = ctx.text is None or check_designation_text(d, ctx.text, ctx.rep)
        ok = check_members(d, ctx.services, ctx.province, ctx.rep) and ok
        if ok:
            check_places(d, ctx.services, ctx.province, ctx.rep)
            out.append(d)
    return out


def _read_checks(node: Node | None, doc: str, ctx: _Context) -> list[Check]:
    out: list[Check] = []
    for item in _items(node, "checks", ctx.rep) if node is not None else []:
        try:
            c = read_check(item, doc=doc, source=ctx.rep.path)
        except (FieldError, RecordErrors) as exc:
            _report(ctx.rep, exc)
            continue
        if ctx.text is None or check_check_text(c, ctx.text, ctx.rep):
            out.append(c)
    return out


def _empty(path: str, rep: Reporter, source: str, doc: str = "", text_rel: str = "") -> LoadedLayer:
    return LoadedLayer(
        path=path,
        meta=DocumentMeta(doc=doc or Path(path).stem, text_path=text_rel),
        problems=tuple(rep.problems),
        content_sha256=_sha(source),
    )


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()


def _header(top: dict[str, tuple[Node, Node]], rep: Reporter) -> tuple[str, str] | None:
    """``doc`` and ``text``; None (file broken) when either is missing or malformed."""
    out: list[str] = []
    for key in ("doc", "text"):
        if key not in top:
            rep.error(1, f"missing field '{key}'")
            continue
        try:
            out.append(read_str(top[key][1], key, allow_empty=False))
        except FieldError as exc:
            rep.error(exc.line, exc.message)
    return (out[0], out[1]) if len(out) == 2 else None


def _document_text(
    text_rel: str,
    top: dict[str, tuple[Node, Node]],
    given: str | None,
    rep: Reporter,
    root: Path | None,
    layer_dir: Path | None,
) -> str | None:
    if given is not None:
        return given[1:] if given.startswith(BOM) else given
    try:
        return read_document_text(text_rel, root, layer_dir)
    except FileNotFoundError:
        rep.error(line_of(top["text"][1]), f"document text '{text_rel}' not found")
    except UnicodeDecodeError as exc:
        rep.error(
            line_of(top["text"][1]),
            f"document text '{text_rel}' is not UTF-8 ({exc.reason} at byte {exc.start})",
        )
    except (OSError, ValueError) as exc:
        rep.error(line_of(top["text"][1]), f"document text '{text_rel}' cannot be read: {exc}")
    return None


def parse_layer(
    source: str,
    *,
    path: str,
    document_text: str | None = None,
    services: Services | None = None,
    root: Path | None = None,
    layer_dir: Path | None = None,
) -> LoadedLayer:
    """Validate a layer given as YAML text (``path`` is only used in messages).

    ``document_text`` overrides reading the ``text:`` file (in-memory layers from uploads).
    """
    rep = Reporter(path)
    node = _compose(source, rep)
    if node is None:
        return _empty(path, rep, source)
    try:
        top = mapping_items(node, "layer file")
    except FieldError as exc:
        rep.error(exc.line, exc.message)
        return _empty(path, rep, source)
    for key, (key_node, _) in top.items():
        if key not in TOP_FIELDS:
            rep.error(line_of(key_node), f"unknown field '{key}' (known: {', '.join(TOP_FIELDS)})")
    header = _header(top, rep)
    if header is None:
        return _empty(path, rep, source)
    doc, text_rel = header
    if path.endswith((".yaml", ".yml")) and Path(path).stem != doc:
        rep.warning(line_of(top["doc"][1]), f"doc '{doc}' differs from the file name '{Path(path).name}'")
    if "designations" not in top:
        rep.error(1, "missing field 'designations'")
    text = _document_text(text_rel, top, document_text, rep, root, layer_dir)
    meta = _read_meta(top["meta"][1] if "meta" in top else None, doc, text_rel, rep)
    if text is None:
        return replace(_empty(path, rep, source, doc, text_rel), meta=meta)
    services = services if services is not None else default_services()
    province = province_of(services.gazetteer, meta.region_code) if services.gazetteer is not None else None
    if meta.region_code and services.gazetteer is not None and services.gazetteer.get(meta.region_code) is None:
        assert meta.region is not None
        rep.error(meta.region.line, f"meta: region {meta.region_code} is not a known adcode")
    ctx = _Context(rep, services, text, province)
    checks = _read_checks(top["checks"][1] if "checks" in top else None, doc, ctx)
    designations = _read_designations(top["designations"][1] if "designations" in top else None, doc, ctx)
    return LoadedLayer(
        path=path,
        meta=meta,
        designations=tuple(designations),
        checks=tuple(checks),
        problems=tuple(rep.problems),
        text_sha256=_sha(text),
        content_sha256=_sha(source),
        document_text=text,
    )


def load_layer(
    path: str | os.PathLike[str], *, services: Services | None = None, root: Path | None = None
) -> LoadedLayer:
    """Load one layer file; an unreadable file gives an empty layer with an error problem."""
    shown = display_path(path)
    try:
        raw = Path(path).read_bytes()
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep = Reporter(shown)
        rep.error(None, f"layer file is not UTF-8 ({exc.reason} at byte {exc.start})")
        return _empty(shown, rep, "")
    except OSError as exc:
        rep = Reporter(shown)
        rep.error(None, f"cannot read layer file: {exc.strerror or exc}")
        return _empty(shown, rep, "")
    return parse_layer(source.removeprefix(BOM), path=shown, services=services, root=root, layer_dir=Path(path).parent)


def layer_from_mapping(
    data: Mapping[str, Any], *, name: str, document_text: str | None = None, services: Services | None = None
) -> LoadedLayer:
    """Validate an in-memory layer (a session layer from an upload or the extractor), same schema.

    It is dumped to YAML first so that the very same checks run and messages have line numbers.
    """
    source = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False)
    return parse_layer(source, path=name, document_text=document_text, services=services)


def default_layer_paths() -> list[Path]:
    """Every ``layers/*.yaml`` in name order (``*.yaml.bak`` backups are not layers)."""
    return sorted(geo_paths.LAYERS_DIR.glob("*.yaml"))


def _dedupe_across(layers: Sequence[LoadedLayer]) -> tuple[list[LoadedLayer], list[Problem]]:
    """Ids must be unique across all layers: later duplicates are reported and dropped."""
    first: dict[str, Designation] = {}
    docs: dict[str, str] = {}
    out: list[LoadedLayer] = []
    extra: list[Problem] = []
    for layer in layers:
        if layer.designations and layer.doc in docs and docs[layer.doc] != layer.path:
            extra.append(
                Problem(layer.path, None, "warning", f"doc '{layer.doc}' is also described by {docs[layer.doc]}")
            )
        docs.setdefault(layer.doc, layer.path)
        kept: list[Designation] = []
        for d in layer.designations:
            if d.id in first:
                f = first[d.id]
                extra.append(
                    Problem(layer.path, d.line, "error", f"duplicate id '{d.id}' (first in {f.source}:{f.line})")
                )
                continue
            first[d.id] = d
            kept.append(d)
        out.append(layer if len(kept) == len(layer.designations) else replace(layer, designations=tuple(kept)))
    return out, extra


def load_layers(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    *,
    extra: Iterable[LoadedLayer] = (),
    services: Services | None = None,
) -> tuple[list[LoadedLayer], list[Problem]]:
    """Load many layers (default: ``layers/*.yaml``) plus already-loaded ``extra`` ones.

    Returns the layers and every problem (per file, then cross-file duplicates). When the gazetteer or
    resolver is unavailable, one warning says which checks were skipped.
    """
    services = services if services is not None else default_services()
    loaded = [load_layer(p, services=services) for p in (default_layer_paths() if paths is None else paths)]
    layers, cross = _dedupe_across([*loaded, *extra])
    problems = [p for layer in layers for p in layer.problems] + cross
    if services.unavailable:
        problems.append(Problem("geo", None, "warning", f"{services.unavailable}: adcodes and places not checked"))
    return layers, problems
