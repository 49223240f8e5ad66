"""Export records to the formats fact-checkers' tools read.

``FORMATS`` maps a format name to a writer ``(records, out, **options) -> count``:
it takes schema-valid record dicts (each may carry a ``review`` object:
``{status, corrected, reviewer, time, note}``), writes to a text stream and
returns how many items it wrote. JSON Lines is written by ``quotes export`` itself.

Every writer accepts the same keyword options, so a caller can pass them blindly:

- ``include_all: bool = False``: ClaimReview and annotation write only accepted
  records (review status ``accepted`` or ``corrected``) by default, every record
  but the rejected ones when true. CSV always writes every record, with its status.
- ``texts: Mapping[str, str] | None = None``: document text by ``doc_id``. Web
  Annotation uses it for the TextQuoteSelector ``prefix``/``suffix`` (left out
  when the text is unknown); the other writers do not need it.
"""

from __future__ import annotations

from collections.abc import Callable

from quotes.export.annotation import write_annotations
from quotes.export.claimreview import write_claimreviews
from quotes.export.spreadsheet import write_csv

ExportWriter = Callable[..., int]

FORMATS: dict[str, ExportWriter] = {
    "claimreview": write_claimreviews,
    "annotation": write_annotations,
    "csv": write_csv,
}

__all__ = ["FORMATS", "ExportWriter", "write_annotations", "write_claimreviews", "write_csv"]
