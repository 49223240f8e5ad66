"""Reviewed records out of the store: the machine's draft plus a ``review`` object.

The record body stays exactly as extracted; what the reviewer changed is in
``review.corrected`` (record fields, nested objects merged one level deep by readers),
so a pipeline can see both the draft and the decision.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from quotes.review.store import ReviewState, ReviewStore

ACCEPTED = ("accepted", "corrected")


def reviewed_records(
    store: ReviewStore,
    *,
    doc_ids: Collection[str] | None = None,
    reviewers: Collection[str] | None = None,
    statuses: Collection[str] | None = None,
    include_pending: bool = False,
) -> Iterator[dict[str, Any]]:
    """Records with their ``review`` object, document by document, in text order.

    One record per reviewer who decided it (two reviewers give two lines with the same
    ``id`` and different ``review.reviewer``). An undecided record that carries a note
    is written too, as ``pending``: a note is a reviewer's word and must not be dropped.

    Args:
        doc_ids: only these documents (all when None).
        reviewers: only these reviewers' decisions (all when None).
        statuses: only records whose review status is one of these.
        include_pending: also records nobody (of ``reviewers``) decided yet, with
            ``review.status == "pending"``.
    """
    for doc in store.documents():
        if doc_ids is not None and doc.doc_id not in doc_ids:
            continue
        names = store.reviewers(doc.doc_id)
        if reviewers is not None:
            names = [n for n in names if n in reviewers]
        per_reviewer = {name: store.states(doc.doc_id, name) for name in names}
        for rec in store.records(doc.doc_id):
            found = False
            for name in names:
                state = per_reviewer[name].get(rec["id"])
                if state is None or not (state.decided or state.note or include_pending):
                    continue
                found = True
                if statuses is None or state.status in statuses:
                    yield with_review(rec, state)
            if not found and include_pending:
                pending = ReviewState(reviewer=_only(reviewers))
                if statuses is None or "pending" in statuses:
                    yield with_review(rec, pending)


def with_review(record: dict[str, Any], state: ReviewState) -> dict[str, Any]:
    """A copy of the record carrying the review object."""
    out = dict(record)
    out["review"] = state.to_review()
    return out


def _only(reviewers: Collection[str] | None) -> str | None:
    if reviewers is not None and len(reviewers) == 1:
        return next(iter(reviewers))
    return None
