"""One candidate per content span: where rules overlap, the better founded one stays."""

from __future__ import annotations

from quotes.detect.candidate import Candidate


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per content span; where two overlap heavily, keep the better founded."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in cands:
        dup = None
        for j in range(max(0, len(kept) - 6), len(kept)):
            k = kept[j]
            inter = min(k.end, c.end) - max(k.start, c.start)
            if inter <= 0:
                continue
            longer = max(k.end - k.start, c.end - c.start)
            if inter >= 0.8 * longer:
                dup = j
                break
        if dup is None:
            kept.append(c)
        elif _rank(c) > _rank(kept[dup]):
            kept[dup] = c
    kept.sort(key=lambda c: c.start)
    return kept


def _rank(c: Candidate) -> tuple[int, int, float]:
    return (int(c.subject is not None), int(not c.floating), c.confidence)
