"""Hand-built attribution records for the export tests: no model needed, so they run fast."""

from __future__ import annotations

from typing import Any

import pytest

from quotes.records import Attribution, Cue, DocumentMeta, Hedge, Speaker, TextSpan, record_problems

# Written for these tests. The emoji and the mathematical letters are outside the
# Basic Multilingual Plane: one code point each in Python, two UTF-16 code units.
ARTICLE = (
    "Brightwater, Monday. 🌊 The mayor of Brightwater, Ana Kovač, spoke at the harbour.\n"
    '"Our river is cleaner than it has been in fifty years, and the new sampling numbers '
    'prove it beyond any doubt," Kovač said.\n'
    "The water board reportedly disputes the figures.\n"
    '"We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring," she added.\n'
)


def make_record(
    text: str,
    quote: str,
    *,
    speaker: str | None = "Ana Kovač",
    kind: str = "person",
    title: str | None = "Mayor of Brightwater",
    ids: dict[str, str] | None = None,
    type: str = "direct",
    stance: str | None = "neutral",
    hedges: list[tuple[str, str]] = (),
    url: str | None = "https://news.example/brightwater-river",
    published: str | None = "2025-06-02",
    title_doc: str | None = "Brightwater mayor hails cleaner river",
    review: dict[str, Any] | None = None,
    doc_id: str = "brightwater",
) -> dict[str, Any]:
    """A schema-valid record for ``quote`` as it stands in ``text`` (offsets in code points)."""
    start = text.index(quote)
    hedge_objs = []
    for htype, htext in hedges:
        hs = text.index(htext)
        hedge_objs.append(Hedge(htype, htext, hs, hs + len(htext)))
    cue_at = text.find("said", start + len(quote))
    rec = Attribution(
        doc_id=doc_id,
        type=type,  # type: ignore[arg-type]
        quote=TextSpan(quote, start, start + len(quote)),
        cue=Cue("said", cue_at, cue_at + 4, "say", "neutral") if cue_at >= 0 else None,
        speaker=Speaker(speaker, kind, "explicit", None, title, dict(ids or {}))  # type: ignore[arg-type]
        if speaker
        else Speaker(None, "unknown", "unresolved"),
        hedges=hedge_objs,
        stance=stance,
        confidence=0.9,
        document=DocumentMeta(id=doc_id, url=url, title=title_doc, published=published),
    ).to_dict()
    if review is not None:
        rec["review"] = review
    problems = record_problems(rec)
    assert not problems, problems
    return rec


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def make():
    return make_record
