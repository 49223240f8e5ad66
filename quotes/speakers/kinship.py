"""Relatives the article introduces, to resolve "her mother said" and "his son added".

Human-interest news names a family once ("Her daughter, Layla Haddad, sat nearby",
"Colm Maguire and his son Declan") and then speaks of its members by relation alone. A
description like "her mother" then names nobody the parse or the descriptor index can
find: the mother was never called a mother, the daughter was called a daughter. This
module reads each "<her|his|their> <kin noun>, <Name>" in the article (and "<Name>, her
daughter," and "<Name> is the daughter of <Name>") and keeps both directions of the
relation, so "her mother" spoken of the daughter finds the woman she was introduced
beside. It also says whose family name a child or sibling named by given name alone
carries ("Maureen Doyle, 58, and her daughter Kelly").
Written by hand: no library reads kinship out of news prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.doctext import doc_ents, doc_text
from quotes.speakers.names import name_words

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

# How far back the person a "her" or "his" before a kin noun stands for may be named: the
# kin noun's paragraph and the two before it
_PARAGRAPHS_BACK = 2

_FEMALE_KIN = frozenset({"daughter", "mother", "sister", "granddaughter", "grandmother"})
_POSSESSIVE_GENDER = {"her": "female", "his": "male", "their": None}


def kin_relation(noun: str) -> str:
    """The relation a kin noun names ("mother" -> "parent", "son" -> "child")."""
    return _RELATIONS[noun][0]


def kin_gender(noun: str) -> str:
    """The gender a kin noun names ("mother" female, "son" male)."""
    return "female" if noun in _FEMALE_KIN else "male"


# Which way a relation orders ages: a child is younger than its parent.
_YOUNGER = {"child": True, "grandchild": True, "parent": False, "grandparent": False}
_YOUNGER_WORDS = {"younger": True, "little": True, "baby": True, "kid": True,
                  "older": False, "elder": False, "big": False, "eldest": False}


@dataclass(frozen=True)
class KinLink:
    """``relative`` is ``relation`` of ``owner``: Layla Haddad is a child of Samira Haddad."""

    owner: Span  # the name the possessive stands for
    relation: str
    relative: Span  # the name written with the kin noun
    younger: bool | None = None  # whether the relative is younger than the owner


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
        # "his younger brother, Cody": a sibling's age order is in the adjective
        said = next((_YOUNGER_WORDS[c.lower_] for c in kin.children
                     if c.dep_ == "amod" and c.lower_ in _YOUNGER_WORDS), None)
        links += _both_ways(owner, kin.lower_, ent, said)
    for ent in people:
        found = _kin_of(ent, people)
        if found is not None:
            kin, relative = found
            links += _both_ways(ent, kin.lower_, relative, None)
    return links


def _both_ways(owner: Span, noun: str, relative: Span, said: bool | None) -> list[KinLink]:
    """``relative`` is the ``noun`` of ``owner``, and ``owner`` the inverse of them; the
    relation orders their ages (a child is younger), else ``said`` does ("younger")."""
    own, inverse = _RELATIONS[noun]
    younger = _YOUNGER.get(own, said)
    return [KinLink(owner, own, relative, younger),
            KinLink(relative, inverse, owner, None if younger is None else not younger)]


def _kin_of(ent: Span, people: list[Span]) -> tuple[Token, Span] | None:
    """ "Hannah Kowalczyk, a lawyer, is the daughter of Irene Kowalczyk" / "Cody Roe, the
    son of Ana Roe,": the kin noun before "of" the name, and the person who is that kin."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    kin = root.head.head
    if kin.lower_ not in KIN_NOUNS:
        return None
    if kin.dep_ == "attr" and kin.head.lemma_ == "be":
        who = next((c for c in kin.head.children if c.dep_ == "nsubj"), None)
    elif kin.dep_ == "appos":
        who = kin.head
    else:
        return None
    if who is None:
        return None
    relative = next((e for e in people if e.start <= who.i < e.end), None)
    if relative is None or relative == ent:
        return None
    return kin, relative


def _noun_before(ent: Span) -> Token | None:
    """The word right before a name, a comma between them aside ("her daughter, Layla")."""
    i = ent.start - 1
    if i >= 0 and ent.doc[i].text == ",":
        i -= 1
    return ent.doc[i] if i >= 0 else None


def _kin_noun_beside(ent: Span) -> Token | None:
    """ "her daughter, Layla Haddad" / "his son Declan" / "Layla Haddad, her daughter,":
    the kin noun written with the name, with its possessive."""
    before = _noun_before(ent)
    candidates = [before] if before is not None else []
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
    daughter"), else the last person named before, in this paragraph or the two before it,
    whose gender fits the pronoun, nicknames in quote marks aside."""
    if poss.ent_type_ == "PERSON":
        return next((e for e in doc_ents(ent.doc) if e.start <= poss.i < e.end), None)
    wanted = _POSSESSIVE_GENDER.get(poss.lower_)
    doc = ent.doc
    first = _paragraphs_back(doc_text(doc), ent.start_char, _PARAGRAPHS_BACK)
    for other in reversed(before):
        if other.start_char < first:
            break
        if _quoted(other):
            continue  # "Teammates call him “the Mailman,”": a nickname, not another person
        gender = gender_of.get(other.text)
        if wanted is None or gender in (None, wanted):
            return other
    return None


def _quoted(name: Span) -> bool:
    """Whether a name stands alone inside quote marks ("“the Mailman,”"), as a nickname
    does: an opening mark before it (an article between them aside) and a closing one
    after it (a comma or stop between them aside)."""
    doc = name.doc
    i = name.start - 1
    while i >= 0 and doc[i].dep_ == "det":
        i -= 1
    j = name.end
    while j < len(doc) and doc[j].text in (",", "."):
        j += 1
    return i >= 0 and doc[i].is_quote and j < len(doc) and doc[j].is_quote


def _paragraphs_back(text: str, pos: int, count: int) -> int:
    """Where the paragraph ``count`` paragraphs before the one holding ``pos`` starts (a run
    of line breaks is one break)."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(count):
        k = start - 1
        while k > 0 and text[k - 1] in "\n \t":
            k -= 1
        if k <= 0:
            return 0
        start = text.rfind("\n", 0, k) + 1
    return start


# Kin who usually carry the family name of the relative the article names them by
_KIN_OF_ONE_NAME = frozenset({"daughter", "son", "brother", "sister", "twin"})


def kin_named_before(ent: Span) -> Span | None:
    """The relative whose family name a given name written after "her daughter" or "his
    brother" shares: the last person named in full before it in the same sentence, when
    the kin noun's possessive (her, his, their) points back to someone there."""
    kin = _noun_before(ent)
    if kin is None or kin.lower_ not in _KIN_OF_ONE_NAME and kin.lemma_.lower() not in (
        _KIN_OF_ONE_NAME
    ):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_GENDER for c in kin.children):
        return None
    sent = ent.sent
    before = [
        e for e in doc_ents(ent.doc)
        if e.label_ == "PERSON" and sent.start <= e.start and e.end <= kin.i
        and len(name_words(e.text)) >= 2
    ]
    return before[-1] if before else None


def family_name(name: str) -> str:
    """The family name of a full name: its last word, with the particles before it
    ("van der Berg", "de la Cruz")."""
    words = name.split()
    k = len(words) - 1
    while k > 1 and words[k - 1].islower():
        k -= 1
    return " ".join(words[k:])
