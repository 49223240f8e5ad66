"""The same grouping over a ``dask.bag`` of records, for batches past one machine's patience.

The costly parts run on the workers: making each record's comparable text (textacy's
normalisation, stemming) partition by partition, and probing and scoring each text against
the stem index. The index (stems to texts) is built once from the collected texts and
handed to every worker as one object (scattered to each worker once on a distributed
cluster); each task probes a slice of the index's own texts. The merge into groups, cheap
next to the scoring, runs on the client with :func:`quotes.claims.group.build_groups`, so
the groups, keys and reasons are exactly those of :func:`quotes.claims.group_claims` on
the same records in the same order. The client holds every record's comparable text (not
the records): about a kilobyte each.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotes.claims.blocking import (
    MAX_POSTINGS,
    BlockStats,
    StemIndex,
    build_index,
    exact_pairs,
    partners,
)
from quotes.claims.group import ClaimResult, build_groups
from quotes.claims.match import MIN_WORDS, THRESHOLD, compare
from quotes.claims.text import ClaimText, record_claim


def read_record_folder(path: str | Path):  # -> dask.bag.Bag
    """A bag of the records in a ``quotes extract --dask`` output folder (part-*.jsonl),
    one partition per part file, in partition order."""
    import dask.bag as db

    from quotes.claims.inputs import PART_GLOB

    parts = sorted(str(p) for p in Path(path).glob(PART_GLOB))
    if not parts:
        raise FileNotFoundError(f"{path}: no {PART_GLOB} files")
    return db.read_text(parts, files_per_partition=1).map(json.loads)


def group_claims_bag(records, *, threshold: float = THRESHOLD,
                     max_postings: int = MAX_POSTINGS) -> ClaimResult:
    """Group the record dicts of a bag by claim (computes the bag)."""
    import dask.bag as db

    made = records.map_partitions(_texts_of_partition).compute()
    texts, duplicates = _numbered(made)
    index = build_index(texts)
    shared = _share(index)
    # Each task probes a slice of the index's own texts: nothing is shipped twice.
    n = len(index.texts)
    parts = max(1, min(records.npartitions * 2, n))
    step = -(-n // parts) if n else 1
    slices = [(i, min(n, i + step)) for i in range(0, n, step)] or [(0, 0)]
    out = (db.from_sequence(slices, npartitions=len(slices))
           .map_partitions(_match_partition, shared, threshold, max_postings).compute())
    stats = BlockStats(texts=len(texts))
    by_order = {t.order: t for t in texts}
    matches = []
    for item in out:
        if item[0] == "stats":
            stats.add(item[1])
        else:
            _, a, b, match = item
            matches.append((by_order[a], by_order[b], match))
    for a, b in exact_pairs([t for t in texts if t.size < MIN_WORDS], stats=stats):
        match = compare(a, b, threshold)
        if match.same:
            matches.append((a, b, match))
    return ClaimResult(build_groups(texts, matches), stats, duplicates)


def _texts_of_partition(records: Iterable[Any]) -> list[ClaimText]:
    return [t for rec in records if isinstance(rec, Mapping)
            and (t := record_claim(rec)) is not None]


def _numbered(made: Iterable[ClaimText]) -> tuple[list[ClaimText], int]:
    """Input order and one text per record id, as :func:`~quotes.claims.group.claim_texts`."""
    seen: set[str] = set()
    texts: list[ClaimText] = []
    duplicates = 0
    for t in made:
        if t.id in seen:
            duplicates += 1
            continue
        seen.add(t.id)
        texts.append(replace(t, order=len(texts)))
    return texts, duplicates


def _share(index: StemIndex):
    """The index once on every worker: scattered when a distributed client is running
    (sent once, not inside every task), else a delayed object of the local scheduler."""
    import dask

    try:
        from distributed import default_client

        client = default_client()
    except (ImportError, ValueError):
        return dask.delayed(index, traverse=False)
    return client.scatter(index, broadcast=True, hash=False)


def _match_partition(slices: Iterable[tuple[int, int]], index: StemIndex, threshold: float,
                     max_postings: int) -> list[tuple[Any, ...]]:
    """The matched pairs of one slice of the index's texts, then its work counts."""
    stats = BlockStats()
    out: list[tuple[Any, ...]] = []
    for start, end in slices:
        out.extend(_match_texts(index.texts[start:end], index, threshold, max_postings, stats))
    out.append(("stats", stats))
    return out


def _match_texts(texts: Iterable[ClaimText], index: StemIndex, threshold: float,
                 max_postings: int, stats: BlockStats) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for a in texts:
        for b in partners(a, index, threshold=threshold, max_postings=max_postings,
                          stats=stats):
            match = compare(a, b, threshold)
            if match.same:
                out.append(("pair", a.order, b.order, match))
    return out
