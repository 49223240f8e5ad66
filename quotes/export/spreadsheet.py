"""CSV for spreadsheets: one row per record, the columns fact-checkers sort by first."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import IO, Any

from quotes.export._review import effective, review_status
from quotes.export._speaker import job_title

COLUMNS = (
    "speaker",
    "type",
    "stance",
    "hedges",
    "quote",
    "article",
    "status",
    "speaker_title",
    "speaker_kind",
    "wikidata",
    "cue",
    "article_url",
    "published",
    "start",
    "end",
    "confidence",
    "reviewer",
    "note",
    "id",
    "doc_id",
)
# A cell starting with one of these is run as a formula by spreadsheet programs;
# article text is untrusted, so such cells get a leading apostrophe (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV cells of one record (reviewer corrections applied), before escaping."""
    rec = effective(record)
    speaker = rec.get("speaker") or {}
    doc = rec.get("document") or {}
    review = rec.get("review") if isinstance(rec.get("review"), dict) else {}
    hedges = [f"{h['text']} ({h['type']})" for h in rec.get("hedges") or []]
    return {
        "speaker": speaker.get("name") or "",
        "type": rec["type"],
        "stance": rec.get("stance") or "",
        "hedges": "; ".join(dict.fromkeys(hedges)),
        "quote": rec["quote"]["text"],
        "article": doc.get("title") or doc.get("url") or rec["doc_id"],
        "status": review_status(record),
        "speaker_title": job_title(speaker) or "",
        "speaker_kind": speaker.get("kind") or "",
        "wikidata": (speaker.get("ids") or {}).get("wikidata", ""),
        "cue": (rec.get("cue") or {}).get("text", ""),
        "article_url": doc.get("url") or "",
        "published": doc.get("published") or "",
        "start": rec["quote"]["start"],
        "end": rec["quote"]["end"],
        "confidence": rec.get("confidence", ""),
        "reviewer": review.get("reviewer") or "",
        "note": review.get("note") or "",
        "id": rec["id"],
        "doc_id": rec["doc_id"],
    }


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    include_all: bool = False,
    texts: Mapping[str, str] | None = None,
) -> int:
    """Write a header and one row per record, every review status included; return rows.

    ``out`` should be opened with ``newline=""`` (the csv module writes CRLF row ends
    itself) and, for Excel, the ``utf-8-sig`` encoding.

    Args:
        include_all: no effect: the CSV lists every record, with its ``status``
            column to filter on. Accepted so every writer takes the same options.
        texts: not needed here.
    """
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow({k: safe_cell(v) for k, v in csv_row(rec).items()})
        n += 1
    return n
