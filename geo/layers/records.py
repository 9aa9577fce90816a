"""Reading one layer's records (meta, checks, designations) from YAML nodes, field by field.

Each reader returns the record or raises :class:`RecordErrors` listing every field
problem of that record, so a planner sees all of a record's mistakes at once and the loader can skip
just that record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.nodes import MappingNode, Node

from geo.layers.model import (
    CHECK_KINDS,
    KINDS,
    META_FIELDS,
    REVIEWS,
    STATUSES,
    Check,
    Designation,
    InferredField,
)
from geo.layers.nodes import (
    ID_RE,
    FieldError,
    line_of,
    mapping_items,
    read_adcode,
    read_bool,
    read_choice,
    read_float,
    read_int,
    read_list,
    read_span,
    read_str,
    scalar_value,
)

# Minimum number of members per kind (unlocated: none needed).
MIN_MEMBERS = {"area": 1, "axis": 2, "line": 2, "triangle": 3, "core": 1, "site": 1, "unlocated": 0}
TRIANGLE_MEMBERS = 3


class RecordErrors(Exception):
    """All field errors of one record (each a FieldError with its own line)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


Reader = Callable[[Node, str], Any]


def _read_id(node: Node, what: str) -> str:
    value = read_str(node, what, allow_empty=False)
    if not ID_RE.match(value):
        raise FieldError(line_of(node), f"{what} '{value}' must be lowercase ascii letters, digits and '-'")
    return value


DESIGNATION_FIELDS: dict[str, tuple[Reader, bool]] = {
    # name: (reader, required)
    "id": (_read_id, True),
    "group": (read_str, False),
    "name": (lambda n, w: read_str(n, w, allow_empty=False), True),
    "kind": (lambda n, w: read_choice(n, w, KINDS), True),
    "industry": (read_str, True),
    "industry_en": (read_str, False),
    "places": (lambda n, w: read_list(n, w, read_str), False),
    "members": (lambda n, w: read_list(n, w, read_adcode), True),
    "quote": (lambda n, w: read_str(n, w, allow_empty=False), True),
    "span": (read_span, True),
    "section": (read_str, False),
    "horizon": (lambda n, w: read_int(n, w, nullable=True), False),
    "status": (lambda n, w: read_choice(n, w, STATUSES), True),
    "review": (lambda n, w: read_choice(n, w, REVIEWS), True),
    "notes": (lambda n, w: read_list(n, w, read_str), False),
    "confidence": (read_float, False),
}

CHECK_FIELDS: dict[str, tuple[Reader, bool]] = {
    "kind": (lambda n, w: read_choice(n, w, CHECK_KINDS), True),
    "statement": (read_str, False),
    "declared": (lambda n, w: read_int(n, w, nullable=True), False),
    "found": (lambda n, w: read_int(n, w, nullable=True), False),
    "quote": (read_str, False),
    "span": (read_span, False),
    "note": (read_str, False),
}


def _read_fields(node: Node, what: str, spec: dict[str, tuple[Reader, bool]]) -> tuple[dict[str, Any], int | None]:
    """Read every field of a record mapping by ``spec``; collect all errors before raising."""
    items = mapping_items(node, what)
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    for key, (key_node, value_node) in items.items():
        if key not in spec:
            errors.append(FieldError(line_of(key_node), f"{what}: unknown field '{key}' (known: {', '.join(spec)})"))
            continue
        try:
            values[key] = spec[key][0](value_node, f"{what}: {key}")
        except FieldError as exc:
            errors.append(exc)
    for key, (_, required) in spec.items():
        if required and key not in items:
            errors.append(FieldError(line_of(node), f"{what}: missing field '{key}'"))
    if errors:
        raise RecordErrors(errors)
    return values, line_of(node)


def read_designation(node: Node, *, doc: str, source: str) -> Designation:
    """One ``designations:`` item; raises RecordErrors (all problems of the record)."""
    label = "designation"
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if getattr(key_node, "value", None) == "id" and getattr(value_node, "value", None):
                label = f"designation '{value_node.value}'"
    values, line = _read_fields(node, label, DESIGNATION_FIELDS)
    _check_kind_members(values, label, line)
    return Designation(
        id=values["id"],
        doc=doc,
        name=values["name"],
        kind=values["kind"],
        members=values["members"],
        quote=values["quote"],
        span=values["span"],
        status=values["status"],
        review=values["review"],
        group=values.get("group", ""),
        industry=values.get("industry", ""),
        industry_en=values.get("industry_en", ""),
        places=values.get("places", ()),
        section=values.get("section", ""),
        horizon=values.get("horizon"),
        notes=values.get("notes", ()),
        confidence=values.get("confidence"),
        source=source,
        line=line,
    )


