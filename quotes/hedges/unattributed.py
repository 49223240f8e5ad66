"""Vaguely sourced claims: content carried only by hearsay wording, with nobody named.

Four carriers, found in one pass over the tokens (kinds of ``hedges.tsv``):
- a hearsay noun with an "of"/"that" complement and no named source:
  "amid reports of a pause in aid" -> "a pause in aid";
- a hearsay verb in the passive with no agent: "who has been rumored as a candidate",
  "the minister is said to be ill", "it is believed that ...";
- an evidential adverb on a clause no record holds: "the senator reportedly met ...";
- a hearsay participle before a noun: "the alleged bribe".
A carrier inside a record's content, or whose claim a record already holds, tags that
record instead of making a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.detect.tree import subtree
from quotes.hedges.index import DocIndex, RecordIndex, paragraph_of
from quotes.hedges.lexicon import HedgeLexicon
from quotes.hedges.sources import names_source
from quotes.hedges.spans import (
    RELATIVE_PRONOUNS,
    add_hedge,
    clause_tokens,
    token_hedge,
    trimmed,
    words,
)
from quotes.lexicon import Lexicon
from quotes.records import Attribution, Cue, TextSpan

MIN_WORDS = 3  # a shorter complement ("reports of gunfire") keeps its noun: "reports of gunfire"
UNATTRIBUTED_CONFIDENCE = 0.5
# Carriers that, inside a record's content, qualify one noun phrase of the speaker's words,
# not the claim: they neither tag the record nor make a record of their own.
INNER_KINDS = {"noun", "adjective"}


@dataclass
class Carrier:
    """A hedge word that carries a claim, and the claim's characters."""

    token: Token
    htype: str
    start: int
    end: int
    kind: str


def find_carriers(
    index: DocIndex, hl: HedgeLexicon, lexicon: Lexicon, skip: set[int]
) -> list[Carrier]:
    """Every hedge word in ``doc`` that carries a claim (tokens in ``skip`` are taken)."""
    out: list[Carrier] = []
    text = index.text
    for tok in index.doc:
        if tok.i in skip:
            continue
        found = (
            _adverb(tok, hl)
            or _noun(tok, hl, lexicon, text)
            or _passive(tok, hl)
            or _adjective(tok, hl, text)
        )
        if found is not None:
            out.append(found)
    return out


def _adverb(tok: Token, hl: HedgeLexicon) -> Carrier | None:
    htype = hl.get("adverb", tok.lower_)
    if htype is None or tok.dep_ != "advmod" or tok.head.i == tok.i:
        return None
    span = trimmed(clause_tokens(tok.head))
    return Carrier(tok, htype, *span, "adverb") if span else None


def _noun(tok: Token, hl: HedgeLexicon, lexicon: Lexicon, text: str) -> Carrier | None:
    htype = hl.get("noun", tok.lemma_)
    if htype is None or tok.pos_ != "NOUN" or names_source(tok, lexicon):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "reports say ...": the reports are the source of a record of their own
    span = None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = trimmed(subtree(obj))
        elif child.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            span = trimmed(clause_tokens(child))
        if span:
            break
    if span is None:
        return None
    if words(text, *span) < MIN_WORDS:
        span = trimmed(subtree(tok))
        if span is None:
            return None
    return Carrier(tok, htype, *span, "noun")


def _passive(tok: Token, hl: HedgeLexicon) -> Carrier | None:
    htype = hl.get("passive", tok.lemma_)
    if htype is None or tok.tag_ != "VBN":
        return None
    children = list(tok.children)
    if any(c.dep_ == "agent" for c in children):
        return None  # "reported by Reuters": sourced
    passive = any(c.dep_ == "auxpass" for c in children) or (
        tok.dep_ in ("relcl", "acl") and not any(c.dep_ in ("nsubj", "aux") for c in children)
    )
    if not passive:
        return None
    ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
    if ccomp is not None:  # "it is reported that ..."
        span = trimmed(clause_tokens(ccomp))
        return Carrier(tok, htype, *span, "passive") if span else None
    if not any(
        c.dep_ in ("xcomp", "oprd", "attr") or c.dep_ == "prep" and c.lower_ == "as"
        for c in children
    ):
        return None  # "as was said", "expected from him": nothing claimed
    drop = {
        c.i for c in children if c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in RELATIVE_PRONOUNS
    }
    toks = clause_tokens(tok, drop)
    if tok.dep_ == "acl":
        toks = [t for t in toks if t.i >= tok.i]  # "a man said to be ill": from the verb on
    span = trimmed(toks)
    return Carrier(tok, htype, *span, "passive") if span else None


def _adjective(tok: Token, hl: HedgeLexicon, text: str) -> Carrier | None:
    htype = hl.get("adjective", tok.lower_)
    if htype is None or tok.dep_ != "amod" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    span = trimmed(subtree(tok.head))
    if span is None or words(text, *span) < 2:
        return None
    return Carrier(tok, htype, *span, "adjective")


def place_carriers(
    doc: Doc, carriers: list[Carrier], records: list[Attribution], index: DocIndex
) -> list[Attribution]:
    """Tag the records that hold each carrier; return new ``unattributed`` records for the rest."""
    rindex = RecordIndex(records)
    new: dict[tuple[int, int], Attribution] = {}
    for c in carriers:
        holders = rindex.holding(c.token.idx, c.token.idx + len(c.token))
        inside = bool(holders)
        if not holders:
            holders = [
                r for r in rindex.holding(c.start, c.end) if _mostly_same(r.quote, c.start, c.end)
            ]
        if holders:
            if c.kind in INNER_KINDS and inside:
                continue  # "his supposed lies", "reports of X were false": the speaker's words
            for r in holders:
                add_hedge(r, token_hedge(c.htype, c.token))
            continue
        key = (c.start, c.end)
        rec = new.get(key)
        if rec is None:
            rec = _unattributed(doc, c, index)
            new[key] = rec
        add_hedge(rec, token_hedge(c.htype, c.token))
        add_hedge(rec, token_hedge("unattributed", c.token))
    return list(new.values())


def _mostly_same(q: TextSpan, start: int, end: int) -> bool:
    inter = min(q.end, end) - max(q.start, start)
    return inter > 0 and inter >= 0.5 * min(q.end - q.start, end - start)


def _unattributed(doc: Doc, c: Carrier, index: DocIndex) -> Attribution:
    text = index.text
    tok = c.token
    sent = index.sentence(c.start)
    return Attribution(
        doc_id="",
        type="unattributed",
        quote=TextSpan(text[c.start : c.end], c.start, c.end),
        cue=Cue(
            text=tok.text,
            start=tok.idx,
            end=tok.idx + len(tok),
            lemma=tok.lemma_.lower(),
            cls=c.htype,
        ),
        speaker=None,
        confidence=UNATTRIBUTED_CONFIDENCE,
        sentence=TextSpan(sent.text, sent.start_char, sent.end_char) if sent is not None else None,
        paragraph=paragraph_of(text, c.start, c.end),
        rule="unattributed-hearsay",
    )
