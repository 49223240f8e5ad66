"""Which pairs of claims to compare: prefix filtering over rare words, not all pairs.

A pair can only score THRESHOLD if the shorter text shares at least
``t = ceil(THRESHOLD * size)`` of its stems with the other (the score is never above the
containment). Sort each text's stems rarest first; if the shorter text's first
``size - t + 1`` stems (its *prefix*) all miss the other text, at most ``t - 1`` can be
shared. So probing each text's prefix against an inverted index of every text's stems
finds every pair that can match (the prefix filter of set-similarity joins, Chaudhuri et
al. 2006; Bayardo et al. 2007), and the prefix is made of the rarest words, whose posting
lists are short. A pair is scored once: at the first prefix stem it shares.

Two bounds keep the cost near-linear when a batch is dominated by a few words: a stem
in more than ``max_postings`` texts is skipped as a probe (counted in
:class:`BlockStats`, so a run says what it did not compare), and texts under MIN_WORDS
content words are compared only with texts of the same words (an exact-text block).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from quotes.claims.match import MIN_WORDS, THRESHOLD
from quotes.claims.text import ClaimText

MAX_POSTINGS = 5000
EXACT_ALL_PAIRS = 50


@dataclass
class BlockStats:
    """The work done, so a test can count it and a run can report it."""

    texts: int = 0
    pairs_scored: int = 0
    probes_skipped: int = 0  # prefix stems too common to probe with (see MAX_POSTINGS)

    def add(self, other: BlockStats) -> None:
        self.texts += other.texts
        self.pairs_scored += other.pairs_scored
        self.probes_skipped += other.probes_skipped


def stem_order(texts: Iterable[ClaimText]) -> dict[str, tuple[int, str]]:
    """Rarest first: each stem's sort key (how many texts have it, then the stem)."""
    df: Counter[str] = Counter()
    for t in texts:
        df.update(t.stems)
    return {s: (n, s) for s, n in df.items()}


def prefix(text: ClaimText, order: Mapping[str, tuple[int, str]],
           threshold: float = THRESHOLD) -> list[str]:
    """The stems of ``text`` any matching partner must share at least one of."""
    needed = max(1, math.ceil(threshold * text.size - 1e-9))
    ranked = sorted(text.stems, key=lambda s: order.get(s, (0, s)))
    return ranked[: text.size - needed + 1]


def probes(a: ClaimText, b: ClaimText) -> bool:
    """Whether ``a`` probes for ``b``: the shorter probes (ties by input order), once."""
    return (a.size, a.order, a.id) < (b.size, b.order, b.id)


def candidate_pairs(texts: Sequence[ClaimText], *, threshold: float = THRESHOLD,
                    max_postings: int = MAX_POSTINGS,
                    stats: BlockStats | None = None) -> Iterator[tuple[ClaimText, ClaimText]]:
    """Every pair that can reach ``threshold``, each once, shorter text first."""
    stats = stats if stats is not None else BlockStats()
    stats.texts += len(texts)
    long_texts = [t for t in texts if t.size >= MIN_WORDS]
    order = stem_order(long_texts)
    postings: dict[str, list[ClaimText]] = defaultdict(list)
    for t in long_texts:
        for s in t.stems:
            postings[s].append(t)
    for a in long_texts:
        yield from probe_pairs(a, prefix(a, order, threshold), postings, order,
                               max_postings=max_postings, stats=stats)
    yield from exact_pairs([t for t in texts if t.size < MIN_WORDS], stats=stats)


def probe_pairs(a: ClaimText, probe: list[str], postings: Mapping[str, Sequence[ClaimText]],
                order: Mapping[str, tuple[int, str]], *, max_postings: int,
                stats: BlockStats) -> Iterator[tuple[ClaimText, ClaimText]]:
    """The pairs ``a``'s prefix finds, each at the first prefix stem the pair shares."""
    for i, s in enumerate(probe):
        block = postings.get(s, ())
        if len(block) > max_postings:
            stats.probes_skipped += 1
            continue
        earlier = probe[:i]
        for b in block:
            if b is a or not probes(a, b) or any(e in b.stems for e in earlier):
                continue
            stats.pairs_scored += 1
            yield a, b


def exact_pairs(texts: Iterable[ClaimText], *,
                stats: BlockStats) -> Iterator[tuple[ClaimText, ClaimText]]:
    """Short texts: pairs within each block of the same words.

    A block is small in news ("very productive" is said a few times); one over
    ``EXACT_ALL_PAIRS`` (a stock phrase in a big batch) is sorted by speaker and each text
    compared with the next only, which keeps it linear and still joins a speaker's run.
    """
    blocks: dict[str, list[ClaimText]] = defaultdict(list)
    for t in texts:
        blocks[t.norm].append(t)
    for block in blocks.values():
        if len(block) > EXACT_ALL_PAIRS:
            block.sort(key=lambda t: (t.speaker.label if t.speaker else "", t.order, t.id))
            for a, b in zip(block, block[1:], strict=False):
                stats.pairs_scored += 1
                yield a, b
            continue
        block.sort(key=lambda t: (t.order, t.id))
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                stats.pairs_scored += 1
                yield a, b