def _check_kind_members(values: dict[str, Any], label: str, line: int | None) -> None:
    """What each kind needs to be drawn (README "Kinds"): e.g. a triangle has exactly three members."""
    kind, members = values["kind"], values["members"]
    errors: list[FieldError] = []
    if len(set(members)) != len(members):
        dupes = sorted({m for m in members if members.count(m) > 1})
        errors.append(FieldError(line, f"{label}: members repeat {', '.join(dupes)}"))
    if kind == "triangle" and len(members) != TRIANGLE_MEMBERS:
        errors.append(FieldError(line, f"{label}: kind triangle needs exactly 3 members, found {len(members)}"))
    elif len(members) < MIN_MEMBERS[kind]:
        errors.append(
            FieldError(
                line,
                f"{label}: kind {kind} needs at least {MIN_MEMBERS[kind]} member(s), found {len(members)}",
            )
        )
    if kind == "unlocated" and members:
        errors.append(
            FieldError(
                line,
                f"{label}: kind unlocated must have no members (found {', '.join(members)}); use another kind",
            )
        )
    if errors:
        raise RecordErrors(errors)


def read_check(node: Node, *, doc: str, source: str) -> Check:
    """One ``checks:`` item; a count check needs ``declared`` and ``found``; quote and span go together."""
    values, line = _read_fields(node, "check", CHECK_FIELDS)
    errors: list[FieldError] = []
    if values["kind"] == "count" and (values.get("declared") is None or values.get("found") is None):
        errors.append(FieldError(line, "check: kind count needs 'declared' and 'found' numbers"))
    if bool(values.get("quote")) != ("span" in values):
        errors.append(FieldError(line, "check: 'quote' and 'span' must be given together"))
    if values["kind"] != "count" and not values.get("note") and not values.get("statement"):
        errors.append(FieldError(line, f"check: kind {values['kind']} needs a 'note' saying what was found"))
    if errors:
        raise RecordErrors(errors)
    return Check(
        kind=values["kind"],
        statement=values.get("statement", ""),
        declared=values.get("declared"),
        found=values.get("found"),
        quote=values.get("quote", ""),
        span=values.get("span"),
        note=values.get("note", ""),
        doc=doc,
        source=source,
        line=line,
    )


def read_meta_field(name: str, node: Node) -> InferredField:
    """``{value: ..., inferred: true, evidence: "..."}``; evidence is required when inferred."""
    what = f"meta: {name}"
    items = mapping_items(node, what)
    errors: list[FieldError] = []
    for key, (key_node, _) in items.items():
        if key not in ("value", "inferred", "evidence"):
            errors.append(
                FieldError(line_of(key_node), f"{what}: unknown field '{key}' (known: value, inferred, evidence)")
            )
    for key in ("value", "inferred"):
        if key not in items:
            errors.append(FieldError(line_of(node), f"{what}: missing field '{key}'"))
    value: str | int | None = None
    inferred = False
    evidence = ""
    try:
        if "value" in items:
            value = _meta_value(name, items["value"][1])
        if "inferred" in items:
            inferred = read_bool(items["inferred"][1], f"{what}: inferred")
        if "evidence" in items:
            evidence = read_str(items["evidence"][1], f"{what}: evidence")
    except FieldError as exc:
        errors.append(exc)
    if inferred and not evidence.strip() and "inferred" in items:
        errors.append(FieldError(line_of(node), f"{what}: inferred values need 'evidence' saying how"))
    if errors:
        raise RecordErrors(errors)
    return InferredField(value=value, inferred=inferred, evidence=evidence, line=line_of(node))


def _meta_value(name: str, node: Node) -> str | int | None:
    if name == "year":
        return read_int(node, "meta: year: value", nullable=True)
    if name == "region":
        return None if scalar_value(node) is None else read_adcode(node, "meta: region: value")
    return read_str(node, f"meta: {name}: value")


__all__ = ["META_FIELDS", "RecordErrors", "read_check", "read_designation", "read_meta_field"]
