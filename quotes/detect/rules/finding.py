"""Rule ``finding-object``: what a poll, study or record shows, stated as an object and its
predicate rather than a "that" clause.

- 'A new poll shows the mayor and Roe in a dead heat.'
- 'The survey found 59 percent of islanders against the bridge.'
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import content_rule
from quotes.detect.clauses import (
    paragraph_of,
)
from quotes.detect.rules.object_claim import OBJECT_MIN_WORDS

# Sources whose findings are claims a fact-checker checks: "the poll shows X ahead".
DOCUMENTARY_SOURCES = {
    "poll", "survey", "study", "record", "data", "report", "analysis", "figure", "number",
    "census", "filing", "document", "audit", "research", "statistic", "tally", "review",
    "investigation", "estimate", "projection", "count", "result",
}


FINDING_CUES = {"show", "find", "indicate", "suggest"}


@content_rule("finding-object")
def _finding_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """ "A new poll shows the mayor and Roe in a dead heat", "the survey found 59 percent
    of islanders against the bridge": what a poll, study or record shows, stated as an
    object and its predicate rather than a "that" clause."""
    if subject is None or cue.lemma_.lower() not in FINDING_CUES:
        return None
    if subject.lemma_.lower() not in DOCUMENTARY_SOURCES or subject.i > cue.i:
        return None
    if not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "NUM") for c in cue.children):
        return None
    lo, hi = paragraph_of(cue)
    toks = [t for t in cue.doc[cue.i + 1 : cue.right_edge.i + 1] if t.idx < hi]
    while toks and toks[-1].is_punct and not toks[-1].is_quote:
        toks = toks[:-1]
    if len(toks) < OBJECT_MIN_WORDS:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])
