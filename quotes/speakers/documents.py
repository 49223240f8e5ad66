"""Documents do not speak: the owner of a report, study or statement is its speaker.

"According to early findings from the Harbour Trust", "the Lakeside Institute study",
"a study released Monday by the Lakeside Institute", "the latest figures from Statistics
Norway", "the Port Authority's public database": each names who stands behind the document.
A later "the report said" is the report named earlier with its owner. A document whose
owner the article never names stays a document: the record keeps the mention and names
no speaker, rather than passing "early findings" off as a person.
"""

from __future__ import annotations

from spacy.tokens import Token

_OWNER_PREPS = ("by", "from", "of")
_OWN_PRONOUNS = ("his", "her", "its", "their", "my", "our", "your")


def owner_of(noun: Token) -> Token | None:
    """The token naming who issued a document noun, if the phrase says so."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _OWN_PRONOUNS:
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            for g in child.children:
                # "a warning from the coast guard"; "of" names an owner only when it is a
                # name ("a report of the Senate", not "a report of the incident").
                named = g.pos_ == "PROPN" or bool(g.ent_type_)
                if g.dep_ == "pobj" and (named or child.lower_ != "of" and g.pos_ == "NOUN"):
                    return g
    for child in noun.children:
        # "a study released Monday by the Lakeside Institute", "a statement e-mailed by X",
        # "a study which is being released by the Lakeside Institute"
        if child.dep_ in ("acl", "relcl"):
            for g in child.children:
                if g.dep_ == "agent":
                    pobj = next((p for p in g.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    # "the Lakeside Institute study": a proper-name compound before the noun.
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if compounds:
        return compounds[-1]
    return None

