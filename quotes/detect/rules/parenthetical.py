"""Rule ``parenthetical-cue``: a cue set inside or after the clause it attributes.

- 'The plan, he noted, goes beyond the harbour.'
- 'Though the first merger went smoothly, he said, a second would cost more.'
- 'As Nordic News reported, the port will close.'
- 'As the harbour master put it, the pier is "a gift."' ("put" is a cue only with "it")
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import content_rule
from quotes.detect.clauses import (
    clause_chars,
)
from quotes.detect.cues import TELLING_CUES, put_it
from quotes.detect.tree import subtree_size

# What a cue of its own carries: an object, a complement or a content clause.
_OWN_CONTENT = {"dobj", "xcomp", "ccomp", "dative", "attr", "oprd"}
_HEARER_DEPS = {"dobj", "dative"}
# Cues that in an "as" clause tell of going on, not of a statement ("as talks continued").
_NO_FRAME = {"continue"}
# A host clause longer than this is no sentence of prose but a parse run over a list or a
# line of dialogue with no full stops; every cue on it would walk all of it (O(n^2)).
MAX_HOST_TOKENS = 200


@content_rule("parenthetical-cue")
def _host_clause_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """The clause a parenthetical or trailing cue attributes: "The plan, he noted, goes
    beyond ...", "The cooperation would take place ..., he said.", "As Nordic News
    reported, ..."."""
    head = cue.head
    if head.dep_ in ("aux", "auxpass") and cue.dep_ == "parataxis":
        head = head.head  # "The road, she noted, is closed": hung on "is", hosted by "closed"
    if head.pos_ not in ("VERB", "AUX") and cue.dep_ == "parataxis":
        head = cue.sent.root  # "The difference now, he told me, is that ..."
    if cue.dep_ == "advcl" and not any(c.lower_ == "as" and c.dep_ == "mark" for c in cue.children):
        return None  # "..., saying ..." is a speech act of its own, not a frame for its host
    if cue.dep_ == "advcl" and cue.lemma_.lower() in _NO_FRAME:
        return None  # "... as it continues on its course": going on, not saying
    own = _OWN_CONTENT - _HEARER_DEPS if cue.lemma_.lower() in TELLING_CUES else _OWN_CONTENT
    framing_prep = ("for", "to", "about")
    if put_it(cue):
        # "as the mayor put it to reporters": "it" is the host clause itself
        own, framing_prep = own - {"dobj"}, ()
    if (cue.dep_ == "advcl" and head.dep_ in ("nsubj", "nsubjpass")
            and head.head.pos_ in ("VERB", "AUX")):
        head = head.head  # "The bridge, as the mayor said, is ...": hung on the subject
    if cue.dep_ == "advcl" and any(c.dep_ in own or c.dep_ == "prep"
                                   and c.lower_ in framing_prep
                                   for c in cue.children):
        # "... as the president announced the end of the siege", "as many regulars
        # continued to stay away", "as she called for a vote": a speech act (or no speech
        # at all) with its own object, not a frame ("as Nordic News reported") for its host.
        return None
    if cue.dep_ == "parataxis" and any(
        c.dep_ in own and c.i > cue.i and c.pos_ in ("VERB", "AUX", "NOUN", "PROPN")
        for c in cue.children
    ):
        # "(she learned how to speak French from the au pair)": a clause that says
        # something of its own beside the sentence, not a frame ("he noted") for it.
        return None
    if subject is None and not any(c.dep_ == "nsubjpass" for c in cue.children):
        return None
    if subtree_size(head) > MAX_HOST_TOKENS:
        return None
    content = clause_chars(head, exclude=cue)
    if content is not None and cue.dep_ == "parataxis" and content[1] > cue.idx:
        # "Though the first merger went smoothly, he said, a second would cost more": the
        # opening clause the parser hung on the cue is the first half of the claim.
        lead = [c for c in cue.lefts if c.dep_ in ("advcl", "ccomp", "prep")
                and c.sent.start == cue.sent.start]
        if lead:
            content = (min(content[0], lead[0].left_edge.idx), content[1])
    return content
