"""Shorten a claim for ``claimReviewed`` without cutting a word in half."""

from __future__ import annotations

import re
import unicodedata

# Google's fact-check guidelines recommend claimReviewed under 75 characters.
CLAIM_MAX = 75
ELLIPSIS = "\u2026"

# Quote marks and spaces that wrap a quote but are not part of the claim.
_WRAP = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f \t\r\n"
)
# Punctuation that reads badly right before an ellipsis.
_TRAIL = ",;:\u2013\u2014-([{/" + _WRAP
_UNSPACED_SCRIPTS = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "THAI")
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f](?=[\"'\u201d\u2019\u00bb]?\s)")


def clean_claim(text: str) -> str:
    """The claim text on one line, without the quote marks around it."""
    return " ".join(text.split()).strip(_WRAP)


def shorten_claim(text: str, limit: int = CLAIM_MAX) -> str:
    """``text`` in fewer than ``limit`` code points, cut at a word boundary with an ellipsis.

    A first sentence that fits whole (and says enough: at least half the room) is kept
    as the claim; otherwise the text is cut after the last whole word that fits. Text
    in scripts written without spaces (Chinese, Japanese, Thai) may be cut between two
    of their characters. A single word longer than the limit is kept whole: the length
    is a recommendation, a broken word is a misquote.
    """
    text = clean_claim(text)
    if len(text) < limit:
        return text
    room = limit - 1  # strictly under the limit
    sentence = _first_sentence(text, room)
    if sentence:
        return sentence
    cut = _last_boundary(text, room - len(ELLIPSIS))
    if cut <= 0:
        return text
    return text[:cut].rstrip(_TRAIL) + ELLIPSIS


def _first_sentence(text: str, room: int) -> str | None:
    """The longest run of whole sentences that fits in ``room`` and fills at least half of it."""
    best = None
    for m in _SENTENCE_END.finditer(text):
        if m.end() > room:
            break
        best = text[: m.end()]
    return best if best and len(best) >= room // 2 else None


def _last_boundary(text: str, room: int) -> int:
    """The largest index <= room where the text may be cut without splitting a word."""
    for i in range(min(room, len(text)), 0, -1):
        before, after = text[i - 1], text[i] if i < len(text) else " "
        if after.isspace() or before.isspace():
            return i
        if _unspaced(before) and _unspaced(after):
            return i
    return 0


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False
    return name.startswith(_UNSPACED_SCRIPTS)
