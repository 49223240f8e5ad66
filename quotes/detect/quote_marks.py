"""Pair quotation marks in raw text, in every common style, in linear time.

Handles “…” "…" ‘…’ '…' «…» ‹…› „…“ ‚…‘, tells British single quotes from
apostrophes (Russia's, partners'), follows the news convention of a quote running
over paragraphs (each paragraph re-opens it, only the last one closes), and never
fails on unbalanced marks: an opener with no closer is simply not a quote.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "‟": "”"}
DOUBLE_CLOSE = {"”", "“", "»"}
SINGLE_OPEN = {"‘": "’", "‚": "‘", "‹": "›"}
SINGLE_CLOSE = {"’", "‘", "›"}
STRAIGHT = {'"': "double", "'": "single"}
ALL_MARKS = set(DOUBLE_OPEN) | DOUBLE_CLOSE | set(SINGLE_OPEN) | SINGLE_CLOSE | set(STRAIGHT)

_OPEN_BEFORE = set(" \t\n\r([{—–-/\u00a0\u2009\u202f\ufeff\u200b\u2060") | {""}
# French and other guillemet styles put a (narrow) space inside the marks: « Oui ».
_GUILLEMETS = {"«", "»", "‹", "›"}
_PUNCT_AFTER = set(".,;:!?)]}—–-…")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``start``/``end`` cover the marks, ``inner_*`` the words between them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    family: str  # "double" or "single"
    paragraphs: int = 1


def _family(ch: str) -> str | None:
    if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"':
        return "double"
    if ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
        return "single"
    return None


def _same_style(opener: str, reopener: str, family: str) -> bool:
    """A paragraph re-opens a running quote with a mark of the same family and style
    (straight with straight, typographic with typographic): a stray straight mark left
    by a conversion must not join a paragraph of curly quotes."""
    if reopener not in ALL_MARKS or _family(reopener) != family:
        return False
    return (opener in STRAIGHT) == (reopener in STRAIGHT)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Each line is a paragraph: news text puts one paragraph on a line."""
    bounds = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        bounds.append((start, end))
        if nl < 0:
            break
        start = nl + 1
    return bounds


