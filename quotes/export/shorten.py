"""Shorten a claim for ``claimReviewed`` without cutting a word in half."""

from __future__ import annotations

import re

# Google's fact-check guidelines recommend claimReviewed under 75 characters.
CLAIM_MAX = 75
ELLIPSIS = "\u2026"

# Quote marks and spaces that wrap a quote but are not part of the claim.
_WRAP = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f \t\r\n"
)
# Punctuation that reads badly right before an ellipsis.
_TRAIL = ",;:\u2013\u2014-([{/" + _WRAP
# Punctuation after which text in scripts without spaces may be cut (ideographic and
# fullwidth comma, full stop, semicolon, colon, marks; Thai has spaces between phrases).
_UNSPACED_BREAKS = "\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f"
# English words that cannot end a shortened claim: it would read as cut mid-phrase.
_DANGLING = frozenset(
    "a an the and or but nor of to in on at by for with from as than that which who "
    "whose whom this these those its their our his her is are was were be been will "
    "would can could should must may might not no".split()
)
# A sentence end: . ! ? after a word that is not an initial or a capitals abbreviation
# ("U.S.", "J."), then a closing quote and a space; or an ideographic full stop or mark.
_SENTENCE_END = re.compile(r"(?<![A-Z\s.])[.!?][\"'\u201d\u2019\u00bb]?(?=\s)|[\u3002\uff01\uff1f]")


def clean_claim(text: str) -> str:
    """The claim on one line, without the quote marks around it or the comma that
    led into the cue ("We will win," she said)."""
    return " ".join(text.split()).strip(_WRAP).rstrip(",;:" + _WRAP)


def shorten_claim(text: str, limit: int = CLAIM_MAX) -> str:
    """``text`` in fewer than ``limit`` code points, cut at a word boundary with an ellipsis.

    A first sentence that fits whole (and says enough: at least half the room) is kept
    as the claim; otherwise the text is cut after the last whole word that fits. Text
    in scripts written without spaces (Chinese, Japanese, Thai) is cut only after its
    own punctuation (、 ，), since word ends there cannot be seen without a
    dictionary. With no place to cut, the text is kept whole: the length is a
    recommendation, a broken word is a misquote.
    """
    text = clean_claim(text)
    if len(text) < limit:
        return text
    room = limit - 1  # strictly under the limit
    sentence = _first_sentence(text, room)
    if sentence:
        return sentence
    kept = _drop_dangling(text[: _last_boundary(text, room - len(ELLIPSIS))].rstrip(_TRAIL))
    return kept + ELLIPSIS if kept else text


def _first_sentence(text: str, room: int) -> str | None:
    """The longest run of whole sentences that fits in ``room`` and fills at least half of it."""
    best = None
    for m in _SENTENCE_END.finditer(text):
        if m.end() > room:
            break
        best = text[: m.end()]
    return best if best and len(best) >= room // 2 else None


def _drop_dangling(kept: str) -> str:
    """Drop function words left hanging before the ellipsis ("... with the U.S. and at")."""
    words = kept.split(" ")
    while len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(_TRAIL)


def _last_boundary(text: str, room: int) -> int:
    """The largest index <= room where the text may be cut without splitting a word."""
    for i in range(min(room, len(text) - 1), 0, -1):
        if text[i].isspace() or text[i - 1].isspace() or text[i - 1] in _UNSPACED_BREAKS:
            return i
    return 0
