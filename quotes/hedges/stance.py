"""One word for how a claim is attributed, from its hedges (order documented in hedges.tsv)."""

from __future__ import annotations

from quotes.records import Attribution

# Stance -> the hedge types that give it, first match wins.
STANCE_ORDER: tuple[tuple[str, frozenset[str]], ...] = (
    ("negated", frozenset({"negated"})),
    ("denied", frozenset({"denial"})),
    ("unsourced", frozenset({"unattributed"})),
    ("distanced", frozenset({"distancing", "alleged"})),
    ("hearsay", frozenset({"reported", "rumored", "relayed", "anonymous"})),
    ("hedged", frozenset({"speculative", "modal"})),
    ("endorsed", frozenset({"factive"})),
)
STANCES: tuple[str, ...] = tuple(s for s, _ in STANCE_ORDER) + ("neutral",)


def stance_of(rec: Attribution) -> str:
    """The record's stance: the first of :data:`STANCE_ORDER` its hedges call for, else neutral."""
    types = {h.type for h in rec.hedges}
    if rec.cue is not None and rec.cue.negated:
        types.add("negated")
    if rec.type == "unattributed":
        types.add("unattributed")
    for stance, needs in STANCE_ORDER:
        if types & needs:
            return stance
    return "neutral"
