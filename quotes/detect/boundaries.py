"""Boundaries every record shares, applied after the rules: a claim never starts with the
dateline of the story ("HARBOUR TOWN, Norway — The ferry will ...", "OSLO (Reuters) - ...").
"""

from __future__ import annotations

import re

from quotes.detect.candidate import Candidate

# A dateline: a place in capitals, an optional region and agency, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z'.\- ]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[—―–-]{1,2}\s+"
)


def trim_dateline(text: str, cand: Candidate) -> None:
    """Start ``cand`` after a dateline that opens its content."""
    m = _DATELINE.match(text, cand.start, cand.end)
    if m is None or m.end() >= cand.end:
        return
    first_word = text[cand.start : m.end()].split()[0].strip(",")
    if not first_word.isupper() or len(first_word) < 2:
        return  # "A-list stars - ...": only a place in capitals opens a dateline
    cand.start = m.end()
