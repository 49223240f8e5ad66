"""schema.org ClaimReview drafts in JSON-LD, one per attribution, for a fact-checker to finish.

The draft fills what the record knows (the claim, who made it, where and when it
appeared) and leaves what only the fact-checker can say as empty strings: the
rating (``reviewRating.alternateName``), the fact-check's own ``url``, ``author`` and
``datePublished``. Nothing is guessed: an unknown speaker, URL or date is left out, and
so is an article URL that is not one (no ``http(s)://``). A date printed as "March 3,
2025" is written as ISO 8601 (``quotes.export.dates``). Every draft is checked against
``schemas/claimreview.schema.json`` (Google's required and recommended fields) as it is
written; one that fails is not written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

from quotes.export._review import effective, is_exported
from quotes.export._speaker import job_title
from quotes.export.dates import iso_date
from quotes.export.shorten import shorten_claim
from quotes.records.attribution import words_said

WIKIDATA_ENTITY = "https://www.wikidata.org/wiki/"
_QID = re.compile(r"^Q[1-9][0-9]*$")
CLAIMREVIEW_SCHEMA = "claimreview.schema.json"
_URL = re.compile(r"^https?://\S+$")  # the schema's url pattern
_ORGANIZATION_KINDS = ("organization", "media", "group")


def claimreview(record: dict[str, Any]) -> dict[str, Any]:
    """The ClaimReview draft for one record (reviewer corrections applied)."""
    rec = effective(record)
    claim: dict[str, Any] = {"@type": "Claim", "identifier": rec["id"]}
    author = claim_author(rec.get("speaker"))
    if author:
        claim["author"] = author
    doc = rec.get("document") or {}
    date = iso_date(doc.get("published"))
    if date:
        claim["datePublished"] = date
    appearance = _appearance(doc, date)
    if appearance:
        claim["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        # The words said: an interrupted quote's parts, without the cue and speaker.
        "claimReviewed": shorten_claim(words_said(rec["quote"])),
        "itemReviewed": claim,
        # Left for the fact-checker: empty, never guessed.
        "reviewRating": {"@type": "Rating", "alternateName": ""},
        "url": "",
        "author": {"@type": "Organization", "name": ""},
        "datePublished": "",
    }


def write_claimreviews(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    include_all: bool = False,
    texts: Mapping[str, str] | None = None,
    on_invalid: Callable[[dict[str, Any], list[Any]], None] | None = None,
) -> int:
    """Write one ClaimReview JSON-LD object per line (JSON Lines); return how many.

    Args:
        include_all: also draft unreviewed and pending records (rejected ones never);
            by default only accepted or corrected records get a draft.
        texts: not needed here; accepted so every writer takes the same options.
        on_invalid: called with the record and the schema problems of a draft that fails
            the ClaimReview schema; the draft is not written. Without it such a draft
            raises :class:`quotes.errors.InvalidRecord`.
    """
    from quotes.export.checked import write_checked

    pairs = ((rec, claimreview(rec)) for rec in records if is_exported(rec, include_all))
    return write_checked(pairs, out, CLAIMREVIEW_SCHEMA, "ClaimReview draft", on_invalid)


write_claimreviews.checks_output = True  # type: ignore[attr-defined]  # takes on_invalid


def claim_author(speaker: dict[str, Any] | None) -> dict[str, Any] | None:
    """Person or Organization for a named speaker; ``None`` when nobody is named."""
    if not speaker or not speaker.get("name"):
        return None
    kind = speaker.get("kind")
    author: dict[str, Any] = {}
    if kind == "person":
        author["@type"] = "Person"
    elif kind in _ORGANIZATION_KINDS:
        author["@type"] = "Organization"
    # kind "unknown": no @type rather than a guess between the two.
    author["name"] = speaker["name"]
    title = job_title(speaker)
    if title and kind == "person":  # jobTitle is a Person property in schema.org
        author["jobTitle"] = title
    qid = (speaker.get("ids") or {}).get("wikidata")
    if qid and _QID.match(qid):
        author["sameAs"] = WIKIDATA_ENTITY + qid
    return author


def _appearance(doc: Mapping[str, Any], date: str | None) -> dict[str, Any] | None:
    url = doc.get("url")
    if not isinstance(url, str) or not _URL.match(url.strip()):
        return None  # no URL, or not one ("news.example/x"): left out, not repaired by guess
    url = url.strip()
    work: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if doc.get("title"):
        work["headline"] = doc["title"]
    if date:
        work["datePublished"] = date
    return work
