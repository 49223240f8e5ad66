"""Rule ``object-claim``: a noun phrase object that states what was said, when it is long
enough to be a claim.

- 'The minister denied the allegations of a cover-up at the port.'
- 'She cited rising costs of fuel and labour.', 'He called for a ban on night ferries.'
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import content_rule
from quotes.detect.clauses import (
    clause_chars,
)
from quotes.detect.tree import subtree

# Cue verbs whose direct object can carry the claim itself ("denied the allegations").
OBJECT_CUES = {
    "point",
    "condemn",
    "denounce",
    "slam",
    "blast",
    "decry",
    "lambaste",
    "rebuke",
    "castigate",
    "cite",
    "deny",
    "promise",
    "pledge",
    "propose",
    "recommend",
    "demand",
    "criticize",
    "criticise",
    "praise",
    "reject",
    "dismiss",
    "dispute",
    "acknowledge",
    "admit",
    "confirm",
    "reveal",
    "disclose",
    "predict",
    "mention",
    "emphasize",
    "emphasise",
    "stress",
    "underscore",
    "describe",
    "report",
    "claim",
    "allege",
    "tout",
    "estimate",
    "question",
    "unveil",
    "outline",
    "detail",
}


OBJECT_MIN_WORDS = 4


# Object cues whose participle after a clause still states the speaker's reason.
GIVEN_REASONS = {"cite", "point"}


DENIAL_OF_HEARSAY = {"deny", "dismiss", "reject", "dispute", "refute", "rebut"}


HEARSAY_NOUNS = {
    "speculation",
    "report",
    "rumor",
    "rumour",
    "claim",
    "allegation",
    "accusation",
    "suggestion",
    "gossip",
}


@content_rule("object-claim")
def _object_content(cue: Token) -> tuple[int, int] | None:
    """ "called for a ban on ...", "cited rising costs", "denied the allegations": a noun
    phrase that states what was said, when it is long enough to be a claim."""
    for child in cue.children:
        obj = None
        if child.dep_ == "dobj":
            obj = child
        elif child.dep_ == "prep" and child.lower_ == "to" and cue.lemma_.lower() == "point":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)  # "pointed to"
        elif (
            child.dep_ == "prep" and child.lower_ in ("for", "on") and cue.lemma_.lower() == "call"
        ):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ == "PRON":
            continue
        if obj.lemma_.lower() in HEARSAY_NOUNS and cue.lemma_.lower() in DENIAL_OF_HEARSAY:
            continue  # "dismissed speculation that ...": the hedge tagger reports that claim
        toks = [t for t in subtree(obj) if not t.is_punct]
        if len(toks) >= OBJECT_MIN_WORDS:
            return clause_chars(obj, exclude=None)
    return None
