"""Hedges carried by the cue itself: its class, its own hedge word, adverbs on it, negation."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.hedges.lexicon import CLASS_HEDGES, HedgeLexicon
from quotes.hedges.spans import add_hedge, token_hedge
from quotes.records import Attribution, Hedge

# Auxiliaries that belong with a negation: "did not say", "has never confirmed".
_NEG_AUX = {"aux", "auxpass"}
NEG_REACH = 3  # tokens between a negation and the cue it negates, at most


def tag_cue(rec: Attribution, cue_tok: Token | None, hl: HedgeLexicon) -> set[int]:
    """Add the cue's hedges to ``rec``; return the token indices used as hedge words."""
    used: set[int] = set()
    cue = rec.cue
    if cue is None:
        return used
    cls_hedge = CLASS_HEDGES.get(cue.cls or "")
    if cls_hedge:
        add_hedge(rec, Hedge(cls_hedge, cue.text, cue.start, cue.end))
    own = hl.get("cue", cue.lemma)
    if own:
        add_hedge(rec, Hedge(own, cue.text, cue.start, cue.end))
    if cue_tok is None:
        if cue.negated:
            add_hedge(rec, Hedge("negated", cue.text, cue.start, cue.end))
        return used
    used.add(cue_tok.i)
    # "The coach allegedly told players ...", "Reportedly, she said ...".
    for child in cue_tok.children:
        htype = hl.get("adverb", child.lower_)
        if htype and child.dep_ == "advmod":
            add_hedge(rec, token_hedge(htype, child))
            used.add(child.i)
    # The parse decides here, over the detector's first guess: a "not" inside a quotation
    # ("Probably not," she said) does not negate the cue.
    neg = negation_span(cue_tok, hl)
    cue.negated = neg is not None
    if neg is not None:
        add_hedge(rec, token_hedge("negated", *neg))
    return used


def negation_span(cue_tok: Token, hl: HedgeLexicon) -> tuple[Token, Token] | None:
    """First and last token of the words negating the cue, or None.

    "did not say" (a ``neg`` child, with its auxiliaries), "never confirmed",
    "declined to confirm" / "refused to say" (the cue is the complement of a negator).
    """
    doc = cue_tok.doc
    # Only a negation right before the cue negates it ("did not say", "has never really
    # said"); one far off or after it ("Probably not," she said) belongs to the content.
    negs = [c for c in cue_tok.children if c.dep_ == "neg" and 0 < cue_tok.i - c.i <= NEG_REACH]
    if negs:
        first = min(negs, key=lambda t: t.i)
        # Take in the auxiliary right before the negation ("did not", "would never").
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and prev.head.i == cue_tok.i and prev.dep_ in _NEG_AUX:
            first = prev
        return first, cue_tok
    head = cue_tok.head
    if (
        cue_tok.dep_ == "xcomp"
        and head.i != cue_tok.i
        and head.i < cue_tok.i
        and hl.get("negator", head.lemma_)
        and not any(c.dep_ == "neg" for c in head.children)
    ):
        return head, cue_tok
    return None
