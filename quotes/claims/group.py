"""Group records that state the same claim, and give each group a key pipelines can join on.

Pairs found by :mod:`quotes.claims.blocking` and judged by :func:`quotes.claims.match.compare`
are merged best first (union-find). A merge that would put a negated and a plain statement, two
different numbers or two different speakers into one group is refused, so a chain of
close pairs (40 drones ~ drones ~ 400 drones) never joins what no single pair may join.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.claims.blocking import MAX_POSTINGS, BlockStats, candidate_pairs
from quotes.claims.match import (
    THRESHOLD,
    Match,
    compare,
    negation_conflict,
    numbers_conflict,
    same_speaker,
)
from quotes.claims.text import ClaimText, SpeakerKey, record_claim

QUOTATION_TYPES = ("direct", "mixed")  # a canonical text is the speaker's words if it can be


@dataclass
class ClaimGroup:
    """Records stating one claim: who said it, where, when, and why each record joined."""

    key: str
    canonical: ClaimText
    members: list[ClaimText]
    edges: list[tuple[str, str, Match]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written by ``quotes claims``."""
        from quotes.export.claimreview import iso_date
        from quotes.export.shorten import clean_claim

        docs: dict[str, dict[str, Any]] = {}
        speakers: dict[str, dict[str, Any]] = {}
        unattributed = 0
        for m in self.members:
            doc = dict(m.meta.get("document") or {})
            doc_id = doc.get("id") or m.meta.get("doc_id") or "?"
            docs.setdefault(doc_id, {"id": doc_id, **{k: doc.get(k) for k in
                                                      ("title", "url", "published", "path")}})
            spk = m.meta.get("speaker")
            if not spk:
                unattributed += 1
                continue
            entry = speakers.setdefault(spk["name"], {"name": spk["name"], "ids": spk["ids"],
                                                      "records": 0})
            entry["records"] += 1
        dates = sorted(d for d in (iso_date(doc.get("published")) for doc in docs.values()) if d)
        out: dict[str, Any] = {
            "key": self.key,
            "text": clean_claim(self.canonical.text),
            "size": self.size,
            "printed": sum(int(m.meta.get("printed", 1)) for m in self.members),
            "speakers": sorted(speakers.values(), key=lambda s: (-s["records"], s["name"])),
            "unattributed": unattributed,
            "documents": list(docs.values()),
            "first_seen": dates[0] if dates else None,
            "last_seen": dates[-1] if dates else None,
            "records": [m.id for m in self.members],
            "matches": [{"records": [a, b], **match.why()} for a, b, match in self.edges],
        }
        if self.reviews:
            out["reviews"] = self.reviews
        return out


@dataclass
class ClaimResult:
    """Every group, the group of every record, and the work it took."""

    groups: list[ClaimGroup]
    stats: BlockStats
    duplicates: int = 0  # records read twice (same id), counted once

    def key_of(self) -> dict[str, str]:
        return {m.id: g.key for g in self.groups for m in g.members}


def group_claims(records: Iterable[Mapping[str, Any]], *, threshold: float = THRESHOLD,
                 max_postings: int = MAX_POSTINGS) -> ClaimResult:
    """Group attribution record dicts by the claim they state.

    Records without a quote text (failure lines of a ``--dask`` folder, other JSON) are
    skipped; a record id seen twice counts once.
    """
    texts, duplicates = claim_texts(records)
    stats = BlockStats()
    pairs = candidate_pairs(texts, threshold=threshold, max_postings=max_postings, stats=stats)
    matches = ((a, b, m) for a, b in pairs if (m := compare(a, b, threshold)).same)
    return ClaimResult(build_groups(texts, matches), stats, duplicates)


def claim_texts(records: Iterable[Mapping[str, Any]]) -> tuple[list[ClaimText], int]:
    """The comparable text of each distinct record, in input order; and how many repeated."""
    seen: set[str] = set()
    texts: list[ClaimText] = []
    duplicates = 0
    for rec in records:
        if not isinstance(rec, Mapping):
            continue
        text = record_claim(rec, order=len(texts))
        if text is None:
            continue
        if text.id in seen:
            duplicates += 1
            continue
        seen.add(text.id)
        texts.append(text)
    return texts, duplicates


