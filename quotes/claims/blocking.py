"""Which pairs of claims to compare: prefix filtering over rare words, not all pairs.

A pair can only score THRESHOLD if the shorter text shares at least
``t = ceil(THRESHOLD * size)`` of its stems with the other (the score is never above the
containment). Sort each text's stems rarest first: a partner sharing ``t`` stems shares at
least ``k`` of the first ``size - t + k`` (its *prefix*). So probing each text's prefix
against an inverted index of every text's stems, and comparing only the texts hit ``k``
times (k = 2 whenever t >= 2), finds every pair that can match: the prefix filter of
set-similarity joins (Chaudhuri et al. 2006; Bayardo et al. 2007). The prefix is made of
the rarest words, whose posting lists are short, and a topic word shared by thousands of
texts brings no comparison unless a second rare word is shared too. A length filter drops
partners too long for the Dice half of the score to reach the threshold.

Two bounds keep the cost near-linear when a batch is dominated by a few words: a stem
in more than ``max_postings`` texts is skipped as a probe (counted in
:class:`BlockStats`, so a run says what it did not compare), and texts under MIN_WORDS
content words are compared only with texts of the same words (an exact-text block).

Rarity is counted over the batch itself (how many texts have the stem), not taken from
textacy's key-term extractors (TextRank, SGRank, YAKE): those rank terms within one parsed
document, which needs a spaCy pass per quotation and says nothing about how common a term
is across the batch, which is what bounds a posting list.

MinHash/LSH signatures were the other candidate: they find pairs by Jaccard similarity,
which a cut quotation lacks (a third of a quotation has Jaccard 0.33 with the whole and
containment 1.0), and they miss pairs at random; the prefix filter misses none below the
posting cap and needs no signature parameters tuned.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.claims.match import MIN_WORDS, THRESHOLD
from quotes.claims.text import ClaimText

if TYPE_CHECKING:
    import numpy as np

MAX_POSTINGS = 5000
EXACT_ALL_PAIRS = 50


@dataclass
class BlockStats:
    """The work done, so a test can count it and a run can report it."""

    texts: int = 0
    postings_read: int = 0  # index entries looked at while blocking
    pairs_scored: int = 0  # pairs handed to the matcher
    probes_skipped: int = 0  # prefix stems too common to probe with (see MAX_POSTINGS)

    def add(self, other: BlockStats) -> None:
        self.texts += other.texts
        self.postings_read += other.postings_read
        self.pairs_scored += other.pairs_scored
        self.probes_skipped += other.probes_skipped


@dataclass
class StemIndex:
    """Every long text under each of its stems, and the stems' rarest-first order.

    Posting lists are numpy arrays of positions in ``texts``, so counting which texts a
    prefix hits is a few vector operations per text, not a Python loop per entry.
    """

    texts: list[ClaimText]
    order: dict[str, tuple[int, str]]
    postings: dict[str, np.ndarray]
    position: dict[int, int]  # text.order -> position in texts
    rank: np.ndarray  # position -> rank by (size, order, id): who probes whom
    sizes: np.ndarray


def build_index(texts: Iterable[ClaimText]) -> StemIndex:
    """The index of the texts of MIN_WORDS content words or more."""
    import numpy as np

    long_texts = [t for t in texts if t.size >= MIN_WORDS]
    lists: dict[str, list[int]] = defaultdict(list)
    for pos, t in enumerate(long_texts):
        for s in t.stems:
            lists[s].append(pos)
    by_probe = sorted(range(len(long_texts)),
                      key=lambda p: (long_texts[p].size, long_texts[p].order, long_texts[p].id))
    rank = np.empty(len(long_texts), dtype=np.int64)
    rank[by_probe] = np.arange(len(long_texts))
    return StemIndex(
        texts=long_texts,
        order={s: (len(b), s) for s, b in lists.items()},
        postings={s: np.asarray(b, dtype=np.int64) for s, b in lists.items()},
        position={t.order: p for p, t in enumerate(long_texts)},
        rank=rank,
        sizes=np.asarray([t.size for t in long_texts], dtype=np.int64),
    )


def required_overlap(size: int, threshold: float = THRESHOLD) -> int:
    """How many stems a text of ``size`` must share to score ``threshold`` (the score is
    never above the containment, shared / size of the shorter)."""
    return max(1, math.ceil(threshold * size - 1e-9))


def prefix(text: ClaimText, order: Mapping[str, tuple[int, str]],
           threshold: float = THRESHOLD) -> tuple[list[str], int]:
    """The rarest stems of ``text`` to probe with, and how many a partner must hit.

    A partner that shares ``t`` stems shares at least ``k`` of the first
    ``size - t + k``; k = 2 when t >= 2, so a partner found through one stem only (a
    topic word) is not compared at all.
    """
    needed = required_overlap(text.size, threshold)
    hits = 2 if needed >= 2 else 1
    ranked = sorted(text.stems, key=lambda s: order.get(s, (0, s)))
    return ranked[: text.size - needed + hits], hits


def longest_partner(size: int, threshold: float = THRESHOLD) -> float:
    """Past this size a partner's Dice, and so the score, cannot reach ``threshold``:
    the score is (containment + Dice) / 2 with containment <= 1."""
    dice = 2 * threshold - 1
    return size * (2 / dice - 1) if dice > 0 else math.inf


def probes(a: ClaimText, b: ClaimText) -> bool:
    """Whether ``a`` probes for ``b``: the shorter probes (ties by input order), once."""
    return (a.size, a.order, a.id) < (b.size, b.order, b.id)


def candidate_pairs(texts: Sequence[ClaimText], *, threshold: float = THRESHOLD,
                    max_postings: int = MAX_POSTINGS,
                    stats: BlockStats | None = None) -> Iterator[tuple[ClaimText, ClaimText]]:
    """Every pair that can reach ``threshold``, each once, shorter text first."""
    stats = stats if stats is not None else BlockStats()
    stats.texts += len(texts)
    index = build_index(texts)
    for a in texts:
        if a.size >= MIN_WORDS:
            for b in partners(a, index, threshold=threshold, max_postings=max_postings,
                              stats=stats):
                yield a, b
    yield from exact_pairs([t for t in texts if t.size < MIN_WORDS], stats=stats)


def partners(a: ClaimText, index: StemIndex, *, threshold: float = THRESHOLD,
             max_postings: int = MAX_POSTINGS, stats: BlockStats) -> list[ClaimText]:
    """The texts ``a`` must be compared with: found by enough of its prefix stems, longer
    than ``a`` (or as long and later), and not too long to reach the threshold."""
    import numpy as np

    probe, hits_needed = prefix(a, index.order, threshold)
    blocks = []
    for s in probe:
        block = index.postings.get(s)
        if block is None:
            continue
        if len(block) > max_postings:
            stats.probes_skipped += 1
            continue
        stats.postings_read += len(block)
        blocks.append(block)
    if not blocks:
        return []
    hit = np.concatenate(blocks)
    mine = index.rank[index.position[a.order]] if a.order in index.position else -1
    hit = hit[(index.rank[hit] > mine) & (index.sizes[hit] <= longest_partner(a.size,
                                                                              threshold))]
    found, counts = np.unique(hit, return_counts=True)
    found = found[counts >= hits_needed]
    stats.pairs_scored += len(found)
    return sorted((index.texts[p] for p in found.tolist()), key=lambda b: b.order)


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
