"""Labelled same/different claim pairs: load them, score the matcher, choose a threshold.

A pair file is JSON Lines: ``{"id", "split": "dev"|"test", "kind", "same": bool,
"a": {"text", "speaker"}, "b": {...}}``. The threshold is chosen on ``dev`` only and
reported on ``test``, so the figures are not the ones the threshold was fit to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.claims.match import Match, compare
from quotes.claims.text import ClaimText, claim_text, speaker_key


@dataclass(frozen=True)
class Pair:
    id: str
    split: str
    kind: str
    same: bool
    a: ClaimText
    b: ClaimText


@dataclass(frozen=True)
class Scores:
    """Precision and recall of "same claim" verdicts on a set of pairs."""

    threshold: float
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_pairs(path: str | Path) -> list[Pair]:
    """The pairs of a pair file, in order."""
    pairs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            pairs.append(_pair(json.loads(line)))
    return pairs


def _pair(row: dict[str, Any]) -> Pair:
    def side(name: str) -> ClaimText:
        item = row[name]
        spk = speaker_key({"name": item.get("speaker")})
        return claim_text(f"{row['id']}.{name}", item["text"], spk)

    return Pair(row["id"], row.get("split", "test"), row.get("kind", ""), bool(row["same"]),
                side("a"), side("b"))


def verdicts(pairs: Iterable[Pair], threshold: float) -> list[tuple[Pair, Match]]:
    return [(p, compare(p.a, p.b, threshold)) for p in pairs]


def score(pairs: Sequence[Pair], threshold: float) -> Scores:
    tp = fp = fn = tn = 0
    for pair, match in verdicts(pairs, threshold):
        if match.same and pair.same:
            tp += 1
        elif match.same:
            fp += 1
        elif pair.same:
            fn += 1
        else:
            tn += 1
    return Scores(threshold, tp, fp, fn, tn)


def choose_threshold(pairs: Sequence[Pair], candidates: Sequence[float]) -> Scores:
    """The candidate with the best F1 on ``pairs``; when several tie, the middle one of
    them, the farthest from where the score starts to drop on either side."""
    scores = [score(pairs, t) for t in sorted(candidates)]
    best = max(round(s.f1, 9) for s in scores)
    tied = [s for s in scores if round(s.f1, 9) == best]
    return tied[(len(tied) - 1) // 2]
