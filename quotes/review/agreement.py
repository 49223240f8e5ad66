"""Two reviewers on the same articles: where they disagree, and how far they agree.

For a newsroom's QA: every pair of reviewers is compared on the records both decided.
A record's **verdict** is "rejected", or "kept" with the speaker, type and span the
reviewer left (corrections applied); two reviewers agree on a record when their verdicts
are equal. Reported per pair: observed agreement, Cohen's kappa on the status
(accepted / corrected / rejected) and on keep-or-reject, the status confusion table,
and agreement per speaker (the machine's speaker, so both sides group the same records).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from quotes.review.render import effective, speaker_name
from quotes.review.store import ReviewState, ReviewStore


def verdict(record: dict[str, Any], state: ReviewState) -> tuple[Any, ...]:
    """What a reviewer said about a record, in a form two reviewers can compare."""
    if state.status == "rejected":
        return ("rejected",)
    eff = effective(record, state)
    q = eff["quote"]
    return ("kept", (eff.get("speaker") or {}).get("name"), eff.get("type"), q["start"], q["end"])


def cohen_kappa(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels; None with no pair, 1.0 when chance is total."""
    pairs = list(pairs)
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    if expected == 1.0:
        return 1.0  # both gave one label to everything: full agreement, no chance term
    return (observed - expected) / (1 - expected)


@dataclass
class PairAgreement:
    """How two reviewers compare on the records both decided."""

    first: str
    second: str
    both: int = 0
    agreed: int = 0
    status_pairs: list[tuple[str, str]] = field(default_factory=list)
    by_speaker: dict[str, list[int]] = field(default_factory=dict)  # name -> [agreed, both]
    disagreements: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, record_id)

    @property
    def observed(self) -> float | None:
        return self.agreed / self.both if self.both else None

    @property
    def kappa_status(self) -> float | None:
        return cohen_kappa(self.status_pairs)

    @property
    def kappa_keep(self) -> float | None:
        return cohen_kappa((_keep(a), _keep(b)) for a, b in self.status_pairs)

    def confusion(self) -> dict[str, dict[str, int]]:
        """first reviewer's status -> second reviewer's status -> records."""
        table: dict[str, dict[str, int]] = {}
        for a, b in self.status_pairs:
            table.setdefault(a, {}).setdefault(b, 0)
            table[a][b] += 1
        return table

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "reviewers": [self.first, self.second],
            "both_decided": self.both,
            "agreed": self.agreed,
            "observed_agreement": r(self.observed),
            "kappa_status": r(self.kappa_status),
            "kappa_keep_or_reject": r(self.kappa_keep),
            "status_confusion": self.confusion(),
            "by_speaker": {k: {"agreed": v[0], "both_decided": v[1]}
                           for k, v in sorted(self.by_speaker.items())},
            "disagreements": [{"doc_id": d, "id": i} for d, i in self.disagreements],
        }


def _keep(status: str) -> str:
    return "rejected" if status == "rejected" else "kept"


def agreement(
    store: ReviewStore,
    *,
    doc_ids: Collection[str] | None = None,
    reviewers: Collection[str] | None = None,
) -> list[PairAgreement]:
    """One comparison per pair of reviewers (alphabetical), over every chosen document."""
    names = [n for n in store.reviewers() if reviewers is None or n in reviewers]
    pairs = {(a, b): PairAgreement(a, b) for a, b in combinations(names, 2)}
    for doc in store.documents():
        if doc_ids is not None and doc.doc_id not in doc_ids:
            continue
        states = {n: store.states(doc.doc_id, n) for n in names}
        for rec in store.records(doc.doc_id):
            for (a, b), pair in pairs.items():
                sa, sb = states[a].get(rec["id"]), states[b].get(rec["id"])
                if sa is None or sb is None or not sa.decided or not sb.decided:
                    continue
                same = verdict(rec, sa) == verdict(rec, sb)
                pair.both += 1
                pair.agreed += same
                pair.status_pairs.append((sa.status, sb.status))
                counts = pair.by_speaker.setdefault(speaker_name(rec), [0, 0])
                counts[0] += same
                counts[1] += 1
                if not same:
                    pair.disagreements.append((doc.doc_id, rec["id"]))
    return list(pairs.values())


def disputed(store: ReviewStore, doc_ids: Collection[str] | None = None) -> set[tuple[str, str]]:
    """(doc_id, record_id) of records on which any two reviewers' verdicts differ."""
    out: set[tuple[str, str]] = set()
    for pair in agreement(store, doc_ids=doc_ids):
        out.update(pair.disagreements)
    return out


def report_lines(pairs: list[PairAgreement]) -> list[str]:
    """The agreement summary as plain lines for the terminal."""
    if not pairs:
        return ["agreement: fewer than two reviewers in the store"]

    def f(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    lines: list[str] = []
    for p in pairs:
        lines.append(f"{p.first} / {p.second}: {p.both} records decided by both, "
                     f"{p.agreed} agreed (observed {f(p.observed)}), "
                     f"kappa status {f(p.kappa_status)}, keep-or-reject {f(p.kappa_keep)}")
        table = p.confusion()
        for a in sorted(table):
            cells = ", ".join(f"{b} {n}" for b, n in sorted(table[a].items()))
            lines.append(f"  {p.first} {a}: {p.second} {cells}")
        for name, (ok, n) in sorted(p.by_speaker.items()):
            lines.append(f"  speaker {name}: {ok}/{n} agreed")
        for doc_id, rid in p.disagreements:
            lines.append(f"  disagree: {doc_id} {rid}")
    return lines
