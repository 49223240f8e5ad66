"""Rule ``trailing-cue``: a cue closing its sentence after a comma, the words before it
being the claim, verb or not.

- 'Ferry fares unlikely to fall before spring, officials say.'
- 'The bridge will open in May, said Jane Roe, a historian.'
- 'The guards fled, a security worker present during the attack told Reuters.'
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.candidate import content_rule
from quotes.detect.cues import _FINITE, _SUBORDINATORS, TELLING_CUES, is_hearer


@content_rule("trailing-cue")
def _trailing_cue_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """ "Ferry fares unlikely to fall before spring, officials say.": a cue
    closing its sentence after a comma, what comes before it (verb or not) is the content."""
    if subject is None:
        return None
    sent, doc = cue.sent, cue.doc
    if any(not t.is_punct for t in doc[cue.right_edge.i + 1 : sent.end]):
        return None
    inverted = subject.i > cue.i
    blocking = ("dobj", "ccomp", "xcomp") if inverted else ("dobj", "ccomp", "xcomp", "prep")
    if any(c.dep_ in blocking and not (c.dep_ == "dobj" and _hearer(cue, c))
           for c in cue.children):
        return None  # "..., members complained to the board": not a cue closing a claim
    # "..., officials say." / "..., said Jane Roe, a historian."
    comma = subject.left_edge.i - 1 if subject.i < cue.i else cue.i - 1
    if comma <= sent.start + 2 or doc[comma].text not in (",", "—", "–"):
        return None
    return _claim_before(doc, sent.start, comma)


def _hearer(cue: Token, obj: Token) -> bool:
    """Whether the object of a closing cue is its hearer, so the claim still ends at the
    comma before it: "told Reuters", "told reporters", not "complained about the fares"."""
    return cue.lemma_.lower() in TELLING_CUES and is_hearer(obj)


def _claim_before(doc: Doc, start: int, comma: int) -> tuple[int, int] | None:
    """The words from ``start`` up to the comma before a closing cue, when they state
    something rather than only set the scene."""
    first = doc[start]
    while first.dep_ == "cc" and first.i + 1 < comma:
        first = doc[first.i + 1]  # "But when ...": the conjunction says nothing of the clause
    if first.tag_ == "VBG":
        return None  # "Speaking on Monday, Roe agreed.": a circumstance, not a claim
    if first.tag_ == "IN" or first.lower_ in _SUBORDINATORS:
        # "As news spread, members complained." is only a circumstance; "As the rally began,
        # a girl was hurt, police said." has a main clause after it.
        inner = next((t.i for t in doc[start:comma] if t.text == ","), comma)
        if not any(t.tag_ in _FINITE for t in doc[inner:comma]):
            return None
    last = doc[comma - 1]
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last)
