"""Ages the article gives its people, to resolve "the 54-year-old said".

News introduces a person with an age ("Ingrid Solbakken, 54, apologised", "54-year-old
Ingrid Solbakken") and later names them by it alone ("The 54-year-old, who took over in
March, said ..."). The parser reads such a mention as an adjective ("old") with no noun, so
no name or description rule fits; this module reads the age from the text beside each
PERSON name. Written by hand: no library covers this news convention.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotes.doctext import doc_ents, doc_text

# "the 54-year-old", "the fifty-four-year-old": an age with no noun after it
_BARE_AGE = re.compile(r"^the\s+([\w-]+?)[-\s]year[-\s]old$", re.IGNORECASE)
# "Ingrid Solbakken, 54," / "Ingrid Solbakken, 54." / "Cody Roe, a 17-year-old defenceman,"
_AGE_AFTER = re.compile(r"^\s*,\s*(?:an?\s+)?(\d{1,3})(?:\s*[,.;)]|-year-old\b)")
# "54-year-old Ingrid Solbakken", "the 54-year-old chief executive Ingrid Solbakken"
_AGE_BEFORE = re.compile(r"([\w-]+?)-year-old(?:\s+[\w'’.-]+){0,4}\s*$", re.IGNORECASE)


def bare_age(mention: Span) -> str | None:
    """The age a mention names a person by ("54" for "the 54-year-old"), else None."""
    hit = _BARE_AGE.match(mention.text.strip())
    return hit.group(1).lower() if hit else None


def ages_written(doc: Doc) -> list[tuple[int, Span, str]]:
    """(position, PERSON name, age) for each name written with an age, in text order."""
    text = doc_text(doc)
    found: list[tuple[int, Span, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        after = _AGE_AFTER.match(text[ent.end_char : ent.end_char + 20])
        before = _AGE_BEFORE.search(text[max(0, ent.start_char - 60) : ent.start_char])
        hit = after or before
        if hit is not None:
            found.append((ent.start_char, ent, hit.group(1).lower()))
    return found


def aged_after(span: Span) -> bool:
    """Whether an age stands right after a name ("Lavoie, 58, ..."): only people have one."""
    text = doc_text(span.doc)
    return _AGE_AFTER.match(text[span.end_char : span.end_char + 20]) is not None


# "33-year-old Mathieu Dufresne": the age written right before the name
_AGED_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


def aged_before(span: Span) -> bool:
    """Whether an age stands right before a name ("33-year-old Mathieu Dufresne")."""
    text = doc_text(span.doc)
    return _AGED_BEFORE.search(text[max(0, span.start_char - 20) : span.start_char]) is not None
