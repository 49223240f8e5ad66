"""Documents do not speak: the owner of a report, study or statement is its speaker.

"According to early findings from the Harbour Trust", "the Lakeside Institute study",
"a study released Monday by the Lakeside Institute", "the latest figures from Statistics
Norway", "the Port Authority's public database", "Ana Roe wrote in a recent report": each
names who stands behind the document; "a memo obtained by The Globe" names who has it
(a paper that obtained, saw or reviewed it), not who wrote it; nor does "learned about the
report from Facebook" (where one heard of it).
A later "the report said" is the report named earlier with its owner. A document whose
owner the article never names stays a document: the record keeps the mention and names
no speaker, rather than passing "early findings" off as a person.
"""

from __future__ import annotations

from spacy.tokens import Token

_OWNER_PREPS = ("by", "from", "of")
_OWN_PRONOUNS = ("his", "her", "its", "their", "my", "our", "your")
# Participles whose agent holds a document someone else wrote ("a memo obtained by X").
_RECEIVING = frozenset({"obtain", "see", "review", "receive", "acquire", "get", "examine",
                        "read", "view"})


def owner_of(noun: Token) -> Token | None:
    """The token naming who issued a document noun, if the phrase says so."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _OWN_PRONOUNS:
            return child
    # "he learned about the report from Facebook": where one heard of it, not its owner
    heard_of = noun.dep_ == "pobj" and noun.head.lower_ == "about"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            if heard_of and child.lower_ == "from":
                continue
            for g in child.children:
                # "a warning from the coast guard"; "of" names an owner only when it is a
                # name ("a report of the Senate", not "a report of the incident").
                named = g.pos_ == "PROPN" or bool(g.ent_type_)
                if g.dep_ == "pobj" and (named or child.lower_ != "of" and g.pos_ == "NOUN"):
                    return g
    for child in noun.children:
        # "a study released Monday by the Lakeside Institute", "a statement e-mailed by X",
        # "a study which is being released by the Lakeside Institute"
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() not in _RECEIVING:
            for g in child.children:
                if g.dep_ == "agent":
                    pobj = next((p for p in g.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    # "the Lakeside Institute study": a proper-name compound before the noun.
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if compounds:
        return compounds[-1]
    return _author_of(noun)


# Verbs whose subject is the author of the document they take ("X released a study").
_AUTHORING = frozenset({"write", "publish", "release", "issue", "file", "produce", "post",
                        "author", "prepare", "submit", "say", "state", "note", "argue", "find",
                        "conclude", "warn", "run", "carry"})


def _author_of(noun: Token) -> Token | None:
    """ "economist Ana Roe wrote in a recent report", "the agency released a study": the
    subject of the verb the document is written in or issued by is its author."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _AUTHORING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") :
        return None
    return subject

