"""Extract layout designations from policy documents (issue 4).

``extract_document(read_document(path))`` gives an :class:`Extraction`; :mod:`.writer` turns it into
the shared layer schema (draft YAML) and the ``geo export`` GeoJSON schema. Modules, one job each:
:mod:`.sentences` (units, quotes, headings), :mod:`.places` (automaton + resolution), :mod:`.filters`
(what to leave out), :mod:`.frames` (layout frames), :mod:`.frameworks` (一轴六区…), :mod:`.scoring`
(confidence), :mod:`.vocab` (word lists), :mod:`.pipeline` (the order of steps), :mod:`.writer` (draft
layer YAML, GeoJSON through geo.table/geo.exporters), :mod:`.evaluate` ((designation, adcode) P/R/F1).
"""

from geo.extract.model import CountCheck, Draft, Extraction, Mention, Reading
from geo.extract.pipeline import extract_document
from geo.extract.places import PlaceIndex

__all__ = ["CountCheck", "Draft", "Extraction", "Mention", "PlaceIndex", "Reading", "extract_document"]
