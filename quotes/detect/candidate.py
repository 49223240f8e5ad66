"""One attribution as the detector finds it: content span, cue and speaker mention,
before the speaker is resolved and the record is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import TypeVar

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
    # The named construction that found it ("cue-after-direct", "according-to", ...), so a
    # record can say why it exists and evaluation can weigh each rule's precision.
    rule: str = ""
    # (start, end) of each segment said when the span holds other words (the cue of an
    # interrupted quotation); empty when the whole span was said.
    parts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def cue_start(self) -> int | None:
        return min(t.idx for t in self.cue_tokens) if self.cue_tokens else None

    @property
    def cue_end(self) -> int | None:
        return max(t.idx + len(t) for t in self.cue_tokens) if self.cue_tokens else None


class RuleSpan(tuple):
    """A (start, end) content span that remembers the rule which found it."""

    rule: str


_F = TypeVar("_F", bound=Callable[..., "tuple[int, int] | None"])


def content_rule(rule: str) -> Callable[[_F], _F]:
    """Mark what a content finder returns with its rule name, so the cue-verb rule that
    tries the finders in turn can tell which one gave the content."""

    def mark(fn: _F) -> _F:
        @wraps(fn)
        def wrapper(*args, **kwargs):
            span = fn(*args, **kwargs)
            return None if span is None else tagged(span, rule)

        return wrapper  # type: ignore[return-value]

    return mark


def tagged(span: tuple[int, int], rule: str) -> RuleSpan:
    """``span`` marked as found by ``rule``."""
    out = RuleSpan(span)
    out.rule = rule
    return out


def rule_of(span: object, default: str) -> str:
    """The rule a content span was found by, or ``default`` for an untagged span."""
    return getattr(span, "rule", default)
