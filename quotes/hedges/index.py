"""Character-offset look-ups on a parsed document, built once per document.

The tagger works from record offsets back to tokens and sentences; bisecting sorted
start offsets keeps each look-up logarithmic, so tagging stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from quotes.doctext import doc_text
from quotes.records import Attribution


class DocIndex:
    """Tokens and sentences of ``doc`` by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # spaCy rebuilds doc.text on every access: read it once
        self.starts = [t.idx for t in doc]
        self.sents: list[Span] = list(doc.sents) if len(doc) else []
        self.sent_starts = [s.start_char for s in self.sents]

    def token_at(self, char: int) -> Token | None:
        """The token holding character ``char`` (or the one just before it)."""
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def span(self, start: int, end: int) -> Span:
        """The tokens that overlap characters ``[start, end)``."""
        i = max(0, bisect_right(self.starts, start) - 1)
        if i < len(self.doc) and self.doc[i].idx + len(self.doc[i]) <= start:
            i += 1
        j = bisect_left(self.starts, end)
        return self.doc[i : max(i, j)]

    def sentence(self, char: int) -> Span | None:
        """The sentence holding character ``char``."""
        k = bisect_right(self.sent_starts, char) - 1
        return self.sents[k] if 0 <= k < len(self.sents) else None


class RecordIndex:
    """Which records' quotes hold a character offset; records sorted once by start."""

    def __init__(self, records: list[Attribution]) -> None:
        self.records = sorted(records, key=lambda r: r.quote.start)
        self.starts = [r.quote.start for r in self.records]
        self.max_len = max((r.quote.end - r.quote.start for r in records), default=0)

    def holding(self, start: int, end: int) -> list[Attribution]:
        """Records whose quote overlaps ``[start, end)``."""
        lo = bisect_left(self.starts, start - self.max_len)
        hi = bisect_left(self.starts, end)
        return [r for r in self.records[lo:hi] if r.quote.end > start]


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (news paragraph) around ``[start, end)``."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    return p_start, len(text) if p_end < 0 else p_end
