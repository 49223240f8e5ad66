"""A quotation that runs over paragraphs, as one record per paragraph.

News style continues a long quotation into the next paragraph by re-opening it without
closing the first ('"That's the business. You pack a bag.' / '"My kids are asking ...'):
one speaker, one quotation, several paragraphs. The quote detector pairs such a run as
one quotation (quote_marks.py); a fact-checker checks, and annotated news corpora count,
each paragraph as its own statement. Each paragraph's words become a record of the same
cue and speaker, so offsets never span a paragraph break.
"""

from __future__ import annotations

import dataclasses
import re

from quotes.detect.candidate import Candidate
from quotes.detect.quote_marks import ALL_MARKS

_EDGE = " \t\r\u00a0"
_LABEL = re.compile(r"[A-Z][A-Z .'’-]{1,30}:")


def by_paragraph(text: str, cand: Candidate) -> list[Candidate]:
    """``cand`` cut at its paragraph breaks, or ``[cand]`` when it holds one paragraph.

    Only a direct quotation whose words are all said (no cue inside it: an interrupted
    quotation keeps its parts) is cut; a segment with no word of its own is dropped."""
    if cand.type != "direct" or cand.parts or "\n" not in text[cand.start : cand.end]:
        return [cand]
    if not any(q.paragraphs > 1 for q in cand.quotes):
        return [cand]
    pieces: list[tuple[int, int]] = []
    start = cand.start
    while start < cand.end:
        nl = text.find("\n", start, cand.end)
        end = cand.end if nl < 0 else nl
        lo, hi = start, end
        while lo < hi and (text[lo] in _EDGE or text[lo] in ALL_MARKS):
            lo += 1  # the re-opening mark of a continued paragraph
        while hi > lo and text[hi - 1] in _EDGE:
            hi -= 1
        if any(ch.isalnum() for ch in text[lo:hi]):
            pieces.append((lo, hi))
        start = end + 1
    if len(pieces) < 2 or any(_LABEL.match(text, lo) for lo, _ in pieces):
        # "WALLACE: ..." / "PENCE: ...": a transcript inside marks, no one speaker's run
        return [cand]
    return [dataclasses.replace(cand, start=lo, end=hi) for lo, hi in pieces]
