"""Rule ``speech-act-complement``: what a promise or a judgement says, when it is not a
"that" clause.

- 'The mayor vowed to repeal the ferry tax.' (a commissive: the "to" clause)
- 'She accused him of lying about the budget.' (a judgement: the person and the charge)

Instructions ("told X to Y", "urged X to Y") are left out on purpose: a demand is not a
claim to check, and the hand-made seed gold leaves them out too.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import content_rule
from quotes.detect.clauses import (
    clause_chars,
    paragraph_of,
)

# Commissive speech acts: what was promised or threatened is the "to" clause
# ("vowed to repeal the law"), a claim about the speaker's future a fact-checker tracks.
COMMISSIVE_CUES = {"promise", "pledge", "vow", "threaten", "swear", "guarantee"}


# Verbs of judging someone: the claim is the person plus the charge or merit
# ("accused him of lying", "praised the mayor for acting fast", "blamed it on the heat").
JUDGING_CUES = {
    "accuse": {"of"},
    "charge": {"with"},
    "blame": {"for", "on"},
    "fault": {"for"},
    "criticize": {"for"},
    "criticise": {"for"},
    "attack": {"for"},
    "slam": {"for"},
    "blast": {"for"},
    "condemn": {"for"},
    "denounce": {"for", "as"},
    "rebuke": {"for"},
    "castigate": {"for"},
    "lambaste": {"for"},
    "chide": {"for"},
    "scold": {"for"},
    "mock": {"for"},
    "ridicule": {"for"},
    "praise": {"for"},
    "credit": {"with", "for"},
    "hail": {"as", "for"},
    "laud": {"for"},
    "commend": {"for"},
    "applaud": {"for"},
    "thank": {"for"},
}


@content_rule("speech-act-complement")
def _complement_content(cue: Token) -> tuple[int, int] | None:
    """What a promise or a judgement says, when it is not a "that" clause.

    "vowed to repeal the law" -> "to repeal the law"; "accused him of lying" ->
    "him of lying". A bare object ("criticized the mayor") states no claim: nothing.
    """
    lemma = cue.lemma_.lower()
    if lemma in COMMISSIVE_CUES:
        for child in cue.rights:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                to = next((g for g in child.children if g.dep_ == "aux" and g.lower_ == "to"), None)
                if to is not None and to.i > cue.i:
                    end = clause_chars(child, exclude=None)
                    return (to.idx, end[1]) if end else None
        return None
    preps = JUDGING_CUES.get(lemma)
    if not preps:
        return None
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in ("WP", "WDT"):
        return None
    # The charge hangs on the verb ("accused him of lying") or, at times, on the object.
    prep = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ in preps
                 and c.i > obj.i), None)
    if prep is None:
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    lo, hi = paragraph_of(cue)
    last = prep.right_edge
    while last.is_punct and last.i > prep.i:
        last = cue.doc[last.i - 1]
    start, end = obj.left_edge.idx, last.idx + len(last)
    if start < lo or end > hi:
        return None
    return start, end
