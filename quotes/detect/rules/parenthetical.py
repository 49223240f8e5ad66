"""Rule ``parenthetical-cue``: a cue set inside or after the clause it attributes.

- 'The plan, he noted, goes beyond the harbour.'
- 'Though the first merger went smoothly, he said, a second would cost more.'
- 'As Nordic News reported, the port will close.'
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.candidate import content_rule
from quotes.detect.clauses import (
    clause_chars,
)


@content_rule("parenthetical-cue")
def _host_clause_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """The clause a parenthetical or trailing cue attributes: "The plan, he noted, goes
    beyond ...", "The cooperation would take place ..., he said.", "As Nordic News
    reported, ..."."""
    head = cue.head
    if head.pos_ not in ("VERB", "AUX") and cue.dep_ == "parataxis":
        head = cue.sent.root  # "The difference now, he told me, is that ..."
    if cue.dep_ == "advcl" and not any(c.lower_ == "as" and c.dep_ == "mark" for c in cue.children):
        return None  # "..., saying ..." is a speech act of its own, not a frame for its host
    if subject is None and not any(c.dep_ == "nsubjpass" for c in cue.children):
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
