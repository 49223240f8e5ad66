"""Rule ``object-claim``: a noun phrase object that states what was said, when it is long
enough to be a claim.

- 'The minister denied the allegations of a cover-up at the port.'
- 'She cited rising costs of fuel and labour.', 'He called for a ban on night ferries.'

An object that makes the cue an act rather than a statement is no claim: "the group claimed
responsibility for the attack", "claimed the title", a company's accounts ("reported profits
of £61m"), and a negated cue whose object is "any"
or "no" something ("did not reveal any details of the deal"): nothing was said. Nor is a
person the object names ("praised goalkeeper Emma Byrne, who made 34 saves"): whom the act
is about, not what was said. (A ruling on
a request, "the judge rejected the request to unseal the file", is kept: the court's
decision is a statement of its own.)
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


# Objects that turn "claim" into a taking: "claimed responsibility", "claimed the title".
TAKEN_NOUNS = {"responsibility", "credit", "victory", "title", "win", "prize", "asylum", "seat",
               "ownership", "lead", "medal", "championship", "crown", "share", "stake"}


# Objects that make "report" a company's accounts: "reported profits of £61m", "reported a
# loss": the figures a company files, not a statement of what it says happened.
ACCOUNTS_NOUNS = {"profit", "loss", "earnings", "revenue", "revenues", "sale", "sales",
                  "income", "turnover", "surplus", "deficit", "dividend", "margin"}


def act_not_statement(cue: Token, obj: Token) -> bool:
    """The cue and its object make an act ("claimed responsibility", "reported a loss")
    or say that nothing was stated ("did not reveal any details")."""
    if cue.lemma_.lower() == "claim" and obj.lemma_.lower() in TAKEN_NOUNS:
        return True
    if cue.lemma_.lower() == "report" and obj.lemma_.lower() in ACCOUNTS_NOUNS:
        return True
    negated = any(c.dep_ == "neg" for c in cue.children)
    return negated and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in obj.children)


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
        if act_not_statement(cue, obj):
            continue
        if obj.ent_type_ == "PERSON" or any(
            c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in obj.children
        ):
            continue  # "praised goalkeeper Emma Byrne, who made 34 saves": whom, not what
        toks = [t for t in subtree(obj) if not t.is_punct]
        if len(toks) >= OBJECT_MIN_WORDS:
            return clause_chars(obj, exclude=None)
    return None
