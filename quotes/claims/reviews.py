"""Existing fact-checks: schema.org ClaimReview items, and the claim groups they cover.

A newsroom's own published checks, or an export from a fact-check search service, as
JSON Lines of ClaimReview objects (the form ``quotes export --format claimreview``
writes). A group is flagged when one of its records states the reviewed claim by the same
rules as two records (:func:`quotes.claims.match.compare`): the same threshold, and never
across a negation, another number or another speaker (``itemReviewed.author``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotes.claims.blocking import BlockStats, candidate_pairs
from quotes.claims.group import ClaimGroup
from quotes.claims.match import THRESHOLD, compare
from quotes.claims.text import ClaimText, SpeakerKey, claim_text, speaker_key, stem, tokens
from quotes.errors import InputError

_QID_URL = re.compile(r"wikidata\.org/(?:wiki|entity)/(Q[1-9][0-9]*)$")
REVIEW_PREFIX = "review:"


@dataclass(frozen=True)
class Review:
    """One existing fact-check: what it reviewed, its verdict and where it is."""

    claim: str
    rating: str
    url: str
    reviewer: str | None
    date: str | None
    author: str | None  # who made the claim, as the fact-check names them
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"claimReviewed": self.claim, "rating": self.rating, "url": self.url,
                "reviewer": self.reviewer, "datePublished": self.date, "author": self.author}


def read_reviews(path: str | Path) -> list[Review]:
    """The ClaimReview items of a JSON Lines file.

    Raises:
        InputError: the file cannot be read, or a line is not JSON or has no
            ``claimReviewed`` text (with its line number, so it can be fixed).
    """
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 (byte {exc.start})") from None
    reviews = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{lineno}", f"not valid JSON ({exc.msg})") from None
        for obj in item if isinstance(item, list) else [item]:
            reviews.append(review_from(obj, f"{name}:{lineno}", lineno))
    return reviews


def review_from(item: Any, where: str, line: int = 0) -> Review:
    """A :class:`Review` from one ClaimReview object."""
    if not isinstance(item, Mapping) or not isinstance(item.get("claimReviewed"), str) \
            or not item["claimReviewed"].strip():
        raise InputError(where, "not a ClaimReview (no claimReviewed text)")
    rating = item.get("reviewRating") or {}
    reviewed = item.get("itemReviewed") or {}
    author = reviewed.get("author") if isinstance(reviewed, Mapping) else None
    if isinstance(author, list):
        author = author[0] if author else None
    org = item.get("author") or {}
    return Review(
        claim=item["claimReviewed"].strip(),
        rating=str(rating.get("alternateName") or rating.get("name") or "")
        if isinstance(rating, Mapping) else "",
        url=str(item.get("url") or ""),
        reviewer=(org.get("name") or None) if isinstance(org, Mapping) else None,
        date=str(item["datePublished"]) if item.get("datePublished") else None,
        author=(author.get("name") or None) if isinstance(author, Mapping) else None,
        line=line,
    )


def review_text(review: Review, order: int) -> ClaimText:
    """The comparable form of a reviewed claim, without the claimant's name in it.

    Fact-checks often put the speaker in the claim ("Lind says the depot will close");
    those words are the ``author`` here, not part of what was claimed.
    """
    spk = _author_key(review)
    text = claim_text(f"{REVIEW_PREFIX}{order}", review.claim.rstrip("…"), spk, order=order)
    if spk is None:
        return text
    name_stems = {stem(w) for w in tokens(spk.name)}
    stems = text.stems - name_stems
    return replace(text, stems=stems, negated=text.negated & stems)


def _author_key(review: Review) -> SpeakerKey | None:
    return speaker_key({"name": review.author}) if review.author else None


def match_reviews(groups: Sequence[ClaimGroup], reviews: Sequence[Review], *,
                  threshold: float = THRESHOLD, stats: BlockStats | None = None) -> int:
    """Flag each group with the reviews that cover it (``group.reviews``); how many groups.

    The reviews and every record are blocked together (the same prefix filter as the
    grouping), and only record/review pairs are compared. Each flag carries the rating,
    the fact-check's url, the record that matched and why.
    """
    texts: list[ClaimText] = [review_text(r, i) for i, r in enumerate(reviews)]
    group_of: dict[str, ClaimGroup] = {}
    for g in groups:
        for m in g.members:
            group_of[m.id] = g
            texts.append(replace(m, order=len(texts)))
    best: dict[tuple[str, int], tuple[float, dict[str, Any]]] = {}
    for a, b in candidate_pairs(texts, threshold=threshold, stats=stats or BlockStats()):
        review, record = (a, b) if a.id.startswith(REVIEW_PREFIX) else (b, a)
        if review.id.startswith(REVIEW_PREFIX) == record.id.startswith(REVIEW_PREFIX):
            continue  # two records (grouped already) or two reviews
        match = compare(record, review, threshold)
        if not match.same:
            continue
        index = int(review.id.removeprefix(REVIEW_PREFIX))
        group = group_of[record.id]
        slot = (group.key, index)
        if slot not in best or match.score > best[slot][0]:
            best[slot] = (match.score, {**reviews[index].to_dict(), "record": record.id,
                                        **match.why()})
    by_key = {g.key: g for g in groups}
    for g in groups:
        g.reviews = []
    for (key, _), (_, flag) in sorted(best.items(), key=lambda kv: (kv[0][0], -kv[1][0])):
        by_key[key].reviews.append(flag)
    return sum(1 for g in groups if g.reviews)


def reviews_in(items: Iterable[Mapping[str, Any]]) -> list[Review]:
    """Reviews from objects already parsed (a library caller's own list)."""
    return [review_from(item, f"item {i}", i) for i, item in enumerate(items, 1)]
