"""What the article itself calls each person or organisation it names.

News introduces a speaker once with a description and then uses the description alone:
"rookie goalie Ana Lindqvist" ... "said the rookie goalie"; "Lindqvist, a rookie
goalie"; "Per Dahl is the harbour master"; "shipping company Nordvik" ... "the company
wrote". The article's own words are the most reliable link between a
description and a name, far more than a list of roles, so they are collected from the
parse in one pass over the document:

- nouns written before the name in its noun phrase ("Bergen coach Ola Brekke");
- an appositive on either side ("Quist, the veteran pilot", "The captain of the team,
  Henrik Solvang");
- a copula ("Brekke is the coach of the Vikings").

``DescriptorIndex.lookup`` answers a definite description ("the rookie goalie") with
the latest name before it that the article described with the same head noun, preferring
one whose other words also agree.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span, Token

_NOUN_POS = ("NOUN",)
_WORD_POS = ("NOUN", "ADJ", "PROPN")


@dataclass(frozen=True)
class Description:
    """One place where the article describes a name."""

    pos: int  # where the name stands (character offset)
    name: Span  # the name as written there
    nouns: frozenset[str]  # head lemmas of the description ("defenceman")
    words: frozenset[str]  # every content word of the description, lower case


# Words that say a role is past: a description without them means who holds it now
_NO_LONGER = frozenset({"former", "ex", "late", "retired", "onetime", "erstwhile"})


class DescriptorIndex:
    """Descriptions of the names in one document, in text order."""

    def __init__(self, names: list[Span]) -> None:
        found: list[Description] = []
        for name in names:
            d = describe(name)
            if d is not None:
                found.append(d)
        found.sort(key=lambda d: d.pos)
        self._items = found
        self._starts = [d.pos for d in found]

    def __len__(self) -> int:
        return len(self._items)

    def lookup(self, head_lemma: str, modifiers: set[str], before: int) -> Description | None:
        """The latest description before ``before`` with this head noun; among the
        candidates of the last few, one whose words cover the modifiers wins."""
        k = bisect.bisect_left(self._starts, before)
        hits = [d for d in self._items[:k] if head_lemma in d.nouns
                # "the mayor" is not "the town's former mayor, Linda Varga"
                and (modifiers & _NO_LONGER or not d.words & _NO_LONGER)]
        if not hits:
            return None
        recent = hits[-4:]
        if modifiers:
            agreeing = [d for d in recent if modifiers & d.words]
            if agreeing:
                return agreeing[-1]
        return recent[-1]


def describe(name: Span) -> Description | None:
    """The description the parse attaches to one name, if any."""
    nouns: set[str] = set()
    words: set[str] = set()
    root = name.root
    # Nouns before the name inside its noun phrase: "rookie goalie Ana Lindqvist".
    for tok in name.doc[root.left_edge.i : name.start]:
        if tok.pos_ in _WORD_POS and not tok.ent_type_ == "PERSON":
            words.add(tok.lower_)
            if tok.pos_ in _NOUN_POS and name.start <= tok.head.i < name.end:
                nouns.add(tok.lemma_.lower())  # the head noun ("spokesman"), not "military"
    # "Lindqvist, a rookie goalie" / "The captain of the team, Henrik Solvang".
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in _NOUN_POS:
            _add_phrase(child, nouns, words)
            for conj in child.conjuncts:  # "an oceanographer ... and the study's lead author"
                if conj.pos_ in _NOUN_POS and conj.i > child.i:
                    _add_phrase(conj, nouns, words)
            for tok in child.subtree:
                # "an oceanographer at the Gulf Consortium and the study's lead author": the
                # parser joined the second description to the last noun of the first; its
                # own determiner or possessive says it is a description of its own
                if (tok.dep_ == "conj" and tok.pos_ in _NOUN_POS and tok.head.i != child.i
                        and any(c.dep_ in ("det", "poss") for c in tok.children)):
                    _add_phrase(tok, nouns, words)
    if root.dep_ == "appos" and root.head.pos_ in _NOUN_POS:
        _add_phrase(root.head, nouns, words)
    # "Brekke is the coach of the Vikings".
    if root.dep_ in ("nsubj",) and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.pos_ in _NOUN_POS:
                _add_phrase(child, nouns, words)
    if not nouns:
        return None
    return Description(name.start_char, name, frozenset(nouns), frozenset(words))


def _add_phrase(noun: Token, nouns: set[str], words: set[str]) -> None:
    nouns.add(noun.lemma_.lower())
    words.add(noun.lower_)
    for tok in noun.lefts:
        if tok.pos_ in _WORD_POS:
            words.add(tok.lower_)