class _Component:
    """What a growing group must stay consistent with."""

    __slots__ = ("members", "negated", "plain", "numbers", "speakers", "edges")

    def __init__(self, text: ClaimText) -> None:
        self.members = [text]
        self.negated = text.negated
        self.plain = text.plain
        self.numbers = {text.numbers} if text.numbers else set()
        self.speakers: set[SpeakerKey] = {text.speaker} if text.speaker else set()
        self.edges: list[tuple[str, str, Match]] = []

    def compatible(self, other: _Component) -> bool:
        if negation_conflict(self.negated, self.plain, other.negated, other.plain):
            return False
        if any(numbers_conflict(a, b) for a in self.numbers for b in other.numbers):
            return False
        return all(same_speaker(a, b) for a in self.speakers for b in other.speakers)

    def absorb(self, other: _Component, edge: tuple[str, str, Match]) -> None:
        self.members.extend(other.members)
        self.negated |= other.negated
        self.plain |= other.plain
        self.numbers |= other.numbers
        self.speakers |= other.speakers
        self.edges.extend(other.edges)
        self.edges.append(edge)


def build_groups(texts: Sequence[ClaimText],
                 matches: Iterable[tuple[ClaimText, ClaimText, Match]]) -> list[ClaimGroup]:
    """Merge matched pairs best first into groups; every text is in exactly one group."""
    parent = {t.id: t.id for t in texts}
    comps = {t.id: _Component(t) for t in texts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ordered = sorted(matches, key=lambda e: (-e[2].score, e[0].order, e[1].order))
    for a, b, match in ordered:
        ra, rb = find(a.id), find(b.id)
        if ra == rb or not comps[ra].compatible(comps[rb]):
            continue
        if (comps[ra].members[0].order, ra) > (comps[rb].members[0].order, rb):
            ra, rb = rb, ra  # the root is the component seen first: stable output
        parent[rb] = ra
        comps[ra].absorb(comps.pop(rb), (a.id, b.id, match))
    groups = [_group(c) for root, c in comps.items() if find(root) == root]
    _unique_keys(groups)
    groups.sort(key=lambda g: (-g.size, g.members[0].order))
    return groups


def _group(comp: _Component) -> ClaimGroup:
    members = sorted(comp.members, key=lambda t: t.order)
    canonical = canonical_text(members)
    return ClaimGroup(group_key(canonical, _main_speaker(members)), canonical, members,
                      sorted(comp.edges, key=lambda e: (-e[2].score, e[0], e[1])))


def canonical_text(members: Sequence[ClaimText]) -> ClaimText:
    """The text to show for a group: the words printed most often; among those the
    speaker's own (a quotation over a paraphrase), then the fullest. Ties go by record
    id, not input order, so the same records give the same text in any order."""
    counts = Counter(m.norm for m in members)
    return min(members, key=lambda m: (-counts[m.norm], m.meta.get("type") not in
                                       QUOTATION_TYPES, -len(m.norm), m.id))


def _main_speaker(members: Sequence[ClaimText]) -> SpeakerKey | None:
    counts = Counter(m.speaker for m in members if m.speaker)
    if not counts:
        return None
    # The most frequent form; among equals the fullest name, then by spelling.
    return min(counts, key=lambda s: (-counts[s], -len(s.name), s.label))


def group_key(canonical: ClaimText, speaker: SpeakerKey | None) -> str:
    """Stable: the same canonical words and speaker always give the same key, in any run
    and any order of inputs, so adding articles keeps most keys as they were."""
    basis = f"{speaker.label if speaker else ''}\x1f{canonical.norm}"
    return "claim-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def _unique_keys(groups: list[ClaimGroup]) -> None:
    """Two groups with the same words and speaker (kept apart by a conflict) get the
    first record's id added, so a key never names two groups."""
    counts = Counter(g.key for g in groups)
    for g in groups:
        if counts[g.key] > 1:
            first = min(m.id for m in g.members)
            g.key = f"{g.key}-{hashlib.sha1(first.encode('utf-8')).hexdigest()[:8]}"


def annotate(records: Iterable[dict[str, Any]], result: ClaimResult) -> Iterator[dict[str, Any]]:
    """The records with ``claim`` ({key, size}) added, for pipelines to join on."""
    key_of = result.key_of()
    size_of = {g.key: g.size for g in result.groups}
    for rec in records:
        key = key_of.get(rec.get("id")) if isinstance(rec, dict) else None
        if key is None:
            continue
        yield {**rec, "claim": {"key": key, "size": size_of[key]}}