class _Candidates:
    """Positions of possible openers and closers of one family within a paragraph."""

    def __init__(self) -> None:
        self.openers: list[int] = []
        self.strong_closers: list[int] = []
        self.weak_closers: list[int] = []


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool, bool]:
    """(can_open, strong_close, weak_close) for the mark at ``i`` in paragraph [lo, hi)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    prev_space = prev in _OPEN_BEFORE or prev.isspace()
    prev_opening = prev_space or prev in DOUBLE_OPEN or prev in SINGLE_OPEN or prev in STRAIGHT
    next_space = nxt == "" or nxt.isspace()
    if ch in ("'", "’") and prev.isalnum() and nxt.isalnum():
        return (False, False, False)  # apostrophe inside a word: Russia's, don't
    if ch in ("'", "’") and prev == "" and nxt.isdigit():
        return (False, False, False)  # '90s
    if (
        ch in ("'", "’")
        and prev_space
        and nxt.isdigit()
        and text[i + 1 : i + 4].rstrip().endswith("s")
    ):
        return (False, False, False)  # elided year: the '90s
    can_open = prev_opening and (not next_space or ch in _GUILLEMETS)
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        can_open = can_open or not next_space
    if ch in ("”", "»", "’", "›") and not prev_space:
        can_open = False
    close = (not prev_space and prev != "") or (ch in ("»", "›") and prev != "")
    strong = close and (
        prev in _PUNCT_AFTER or nxt == "" or nxt in _PUNCT_AFTER or nxt in ALL_MARKS
    )
    weak = close and not strong and (next_space or not nxt.isalnum())
    if ch in ("‘", "“") and not close:
        weak = False
    return (can_open, strong, weak)


def _pair_paragraph(
    text: str, lo: int, hi: int, family: str
) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs (open, close) of one family in [lo, hi); and an opener left open at the end.

    The left-open opener is returned only when nothing follows it that could close it,
    so the caller can continue the quote into the next paragraph.
    """
    cand = _Candidates()
    for i in range(lo, hi):
        ch = text[i]
        if ch not in ALL_MARKS or _family(ch) != family:
            continue
        can_open, strong, weak = _classify(text, i, lo, hi)
        if can_open:
            cand.openers.append(i)
        if strong:
            cand.strong_closers.append(i)
        elif weak:
            cand.weak_closers.append(i)
    pairs: list[tuple[int, int]] = []
    pos = lo
    k = 0
    dangling: int | None = None
    openers = cand.openers
    while k < len(openers):
        o = openers[k]
        if o < pos:
            k += 1
            continue
        next_open_idx = bisect.bisect_right(openers, o)
        next_open = openers[next_open_idx] if next_open_idx < len(openers) else hi
        si = bisect.bisect_right(cand.strong_closers, o)
        strong = cand.strong_closers[si] if si < len(cand.strong_closers) else None
        wi = bisect.bisect_right(cand.weak_closers, o)
        weak = cand.weak_closers[wi] if wi < len(cand.weak_closers) else None
        close: int | None
        if family == "double":
            # Double marks are rarely apostrophes: the first closer of any strength wins,
            # unless the same typographic opener comes first: then this one was never closed.
            options = [c for c in (strong, weak) if c is not None]
            close = min(options) if options else None
            if (
                close is not None
                and text[o] in ("“", "«")
                and next_open < close
                and text[next_open] == text[o]
            ):
                k += 1
                continue
        elif strong is not None and strong < next_open:
            close = strong
        elif weak is not None and weak < next_open:
            close = weak
        else:
            close = strong
        if close is None:
            if k == len(openers) - 1 or family == "double":
                dangling = o if dangling is None else dangling
            k += 1
            continue
        pairs.append((o, close))
        pos = close + 1
        k = bisect.bisect_right(openers, close)
    if dangling is not None and pairs and pairs[-1][1] > dangling:
        dangling = None
    return pairs, dangling


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, outermost only, in document order.

    Two apostrophes in a row ('' as some wire and newspaper archives write a double
    quote) count as one double mark; the offsets still cover both characters.
    """
    doubled = "''" in text
    original = text
    if doubled:
        # Same length, so every offset holds: the pair becomes '"' plus a filler the
        # pairer treats as a word character.
        text = text.replace("''", '"\u2060')
    spans = _find_quotes(text)
    if not doubled:
        return spans
    fixed = []
    for q in spans:
        inner_start = q.inner_start + (1 if original[q.start : q.start + 2] == "''" else 0)
        end = q.end + (1 if original[q.end - 1 : q.end + 1] == "''" else 0)
        fixed.append(QuoteSpan(q.start, end, inner_start, q.inner_end, q.family, q.paragraphs))
    return fixed


def _find_quotes(text: str) -> list[QuoteSpan]:
    paragraphs = _paragraph_bounds(text)
    spans: list[QuoteSpan] = []
    for family in ("double", "single"):
        carry: tuple[int, int] | None = None  # (opener, paragraphs so far) of a running quote
        for lo, hi in paragraphs:
            first = lo
            while first < hi and text[first].isspace():
                first += 1
            if carry is not None:
                if first >= hi or not text[first:hi].strip(" .\t\r\u00a0"):
                    continue  # blank or separator line (" .") inside a running quote
                if not (first < hi and _same_style(text[carry[0]], text[first], family)):
                    carry = None  # the next paragraph does not re-open: the opener was unbalanced
            pairs, dangling = _pair_paragraph(text, lo, hi, family)
            if carry is not None:
                opener, count = carry
                if pairs and pairs[0][0] == first:
                    o, c = pairs.pop(0)
                    spans.append(QuoteSpan(opener, c + 1, opener + 1, c, family, count + 1))
                    carry = None
                elif dangling == first:
                    carry = (opener, count + 1)
                    dangling = None
                else:
                    carry = None
            for o, c in pairs:
                spans.append(QuoteSpan(o, c + 1, o + 1, c, family))
            if dangling is not None and carry is None:
                carry = (dangling, 1)
    return _outermost(spans, text)


def _outermost(spans: list[QuoteSpan], text: str) -> list[QuoteSpan]:
    """Drop quotes nested in others, and singles that cross a double quote."""
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[QuoteSpan] = []
    for s in spans:
        if s.inner_end <= s.inner_start or not text[s.inner_start : s.inner_end].strip():
            continue
        if kept and s.start < kept[-1].end:
            if s.end <= kept[-1].end:
                continue  # nested
            if kept[-1].family == "single" and s.family == "double":
                kept[-1] = s  # a crossing single was an apostrophe
            continue
        kept.append(_trimmed(s, text))
    return kept


def _trimmed(s: QuoteSpan, text: str) -> QuoteSpan:
    """The words inside the marks without the spaces French and Swiss typography set
    inside guillemets ("« Nous ne céderons pas »"): a quotation's text starts and ends with
    what was said."""
    lo, hi = s.inner_start, s.inner_end
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if (lo, hi) == (s.inner_start, s.inner_end):
        return s
    return QuoteSpan(s.start, s.end, lo, hi, s.family, s.paragraphs)
