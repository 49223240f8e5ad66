"""Hedges carried by the source: relays, unnamed sources, "reports" as a source.

"as reported by Sky News" (the engine's ``relayed_by``) and an outlet's relay sentence
("The Gaze reports this, referring to a post by ...") make a claim second-hand;
"sources said", "officials said" and "people familiar with the matter said" name nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.detect.tree import subtree
from quotes.hedges.index import DocIndex
from quotes.hedges.lexicon import HedgeLexicon
from quotes.hedges.spans import add_hedge, token_hedge
from quotes.lexicon import Lexicon
from quotes.records import Attribution, Hedge, Relay

_DEMONSTRATIVES = {"this", "that", "it", "these", "those"}
_INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "no"}
_SOURCE_PREPS = {"by", "from", "in", "on", "at"}
_SOURCE_ENTS = {"ORG", "PERSON", "NORP", "WORK_OF_ART"}


def tag_relay(rec: Attribution) -> None:
    """The engine found a relay next to the cue: the claim is second-hand."""
    r = rec.relayed_by
    if r is not None:
        add_hedge(rec, Hedge("relayed", r.text, r.start, r.end))


def tag_source(rec: Attribution, index: DocIndex, hl: HedgeLexicon, lexicon: Lexicon) -> None:
    """Unnamed sources ("officials said") and hearsay nouns as sources ("according to reports")."""
    spk = rec.speaker
    if spk is None or spk.mention is None:
        return
    mention = index.span(spk.mention.start, spk.mention.end)
    if not len(mention):
        return
    root = mention.root
    if any(t.ent_type_ == "PERSON" for t in mention):
        return
    lemma = root.lemma_.lower()
    if is_anonymous(root, mention, hl):
        add_hedge(rec, Hedge("anonymous", spk.mention.text, spk.mention.start, spk.mention.end))
        return
    noun_type = hl.get("noun", lemma)
    if noun_type and root.pos_ == "NOUN" and not names_source(root, lexicon):
        add_hedge(rec, token_hedge(noun_type, root))
        add_hedge(rec, token_hedge("unattributed", root))


def is_anonymous(root: Token, mention: Span, hl: HedgeLexicon) -> bool:
    """An unnamed source: "sources", "a senior official", "people familiar with the talks"."""
    lemma = root.lemma_.lower()
    if root.pos_ not in ("NOUN", "PRON", "DET"):
        return False
    if hl.get("anonymous", lemma) or hl.get("anonymous", root.lower_):
        # "the analyst" points back at someone the article named; "analysts", "an official",
        # "two diplomats", "someone" name nobody.
        return root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or not _definite(root)
    if hl.get("anonymous_with", lemma) or hl.get("anonymous_with", root.lower_):
        after = [t for t in subtree(root) if t.i > root.i]
        return any(hl.get("anonymous_modifier", t.lower_) for t in after)
    return False


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE for c in noun.children)


def names_source(noun: Token, lexicon: Lexicon) -> bool:
    """ "his claims", "Reuters reports", "reports by the BBC": a named source."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or lexicon.is_media(child.text)):
            return True
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                phrase = obj.doc[obj.left_edge.i : obj.i + 1].text
                if obj.ent_type_ in _SOURCE_ENTS or lexicon.is_media(phrase):
                    return True
    return False


@dataclass
class RelayPassage:
    """An outlet's relay sentence and the stretch of text it covers."""

    relay: Relay
    subject: Span
    start: int  # end of the relay sentence
    end: int  # end of the paragraph after it


def find_relay_passages(doc: Doc, index: DocIndex, hl: HedgeLexicon) -> list[RelayPassage]:
    """Sentences like "The Gaze reports this, citing a post by X": the outlet passes on
    what X said in the sentences that follow (up to the end of the next paragraph)."""
    text = index.text
    out: list[RelayPassage] = []
    for sent in index.sents:
        verb = sent.root
        if not hl.get("relay", verb.lemma_) or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue  # "X reports that ...": an ordinary report with its own content
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            continue
        points = any(
            c.dep_ == "dobj" and c.lower_ in _DEMONSTRATIVES for c in verb.children
        ) or any(
            c.dep_ in ("advcl", "xcomp", "prep") and hl.get("relay_link", c.lemma_)
            for c in verb.children
        )
        if not points:
            continue
        subject = doc[subj.left_edge.i : subj.i + 1]
        name = subject.text
        if subject[0].lower_ == "the" and len(subject) > 1:
            name = subject[1:].text
        relay = Relay(
            name=name,
            text=text[subject.start_char : verb.idx + len(verb)],
            start=subject.start_char,
            end=verb.idx + len(verb),
        )
        sent_end = sent.start_char + len(sent.text.rstrip())
        nl = text.find("\n", sent_end)
        if nl >= 0:
            nl2 = text.find("\n", nl + 1)
            while nl2 == nl + 1:  # blank lines between paragraphs
                nl, nl2 = nl2, text.find("\n", nl2 + 1)
            end = len(text) if nl2 < 0 else nl2
        else:
            end = len(text)
        out.append(RelayPassage(relay, subject, sent_end, end))
    return out


def tag_relay_passage(rec: Attribution, passages: list[RelayPassage]) -> None:
    """A record inside a relay passage, by someone other than the outlet, is relayed."""
    for p in passages:
        if not (p.start <= rec.quote.start < p.end) or rec.relayed_by is not None:
            continue
        spk = rec.speaker
        if spk is not None and spk.mention is not None:
            m = spk.mention
            if m.start < p.subject.end_char and p.subject.start_char < m.end:
                continue
        if (
            spk is not None
            and spk.name
            and spk.name.lower().removeprefix("the ") == p.relay.name.lower()
        ):
            continue
        rec.relayed_by = p.relay
        add_hedge(rec, Hedge("relayed", p.relay.text, p.relay.start, p.relay.end))
