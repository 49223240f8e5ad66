"""The text of a spaCy ``Doc``, built once.

``Doc.text`` joins every token each time it is read, so reading it per quote or per
record makes extraction quadratic in document length; this caches it on the Doc.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

_KEY = "quotes_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def line_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    """Start and end of the line (news paragraph) holding character ``pos``, in O(log n)."""
    starts = doc.user_data.get("quotes_line_starts")
    text = doc_text(doc)
    if starts is None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        doc.user_data["quotes_line_starts"] = starts
    k = bisect.bisect_right(starts, pos) - 1
    lo = starts[k]
    hi = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
    return lo, hi


def doc_ents(doc: Doc) -> tuple:
    """``doc.ents``, built once: spaCy rebuilds the tuple of spans on every access. A
    hashtag the tagger calls a name ("#LumenfoldLayoffs" as PERSON) is left out: it names
    a topic, and nobody a pronoun could stand for."""
    ents = doc.user_data.get("quotes_ents")
    if ents is None:
        ents = tuple(e for e in doc.ents if not _hashtag(e))
        doc.user_data["quotes_ents"] = ents
    return ents


def _hashtag(ent: Span) -> bool:
    """Whether an entity is a hashtag: written with "#" (the tokenizer may split it off)."""
    doc = ent.doc
    return ent.text.startswith("#") or (
        ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_)
