"""One attribution as the detector finds it: content span, cue and speaker mention,
before the speaker is resolved and the record is built."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from quotes.detect.quote_marks import QuoteSpan


@dataclass
class Candidate:
    """One attribution found in a document, before its speaker is resolved."""

    type: str
    start: int
    end: int
    cue_tokens: list[Token] = field(default_factory=list)
    cue_lemma: str = ""
    subject: Span | None = None  # the speaker mention as written
    quotes: list[QuoteSpan] = field(default_factory=list)
    floating: bool = False
    according_to: bool = False
    relay: Span | None = None
    relay_cue: Span | None = None
    confidence: float = 0.8
    negated: bool = False

    @property
    def cue_start(self) -> int | None:
        return min(t.idx for t in self.cue_tokens) if self.cue_tokens else None

    @property
    def cue_end(self) -> int | None:
        return max(t.idx + len(t) for t in self.cue_tokens) if self.cue_tokens else None
