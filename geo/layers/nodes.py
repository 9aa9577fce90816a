"""Typed reading of composed YAML nodes, so every schema error can name FILE:LINE.

Why nodes and not ``yaml.safe_load``: a loaded dict has forgotten where each value was written, and a
planner fixing a 40-record layer needs the line. ``yaml.compose`` keeps a mark on every node; these
helpers read a value of the expected type from a node or raise :class:`FieldError` carrying that
node's line. Scalars are constructed with PyYAML's SafeConstructor, so YAML 1.1 typing applies
exactly as in ``safe_load`` (``010000`` unquoted is an octal int, hence the "quote adcodes" hints).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

T = TypeVar("T")

ADCODE_RE = re.compile(r"^[1-9]\d{5}$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class FieldError(Exception):
    """A value of the wrong shape, with the 1-based line of the node it was read from."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def line_of(node: Node | None) -> int | None:
    """1-based line where ``node`` starts (PyYAML marks are 0-based)."""
    if node is None or node.start_mark is None:
        return None
    return int(node.start_mark.line) + 1


def describe(node: Node) -> str:
    """Short human name of a node's type for messages ("a list", "a number" ...)."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    tag = str(node.tag).rsplit(":", 1)[-1]
    return {
        "str": "a string",
        "int": "a number",
        "float": "a number",
        "bool": "true/false",
        "null": "empty (null)",
        "timestamp": "a date",
    }.get(tag, f"a {tag} value")


def scalar_value(node: Node) -> Any:
    """Construct a scalar node the way ``yaml.safe_load`` would; anything else is a FieldError."""
    if not isinstance(node, ScalarNode):
        raise FieldError(line_of(node), f"expected a single value, found {describe(node)}")
    try:
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise FieldError(line_of(node), f"cannot read value {node.value!r}: {exc}") from None


def mapping_items(node: Node, what: str) -> dict[str, tuple[ScalarNode, Node]]:
    """Keys of a mapping node -> (key node, value node); rejects non-mappings, odd and repeated keys."""
    if not isinstance(node, MappingNode):
        raise FieldError(line_of(node), f"{what} must be a mapping of field: value, found {describe(node)}")
    items: dict[str, tuple[ScalarNode, Node]] = {}
    for key_node, value_node in node.value:
        key = scalar_value(key_node) if isinstance(key_node, ScalarNode) else None
        if not isinstance(key, str):
            raise FieldError(line_of(key_node), f"{what}: field names must be plain words, found {describe(key_node)}")
        if key in items:
            first = line_of(items[key][0])
            raise FieldError(line_of(key_node), f"{what}: field '{key}' given twice (first on line {first})")
        items[key] = (key_node, value_node)  # type: ignore[assignment]
    return items


def sequence_items(node: Node, what: str) -> list[Node]:
    """Items of a sequence node; a FieldError for anything else."""
    if not isinstance(node, SequenceNode):
        raise FieldError(line_of(node), f"{what} must be a list, found {describe(node)}")
    return list(node.value)


def read_str(node: Node, what: str, *, allow_empty: bool = True) -> str:
    """A string (numbers are refused: '2020' vs 2020 matters for ids and codes)."""
    value = scalar_value(node)
    if value is None and allow_empty:
        return ""
    if not isinstance(value, str):
        raise FieldError(line_of(node), f"{what} must be text, found {describe(node)} ({node.value!r}); quote it")
    if not allow_empty and not value.strip():
        raise FieldError(line_of(node), f"{what} must not be empty")
    return value


def read_int(node: Node, what: str, *, nullable: bool = False) -> int | None:
    """An integer (not a bool, not a quoted number)."""
    value = scalar_value(node)
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(line_of(node), f"{what} must be a whole number, found {describe(node)} ({node.value!r})")
    return value


def read_float(node: Node, what: str) -> float | None:
    """A number in [0, 1] or null (confidence)."""
    value = scalar_value(node)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= float(value) <= 1.0:
        raise FieldError(line_of(node), f"{what} must be a number between 0 and 1, found {node.value!r}")
    return float(value)


def read_bool(node: Node, what: str) -> bool:
    """true/false."""
    value = scalar_value(node)
    if not isinstance(value, bool):
        raise FieldError(line_of(node), f"{what} must be true or false, found {node.value!r}")
    return value


def read_choice(node: Node, what: str, choices: tuple[str, ...]) -> str:
    """One word of a fixed vocabulary."""
    value = read_str(node, what, allow_empty=False)
    if value not in choices:
        raise FieldError(line_of(node), f"{what} '{value}' is not one of: {', '.join(choices)}")
    return value


def read_list(node: Node, what: str, item: Callable[[Node, str], T]) -> tuple[T, ...]:
    """A list whose items are read with ``item``; an empty value (``members:``) is an empty list."""
    if isinstance(node, ScalarNode) and scalar_value(node) is None:
        return ()
    return tuple(item(child, f"{what} item") for child in sequence_items(node, what))


def read_adcode(node: Node, what: str) -> str:
    """A 6-digit adcode written as a string."""
    value = scalar_value(node)
    if isinstance(value, int) and not isinstance(value, bool):
        raise FieldError(
            line_of(node),
            f'{what} {node.value} must be a quoted string ("{node.value}"), adcodes are strings',
        )
    if not isinstance(value, str) or not ADCODE_RE.match(value):
        raise FieldError(line_of(node), f"{what} {node.value!r} is not a 6-digit adcode")
    return value


def read_span(node: Node, what: str) -> tuple[int, int]:
    """``[start, end)`` with 0 <= start < end."""
    items = sequence_items(node, what)
    if len(items) != 2:
        raise FieldError(line_of(node), f"{what} must be [start, end], found {len(items)} numbers")
    start = read_int(items[0], f"{what} start")
    end = read_int(items[1], f"{what} end")
    assert start is not None and end is not None
    if not 0 <= start < end:
        raise FieldError(line_of(node), f"{what} [{start}, {end}] must have 0 <= start < end")
    return start, end
