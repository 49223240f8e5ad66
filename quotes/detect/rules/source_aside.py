"""Rule ``source-aside``: a source and its cue set off by commas after the claim.

- 'The ferry was insured for $35 million, port records show, and the claim is pending.'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.candidate import tagged
from quotes.detect.cues import _FINITE
from quotes.detect.rules.trailing_cue import _claim_before

_ASIDE_WORDS = 8  # words a source may take in "..., campaign finance records show."


def _source_aside(cue: Token) -> tuple[tuple[int, int], Span] | None:
    """ "The ferry was insured for $35 million, port records show, and ...": a source and
    its cue set off by commas after the claim, found by the words around them.

    The small parser often gets these wrong ("records show" read as a compound noun and
    a clause of its own), so the shape decides: a comma, a short phrase with a noun and no
    verb of its own, a finite cue, then a comma or the end of the sentence. The claim is the
    sentence up to that first comma.
    """
    doc, sent = cue.doc, cue.sent
    if cue.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    after = doc[cue.i + 1] if cue.i + 1 < sent.end else None
    if after is not None and after.text not in (",", ".", ";", "—", "–"):
        return None
    k = cue.i - 1
    while k > sent.start and cue.i - k <= _ASIDE_WORDS and not doc[k].is_punct:
        k -= 1
    if k <= sent.start + 2 or doc[k].text not in (",", "—", "–") or k == cue.i - 1:
        return None
    source = doc[k + 1 : cue.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in source) or any(
        t.tag_ in _FINITE or t.lower_ in ("who", "which", "that")
        for t in source
    ):
        return None
    seen_noun = False
    for t in source:
        if t.tag_ in ("DT", "PRP$", "PRP") and seen_noun:
            return None  # "..., a goal his advisers share": a relative clause, no aside
        seen_noun = (seen_noun or t.pos_ in ("NOUN", "PROPN")) and t.pos_ != "ADP"
    if not any(t.tag_ in _FINITE for t in doc[sent.start : k]):
        return None  # the parse could not find a statement before the aside
    claim = _claim_before(doc, sent.start, k)
    if claim is None:
        return None
    # The speaker is the phrase's head: its last noun ("records" in "port records").
    head = max((t for t in source if t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
    return tagged(claim, "source-aside"), doc[source.start : head.i + 1]
