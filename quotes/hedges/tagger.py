"""Tag the hedges of each attribution and summarise them as a stance.

The flow: for each record, the cue (class, adverbs, negation), the source (relay,
unnamed source) and the content (modality, boosters); then one pass over the
document for claims carried by hearsay alone, which tag the record that holds them
or become ``unattributed`` records; last, each record's stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.hedges.content import tag_content
from quotes.hedges.cue import tag_cue
from quotes.hedges.index import DocIndex
from quotes.hedges.lexicon import HedgeLexicon, load_hedge_lexicon
from quotes.hedges.sources import find_relay_passages, tag_relay, tag_relay_passage, tag_source
from quotes.hedges.spans import add_hedge, token_hedge
from quotes.hedges.stance import stance_of
from quotes.hedges.unattributed import find_carriers, place_carriers
from quotes.lexicon import Lexicon
from quotes.records import Attribution


def tag_hedges(
    doc: Doc,
    records: list[Attribution],
    lexicon: Lexicon,
    hedge_lexicon: HedgeLexicon | None = None,
) -> list[Attribution]:
    """Add hedges and a stance to each record; return them with any ``unattributed`` records
    for vaguely sourced claims, in text order.

    Args:
        doc: the parsed document the records were found in.
        records: the attributions of ``doc`` (changed in place).
        lexicon: the cue lexicon (for media names).
        hedge_lexicon: hedge cues; ``quotes/data/hedges.tsv`` when None.
    """
    hl = hedge_lexicon or load_hedge_lexicon()
    index = DocIndex(doc)
    passages = find_relay_passages(doc, index, hl)
    used: set[int] = set()
    for rec in records:
        cue_tok = index.token_at(rec.cue.start) if rec.cue is not None else None
        used |= tag_cue(rec, cue_tok, hl)
        tag_relay(rec)
        tag_relay_passage(rec, passages)
        tag_source(rec, index, hl, lexicon)
        used |= tag_content(rec, doc, index, hl)
        if cue_tok is not None:
            _passive_cue(rec, cue_tok, hl)
    carriers = find_carriers(index, hl, lexicon, used)
    new = place_carriers(doc, carriers, records, index)
    for rec in new:
        tag_content(rec, doc, index, hl)
    out = sorted([*records, *new], key=lambda r: (r.quote.start, r.quote.end))
    for rec in out:
        rec.hedges.sort(key=lambda h: (h.start, h.type))
        rec.stance = stance_of(rec)
    return out


def _passive_cue(rec: Attribution, cue_tok: Token, hl: HedgeLexicon) -> None:
    """ "It is reported that ...", "X is said to ...": a cue in the passive with nobody named."""
    if rec.speaker is not None and rec.speaker.name:
        return
    htype = hl.get("passive", cue_tok.lemma_)
    if htype is None or cue_tok.tag_ != "VBN":
        return
    children = list(cue_tok.children)
    if any(c.dep_ == "agent" for c in children) or not any(c.dep_ == "auxpass" for c in children):
        return
    rec.type = "unattributed"
    add_hedge(rec, token_hedge(htype, cue_tok))
    add_hedge(rec, token_hedge("unattributed", cue_tok))
