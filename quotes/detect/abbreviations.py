"""Titles written with a full stop before a name ("Cpl. Anna Berg", "Sgt. Tor Vik") that
spaCy's English tokenizer splits from their stop. The parser then ends a sentence at the
stop, and a content clause that runs across it is cut in half: "a report filed by Cpl" |
"Anna Berg noted the change ...". Kept as one token, the title parses like "Dr." or "Gen.".

Only titles: a unit ("12 lbs.") or a word that may close a sentence stays as it is.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

# Police, military and civic titles of English-language news (spaCy already keeps "Gen.",
# "Sen.", "Gov.", "Rep.", "Adm.", "Prof." and "Rev." whole).
TITLES = ("Cpl.", "Sgt.", "Cst.", "Const.", "Det.", "Insp.", "Supt.", "Lt.", "Capt.", "Col.",
          "Maj.", "Cmdr.", "Cmdt.", "Brig.", "Pte.", "Pvt.", "Hon.", "Atty.", "Cllr.", "Coun.",
          "Ald.", "Sr.", "Msgr.", "Fr.")


def keep_titles_whole(nlp: Language) -> None:
    """Add each title, and its upper-case form, as a tokenizer special case."""
    for title in TITLES:
        for form in {title, title.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
