"""When a predicted span counts as a gold span: the matching rules of the shared scorer.

Two rules, as in ``score.py`` of the evaluation data: token F1 of the two spans at or above
a threshold (tokens are the ``\\w+`` runs, identified by their character offset, so two
spans agree on a token only where they overlap), or the Gender Gap Tracker's rule, the
share of gold characters the prediction covers above a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_CHARS = "\"'“”‘’«»„‚‹›"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class MatchRule:
    """How much a prediction must overlap a gold span to match it."""

    kind: str = "tokenf1"  # "tokenf1" (score >= threshold) or "coverage" (score > threshold)
    threshold: float = 0.5

    @classmethod
    def parse(cls, spec: str) -> MatchRule:
        """``tokenf1:0.5`` or ``coverage:0.3``; raises ValueError on anything else."""
        kind, _, value = spec.partition(":")
        kind = kind.strip().lower()
        if kind not in ("tokenf1", "coverage"):
            raise ValueError(f"unknown match rule {kind!r}: use tokenf1:T or coverage:T")
        try:
            threshold = float(value) if value.strip() else 0.5
        except ValueError:
            raise ValueError(f"match threshold {value!r} is not a number") from None
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"match threshold {threshold} is not between 0 and 1")
        return cls(kind, threshold)

    def __str__(self) -> str:
        return f"{self.kind}:{self.threshold:g}"


def span_tokens(text: str, start: int) -> set[int]:
    """The document offsets at which the words of a span begin."""
    return {m.start() + start for m in _WORD.finditer(text)}


def token_f1(a: set[int], b: set[int]) -> float:
    """F1 of two token sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    if not inter:
        return 0.0
    p, r = inter / len(a), inter / len(b)
    return 2 * p * r / (p + r)


def overlap_score(
    gold_text: str, gold_start: int, gold_end: int,
    pred_text: str, pred_start: int, pred_end: int,
    rule: MatchRule,
) -> float:
    """How well the prediction covers the gold span under ``rule``; 0.0 when it does not match."""
    if rule.kind == "coverage":
        inter = max(0, min(gold_end, pred_end) - max(gold_start, pred_start))
        share = inter / max(1, gold_end - gold_start)
        return share if share > rule.threshold else 0.0
    f = token_f1(span_tokens(gold_text, gold_start), span_tokens(pred_text, pred_start))
    return f if f >= rule.threshold else 0.0


def strip_span(text: str) -> str:
    """The span without surrounding quote marks, spaces and final punctuation (for exact match)."""
    return text.strip().strip(QUOTE_CHARS).strip().rstrip(",.;:!?").strip(QUOTE_CHARS).strip()
