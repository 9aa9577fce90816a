"""Designation layers: the reviewed YAML files under ``layers/`` (schema in ``layers/README.md``).

Public API: :func:`load_layer`, :func:`load_layers`, :func:`parse_layer`, :func:`layer_from_mapping`,
the records (:class:`Designation`, :class:`DocumentMeta`, :class:`InferredField`, :class:`Check`,
:class:`LoadedLayer`) and :class:`Problem` (``str()`` is ``FILE:LINE: message``).
"""

from geo.layers.loader import (
    default_layer_paths,
    display_path,
    layer_from_mapping,
    load_layer,
    load_layers,
    parse_layer,
    read_document_text,
)
from geo.layers.model import (
    CHECK_KINDS,
    KINDS,
    REVIEWS,
    STATUSES,
    Check,
    Designation,
    DocumentMeta,
    InferredField,
    LoadedLayer,
    Problem,
)
from geo.layers.save import has_reviewed_records, save_layer_text
from geo.layers.services import Services, default_services

__all__ = [
    "CHECK_KINDS",
    "KINDS",
    "REVIEWS",
    "STATUSES",
    "Check",
    "Designation",
    "DocumentMeta",
    "InferredField",
    "LoadedLayer",
    "Problem",
    "Services",
    "default_layer_paths",
    "default_services",
    "display_path",
    "has_reviewed_records",
    "layer_from_mapping",
    "load_layer",
    "load_layers",
    "parse_layer",
    "read_document_text",
    "save_layer_text",
]
