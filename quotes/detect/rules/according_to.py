"""Rule ``according-to``: the clause "according to X" modifies is X's claim.

- 'According to the port, the ferry carried 4,000 people.'
- 'The ferry carried 4,000 people, according to the port, but the operator ...' (the
  source vouches for the clause it closes, not for the writer's next one)
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import Candidate
from quotes.detect.clauses import (
    clause_chars,
    mention_of,
)
from quotes.detect.cues import relayed_according_to
from quotes.detect.quote_index import _QuoteIndex
from quotes.lexicon import Lexicon


def _according_to(cue: Token, qindex: _QuoteIndex, lexicon: Lexicon) -> Candidate | None:
    """ "According to X, content" and "content, according to X"."""
    to = cue.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in cue.children if c.dep_ == "pobj"), None)
    if source is None:
        # "according to port insiders": the parser made the source a verb phrase
        source = next((c for c in to.children if c.dep_ in ("pcomp", "dobj")), None)
        if source is not None:
            source = next((c for c in source.children if c.dep_ in ("dobj", "pobj")), source)
    if source is None:
        return None
    head = cue.head if cue.head.i != cue.i else None
    if head is None or head.i == cue.i:
        return None
    if relayed_according_to(head, lexicon) is not None:
        return None  # "Roe said ..., according to Reuters": the outlet relays Roe's record
    clause = head.sent.root
    if lexicon.cue_class(clause.lemma_) is not None:
        clause = head  # "He said that, according to X, ...": keep to the inner clause
        while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
    content = clause_chars(clause, exclude=cue)
    later = [c for c in clause.rights if c.dep_ == "conj" and c.left_edge.i > cue.right_edge.i]
    if content is not None and later and cue.i > clause.i:
        # "The ferry carried 4,000 people, according to the port, but the operator ...": the source
        # vouches for the clause it closes, not for the writer's next one.
        stop = later[0].left_edge.i - 1
        doc = cue.doc
        while stop > clause.i and (doc[stop].is_punct or doc[stop].dep_ == "cc"
                                   or doc[stop].i >= cue.left_edge.i):
            stop -= 1
        content = (content[0], doc[stop].idx + len(doc[stop]))
    if content is None or content[1] - content[0] < 8:
        return None
    cand = Candidate(
        type="according_to",
        start=content[0],
        end=content[1],
        cue_tokens=[cue, to],
        cue_lemma="according to",
        subject=mention_of(source),
        according_to=True,
        rule="according-to",
    )
    return cand
