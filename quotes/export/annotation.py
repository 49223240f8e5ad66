"""W3C Web Annotation objects that anchor each quote in its source page.

The target carries a ``TextQuoteSelector`` (``exact``, and ``prefix``/``suffix`` of up
to 32 code points when the document text is known) and a ``TextPositionSelector``.
Offsets count Unicode code points of the text as read, as the W3C model says; tools
that count UTF-16 code units (JavaScript strings) differ after a character outside
the Basic Multilingual Plane (an emoji, say) and should re-anchor by the quote selector.

Every annotation is checked against ``schemas/annotation.schema.json`` as it is written;
an article URL without ``http(s)://`` is no IRI, so the document's urn stands in for it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

from quotes import __version__
from quotes.export._review import effective, is_exported, review_status
from quotes.export._speaker import job_title
from quotes.export.claimreview import WIKIDATA_ENTITY

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ANNOTATION_SCHEMA = "annotation.schema.json"
_URL = re.compile(r"^https?://\S+$")
CONTEXT_CHARS = 32
# uuid5 namespace for ids derived from record and document ids, so re-exports are stable.
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/quotes/records")


def annotation(record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """One Annotation for a record; ``text`` is its document, for prefix and suffix."""
    rec = effective(record)
    quote = rec["quote"]
    quote_selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": quote["text"]}
    start, end = quote["start"], quote["end"]
    # Prefix and suffix only from the text the offsets really point into.
    if text is not None and text[start:end] == quote["text"]:
        prefix = text[max(0, start - CONTEXT_CHARS) : start]
        suffix = text[end : end + CONTEXT_CHARS]
        if prefix:
            quote_selector["prefix"] = prefix
        if suffix:
            quote_selector["suffix"] = suffix
    doc = rec.get("document") or {}
    return {
        "@context": ANNO_CONTEXT,
        "id": _urn(f"record:{rec['id']}"),
        "type": "Annotation",
        "motivation": "describing",
        "generator": {"type": "Software", "name": f"quotes {__version__}"},
        "body": _bodies(rec),
        "target": {
            "source": _source(doc.get("url"), rec["doc_id"]),
            "selector": [
                quote_selector,
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def write_annotations(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    include_all: bool = False,
    texts: Mapping[str, str] | None = None,
    on_invalid: Callable[[dict[str, Any], list[Any]], None] | None = None,
) -> int:
    """Write one Annotation per line (JSON Lines); return how many.

    Args:
        include_all: annotate every record but rejected ones; by default only
            accepted or corrected records.
        texts: document text by ``doc_id``; without it the TextQuoteSelector has no
            ``prefix``/``suffix`` (the quote and its offsets still anchor it).
        on_invalid: called with the record and the problems of an annotation that fails
            its schema; it is not written. Without it, :class:`quotes.errors.InvalidRecord`.
    """
    from quotes.export.checked import write_checked

    pairs = (
        (rec, annotation(rec, texts.get(rec["doc_id"]) if texts else None))
        for rec in records
        if is_exported(rec, include_all)
    )
    return write_checked(pairs, out, ANNOTATION_SCHEMA, "annotation", on_invalid)


write_annotations.checks_output = True  # type: ignore[attr-defined]  # takes on_invalid


def _source(url: Any, doc_id: str) -> str:
    """The article URL when it is one, else a stable urn for the document."""
    if isinstance(url, str) and _URL.match(url.strip()):
        return url.strip()
    return _urn(f"document:{doc_id}")


def _bodies(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Who said it (described, and identified by Wikidata when known), and tags."""
    bodies: list[dict[str, Any]] = []
    speaker = rec.get("speaker") or {}
    name = speaker.get("name")
    cue = (rec.get("cue") or {}).get("text")
    summary = f"{name or 'Unknown speaker'}"
    title = job_title(speaker)
    if title:
        summary += f" ({title})"
    summary += f": {rec['type']} attribution"
    if cue:
        summary += f", cue \u201c{cue}\u201d"
    bodies.append(
        {"type": "TextualBody", "purpose": "describing", "value": summary, "format": "text/plain"}
    )
    qid = (speaker.get("ids") or {}).get("wikidata")
    if qid:
        bodies.append(
            {"type": "SpecificResource", "purpose": "identifying", "source": WIKIDATA_ENTITY + qid}
        )
    tags = [rec["type"]]
    if rec.get("stance"):
        tags.append(f"stance:{rec['stance']}")
    tags += [f"hedge:{h['type']}" for h in rec.get("hedges") or []]
    tags.append(f"review:{review_status(record=rec)}")
    for tag in dict.fromkeys(tags):
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    return bodies


def _urn(key: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NS, key)}"
