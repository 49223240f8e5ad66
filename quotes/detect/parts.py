"""The segments said in a claim that its cue interrupts.

A fact-checker, the table and a ClaimReview need the words said. In '"We will rebuild,"
Mayor Ann Roe said, "and it will take years."' the record's quote spans from the first to the
last word said (so offsets stay one span), and its parts are the two quotations. In 'The
bridge, the engineer noted, was built on clay' the parts are the words on either side of
the cue clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.candidate import Candidate
from quotes.detect.tree import subtree
from quotes.doctext import doc_text

_EDGE = " \t\n,;:—–-"  # what may stand between a part and the cue clause it adjoins
# Children of a cue that belong to its clause, not to what was said.
_CUE_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod",
                    "prt", "dative", "agent", "prep", "dobj", "mark"}


def speech_parts(doc: Doc, cand: Candidate) -> list[tuple[int, int]]:
    """The parts said of ``cand``, or [] when the whole span is what was said."""
    if cand.cue_start is None or not cand.start < cand.cue_start < cand.end:
        return []
    inside = [q for q in cand.quotes if cand.start <= q.inner_start and q.inner_end <= cand.end]
    if cand.type == "direct" and len(inside) >= 2:
        # The quotations themselves: the cue and speaker stand between them.
        return [(q.inner_start, q.inner_end) for q in inside]
    if cand.type == "direct" or not cand.cue_tokens:
        return []
    lo, hi = _cue_clause(cand.cue_tokens[0], cand)
    if not cand.start < lo < hi < cand.end:
        return []
    text = doc_text(doc)
    before_end = lo
    while before_end > cand.start and text[before_end - 1] in _EDGE:
        before_end -= 1
    after_start = hi
    while after_start < cand.end and text[after_start] in _EDGE:
        after_start += 1
    parts = [(cand.start, before_end), (after_start, cand.end)]
    if any(not any(ch.isalnum() for ch in text[s:e]) for s, e in parts):
        return []
    if any(q.inner_start < lo < q.inner_end or q.inner_start < hi < q.inner_end
           for q in cand.quotes):
        return []  # the cut would split a quotation: leave the span whole
    return parts


def _cue_clause(cue: Token, cand: Candidate) -> tuple[int, int]:
    """Characters of the cue, its subject and the words of its clause inside the claim."""
    toks = [cue]
    for child in cue.children:
        if child.dep_ in _CUE_CLAUSE_DEPS and cand.start <= child.idx < cand.end:
            sub = subtree(child)
            if all(cand.start <= t.idx < cand.end for t in sub):
                toks.extend(sub)
    toks = [t for t in toks if not t.is_punct] or [cue]
    # The clause must be one stretch of words: "the engineer noted", not words of the claim.
    toks.sort(key=lambda t: t.i)
    first, last = toks[0], toks[-1]
    if last.i - first.i + 1 != len({t.i for t in toks}):
        span = cue.doc[first.i : last.i + 1]
        if any(t.i not in {x.i for x in toks} and not t.is_punct for t in span):
            return cue.idx, cue.idx + len(cue)
    return first.idx, last.idx + len(last)
