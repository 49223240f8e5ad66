"""Claims carried by a noun rather than a cue verb: a statement noun with its own "that"
clause ("the mayor's claim that ...") and a figure stated in a poll one can look up
("Roe led 47 to 39 in the latest harbour poll")."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import Candidate
from quotes.detect.clauses import clause_chars, mention_of, that_marker
from quotes.lexicon import Lexicon

POLL_NOUNS = {"poll", "survey", "average"}


def poll_finding(prep: Token, lexicon: Lexicon) -> Candidate | None:
    """ "In a new poll, Roe has 45 percent support", "Roe led by eight points in the latest
    survey": a clause stated as a poll's finding. The poll is the source."""
    poll = next((g for g in prep.children if g.dep_ == "pobj"), None)
    head = prep.head
    if poll is None or poll.lemma_.lower() not in POLL_NOUNS:
        return None
    if head.pos_ not in ("VERB", "AUX") or head.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    if lexicon.cue_class(head.lemma_) is not None:
        return None  # "said in a poll ...": the cue verb's own rules handle it
    if head.dep_ in ("relcl", "advcl", "acl") or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
        for c in head.children
    ):
        return None  # "who leads in the polls", "though he trails in the polls"
    if not one_poll(poll):
        return None  # "he rose in the polls": the polls in general speak for nobody
    span = clause_chars(head, exclude=prep)
    if span is None or span[1] - span[0] < 8:
        return None
    return Candidate(
        type="indirect", start=span[0], end=span[1], cue_tokens=[prep], cue_lemma="in",
        subject=mention_of(poll), confidence=0.6, rule="poll-finding",
    )


def one_poll(poll: Token) -> bool:
    """A poll one can look up: named or described ("the new Fox News poll", "a survey
    released Thursday", "this poll"), not "the polls" or "most surveys"."""
    vague = {"most", "many", "some", "other", "several", "all", "recent", "the", "these"}
    for child in poll.children:
        if child.dep_ in ("compound", "nmod", "acl", "npadvmod") or child.pos_ == "PROPN":
            return True
        if child.dep_ in ("amod", "det") and child.lower_ not in vague and poll.tag_ == "NN":
            return True
    return False


def nominal_claim(noun: Token) -> Candidate | None:
    """ "Roe's claim that the bridge was safe", "a warning from the coast guard that ...":
    a statement noun (the lexicon's speech nouns) with a "that" clause of its own and a
    named source.

    A relative clause ("the claim that he made") has "that" as its subject or object, never
    as its marker, so it is not a content clause. Without a source the noun is hearsay
    ("amid claims that ..."), which the hedge tagger reports as unattributed.
    """
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and that_marker(c) is not None
         and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)),
        None,
    )
    if clause is None or clause.i < noun.i:
        return None
    if clause.lemma_ == "be" and not any(
        c.dep_ in ("attr", "acomp", "prep", "advmod", "ccomp", "xcomp", "oprd", "npadvmod")
        for c in clause.children
    ):
        return None  # "that the ice was" + "thin went unheeded": a broken parse
    source = noun_source(noun)
    if source is None:
        return None
    span = clause_chars(clause, exclude=None)
    if span is None or span[1] - span[0] < 8:
        return None
    cand = Candidate(
        type="indirect", start=span[0], end=span[1], cue_tokens=[noun],
        cue_lemma=noun.lemma_.lower(), subject=mention_of(source), rule="noun-claim",
    )
    cand.negated = any(c.dep_ == "neg" for c in noun.children)
    return cand


def noun_source(noun: Token) -> Token | None:
    """Who a statement noun is by: its possessor ("Roe's claim", "his warning") or the
    object of "by"/"from" ("a warning from the coast guard")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < noun.i + 3:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in UTTERING_VERBS:
        # "The mayor made the claim that ...", "the port issued a warning that ...".
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


# Verbs whose subject is the author of the statement noun they take as object.
UTTERING_VERBS = {
    "make", "issue", "give", "offer", "repeat", "release", "send", "deliver", "publish",
    "post", "reiterate", "renew", "voice", "express", "put", "level", "file", "lodge",
}
