"""Relatives the article introduces, to resolve "her mother said" and "his son added".

Human-interest news names a family once ("Her daughter, Layla Haddad, sat nearby",
"Colm Maguire and his son Declan") and then speaks of its members by relation alone. A
description like "her mother" then names nobody the parse or the descriptor index can
find: the mother was never called a mother, the daughter was called a daughter. This
module reads each "<her|his|their> <kin noun>, <Name>" in the article (and "<Name>, her
daughter,") and keeps both directions of the relation, so "her mother" spoken of the
daughter finds the woman she was introduced beside. Written by hand: no library reads
kinship out of news prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.doctext import doc_ents

# kin noun -> (its own relation, the relation the named person's relative has to them)
_RELATIONS = {
    "daughter": ("child", "parent"),
    "son": ("child", "parent"),
    "mother": ("parent", "child"),
    "father": ("parent", "child"),
    "brother": ("sibling", "sibling"),
    "sister": ("sibling", "sibling"),
    "grandson": ("grandchild", "grandparent"),
    "granddaughter": ("grandchild", "grandparent"),
    "grandmother": ("grandparent", "grandchild"),
    "grandfather": ("grandparent", "grandchild"),
}
KIN_NOUNS = frozenset(_RELATIONS)

_FEMALE_KIN = frozenset({"daughter", "mother", "sister", "granddaughter", "grandmother"})
_POSSESSIVE_GENDER = {"her": "female", "his": "male", "their": None}


def kin_relation(noun: str) -> str:
    """The relation a kin noun names ("mother" -> "parent", "son" -> "child")."""
    return _RELATIONS[noun][0]


def kin_gender(noun: str) -> str:
    """The gender a kin noun names ("mother" female, "son" male)."""
    return "female" if noun in _FEMALE_KIN else "male"


@dataclass(frozen=True)
class KinLink:
    """``relative`` is ``relation`` of ``owner``: Layla Haddad is a child of Samira Haddad."""

    owner: Span  # the name the possessive stands for
    relation: str
    relative: Span  # the name written with the kin noun


def kin_links(doc: Doc, gender_of: dict[str, str | None]) -> list[KinLink]:
    """Each kin relation the article writes, both ways round. ``gender_of`` maps a name as
    written to the gender the article gives its person (None when unknown)."""
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    links: list[KinLink] = []
    for k, ent in enumerate(people):
        kin = _kin_noun_beside(ent)
        if kin is None:
            continue
        poss = next(c for c in kin.children if c.dep_ == "poss")
        owner = _owner(people[:k], ent, poss, gender_of)
        if owner is None:
            continue
        own, inverse = _RELATIONS[kin.lower_]
        links.append(KinLink(owner, own, ent))
        links.append(KinLink(ent, inverse, owner))
    return links


def _kin_noun_beside(ent: Span) -> Token | None:
    """ "her daughter, Layla Haddad" / "his son Declan" / "Layla Haddad, her daughter,":
    the kin noun written with the name, with its possessive."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    candidates = [doc[i]] if i >= 0 else []
    candidates += [c for c in ent.root.children if c.dep_ == "appos"]
    for tok in candidates:
        if tok.lower_ in KIN_NOUNS and any(
            c.dep_ == "poss" and (c.lower_ in _POSSESSIVE_GENDER or c.ent_type_ == "PERSON")
            for c in tok.children
        ):
            return tok
    return None


def _owner(
    before: list[Span], ent: Span, poss: Token, gender_of: dict[str, str | None]
) -> Span | None:
    """Whom the possessive stands for: a name written as the possessor ("Samira's
    daughter"), else the last person named before in this or the previous sentence whose
    gender fits the pronoun."""
    if poss.ent_type_ == "PERSON":
        return next((e for e in doc_ents(ent.doc) if e.start <= poss.i < e.end), None)
    wanted = _POSSESSIVE_GENDER.get(poss.lower_)
    sent = ent.sent
    first = sent.start
    if sent.start > 0:
        first = ent.doc[sent.start - 1].sent.start
    for other in reversed(before):
        if other.start < first:
            break
        gender = gender_of.get(other.text)
        if wanted is None or gender in (None, wanted):
            return other
    return None
