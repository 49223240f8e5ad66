"""Fixing the extraction itself: a quote's span by word, its cue, and quotes the tool missed.

Pure functions over the article text (offsets index it, as in every record), so the
screen only asks and shows; the rules are tested here without a terminal.
"""

from __future__ import annotations

import re
from typing import Any

from quotes.records import Attribution, DocumentMeta, Speaker, TextSpan

_WORD = re.compile(r"\S+")


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def move_start(text: str, start: int, end: int, step: int) -> int:
    """The quote's start moved ``step`` words (negative: earlier), never to or past its end."""
    starts = [s for s, _ in _words(text)]
    if step < 0:
        before = sum(1 for s in starts if s < start)
        if not before:
            return start
        new = starts[max(0, before + step)]
    else:
        first_after = next((i for i, s in enumerate(starts) if s > start), None)
        if first_after is None:
            return start
        new = starts[min(first_after + step - 1, len(starts) - 1)]
    return new if new < end else start


def move_end(text: str, start: int, end: int, step: int) -> int:
    """The quote's end moved ``step`` words (positive: later), never to or before its start."""
    ends = [e for _, e in _words(text)]
    if step > 0:
        first_after = next((i for i, e in enumerate(ends) if e > end), None)
        if first_after is None:
            return end
        new = ends[min(first_after + step - 1, len(ends) - 1)]
    else:
        before = sum(1 for e in ends if e < end)
        if not before:
            return end
        new = ends[max(0, before + step)]
    return new if new > start else end


def quote_fix(text: str, start: int, end: int) -> dict[str, Any]:
    """The ``quote`` correction for a new span."""
    return {"text": text[start:end], "start": start, "end": end}


def find_passage(text: str, words: str, near: int = 0) -> tuple[int, int] | None:
    """Where the typed words stand in the article (any spacing), nearest to ``near``."""
    parts = words.split()
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(re.escape(p) for p in parts), re.IGNORECASE)
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h[0] - near))


def cue_fix(text: str, word: str, near: int, lexicon: Any = None) -> dict[str, Any] | None:
    """The ``cue`` correction: the typed cue word(s) nearest to the quote, or None."""
    found = find_passage(text, word, near)
    if found is None:
        return None
    s, e = found
    lemma = " ".join(text[s:e].lower().split())
    fix: dict[str, Any] = {"text": text[s:e], "start": s, "end": e, "lemma": lemma}
    if lexicon is not None:
        fix["class"] = lexicon.cue_class(lemma)
    return fix


def added_record(
    doc_id: str,
    text: str,
    span: tuple[int, int],
    speaker: str | None,
    kind: str = "direct",
    document: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A schema-valid record for a quote a reviewer marked: confidence 1, resolved by hand."""
    start, end = span
    meta = DocumentMeta(id=doc_id, path=(document or {}).get("path"),
                        url=(document or {}).get("url"), title=(document or {}).get("title"),
                        published=(document or {}).get("published"))
    who = (Speaker(speaker, "person", "explicit") if speaker
           else Speaker(None, "unknown", "unresolved"))
    rec = Attribution(
        doc_id=doc_id,
        type=kind,  # type: ignore[arg-type]
        quote=TextSpan(text[start:end], start, end),
        cue=None,
        speaker=who,
        confidence=1.0,
        document=meta,
    ).to_dict()
    return rec
