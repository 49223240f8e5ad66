"""Hedges inside the reported content: modality, boosters, distancing words, evidential adverbs.

"warned that Russia *may* be preparing ...": the claim is a possibility, not a fact.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.hedges.index import DocIndex
from quotes.hedges.lexicon import HedgeLexicon
from quotes.hedges.spans import add_hedge, hedge
from quotes.records import Attribution

# "May" the month, "with all his might": a modal word that the parser reads as a noun.
_NOT_MODAL_POS = {"PROPN", "NOUN"}


def tag_content(rec: Attribution, doc: Doc, index: DocIndex, hl: HedgeLexicon) -> set[int]:
    """Add hedges found in ``rec.quote``; return the indices of the tokens used."""
    used: set[int] = set()
    pattern = hl.content_pattern
    if pattern is None:
        return used
    q = rec.quote
    for m in pattern.finditer(index.text, q.start, q.end):
        phrase = " ".join(m.group(0).lower().split())
        htype = hl.get("content", phrase)
        if htype is None:
            continue
        tok = index.token_at(m.start())
        if tok is None or tok.idx != m.start():
            continue  # the match starts inside a token ("non-may")
        if tok.pos_ in _NOT_MODAL_POS and " " not in phrase and "-" not in phrase:
            continue
        add_hedge(rec, hedge(index.text, htype, m.start(), m.end()))
        used.add(tok.i)
    return used
