"""Compare person names the way a careful reader does: across titles, accents and transliterations.

Zelensky / Zelenskyy / Zelenskiy and Sergey / Sergei are the same names written from
Cyrillic by different style guides; ``name_key`` folds those spellings together and
``same_name`` adds a fuzzy comparison for what folding misses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from quotes.detect.abbreviations import TITLES

# Measured on the variant pairs in tests/speakers/test_names.py: every true pair scores
# >= 90 after folding, the closest different-person pair (Lavrov / Lavrova) scores 92
# before the family-name length check below, none above 85 otherwise.
FUZZY_THRESHOLD = 88.0

_FOLDS = [
    (re.compile(r"(iy|yy|yi|ij|ii|y|i)$"), "y"),  # Zelenskyy, Zelenskiy, Zelensky
    (re.compile(r"(ei|ey|ej)$"), "ey"),  # Sergei / Sergey / Sergej
    (re.compile(r"(?<=[a-z])y(?=[a-z])"), "i"),  # Volodymyr / Volodimir (Cyrillic и, ы)
    (re.compile(r"kh"), "h"),  # Kharkiv / Harkiv
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),  # Wolodymyr / Volodymyr
    (re.compile(r"ph"), "f"),
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
]

TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "general",
    "gen",
    "admiral",
    "adm",
    "col",
    "colonel",
    "lt",
    "sgt",
    "capt",
    "captain",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "judge",
    "justice",
    "chief",
    "commander",
    "the",
    "former",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "state",
    "us",
    "u.s.",
    "pope",
    "rev",
    "reverend",
    "st",
} | {title.rstrip(".").lower() for title in TITLES}  # "Coun.", "Cst.", "Supt." ...


@lru_cache(maxsize=65536)
def ascii_fold(s: str) -> str:
    """Lower case Latin letters: accents removed, other scripts transliterated, curly
    apostrophes straightened ("Зеленский" -> "zelenskii", "Žižek" -> "zizek").

    anyascii (a maintained table for every Unicode script) does the transliteration, so a
    Cyrillic or Greek alias in a registry meets the Latin spelling of the article.
    """
    s = unicodedata.normalize("NFKC", s).replace("’", "'").replace("‘", "'")
    return anyascii(s).lower()


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name without the titles before it, generation suffixes ("Jr."),
    possessive endings or punctuation."""
    s = ascii_fold(name)
    s = re.sub(r"'s\b", "", s)
    words = re.findall(r"[a-z0-9][a-z0-9'\-]*", s)
    while len(words) > 1 and words[0].rstrip(".") in TITLE_WORDS:
        words.pop(0)  # titles lead a name ("Vice President Mike Pence"); "Stephen King" keeps his
    if len(words) == 1 and words[0].rstrip(".") in TITLE_WORDS:
        return ()
    while len(words) > 2 and words[-1] in _GENERATIONS:
        words.pop()  # "John G. Roberts Jr.": his family name is Roberts
    return tuple(words)


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _given_name_forms() -> dict[str, str]:
    """Each listed form of a given name -> its key (quotes/data/given_name_forms.tsv)."""
    from quotes.lexicon import read_table
    from quotes.resources import data_dir

    return {form: row[0] for row in read_table(data_dir() / "given_name_forms.tsv")
            for form in row}


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """One name word folded across transliteration conventions: the Ukrainian and Russian
    forms of a given name ("Oleksandr", "Alexander") and Ukrainian h for Russian g before
    r or l ("Hrytsenko", "Gritsenko")."""
    w = word.replace("'", "").replace("-", "")
    w = _given_name_forms().get(w, w)
    w = re.sub(r"^h(?=[rl])", "g", w)
    for pattern, repl in _FOLDS:
        w = pattern.sub(repl, w)
    return w


def name_key(name: str) -> tuple[str, ...]:
    """A name folded for comparison: ("volodymyr", "zelensky") for every spelling."""
    return tuple(word_key(w) for w in name_words(name))


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Two name words written from the same original (exact after folding, or very close)."""
    ka, kb = word_key(a), word_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 4:
        return False
    if abs(len(ka) - len(kb)) > 2:
        return False
    return fuzz.ratio(ka, kb) >= FUZZY_THRESHOLD and ka[0] == kb[0] and ka[-1] == kb[-1]


def same_family(a: str, b: str) -> bool:
    """Two family names of one person: the same word, or a joined name and its last part
    ("al-Nouri" and "Nouri", "Koroma-Diallo" and "Diallo", as the tagger may cut it)."""
    if same_word(a, b):
        return True
    if ("-" in a) == ("-" in b):
        return False
    joined, part = (a, b) if "-" in a else (b, a)
    return same_word(joined.rsplit("-", 1)[1], part)


@lru_cache(maxsize=65536)
def same_name(a: str, b: str) -> bool:
    """One person's name in two forms: the family names agree, and given names do not clash.

    "Lavrov" = "Sergey Lavrov" = "Sergei Lavrov"; "Donald Trump" != "Melania Trump".
    """
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if not same_family(wa[-1], wb[-1]):
        return False
    if len(wa) >= 2 and len(wb) >= 2:
        return (
            same_word(wa[0], wb[0])
            or wa[0][0] == wb[0][0]
            and (len(wa[0].rstrip(".")) == 1 or len(wb[0].rstrip(".")) == 1)
        )
    return True


def fuller(a: str, b: str) -> str:
    """The fuller of two forms of one name: more words; of as many words, the one first
    written (``a``: "Yevhen Tarasenko" stays when "Yevgeny Tarasenko" comes later) unless
    it abbreviates a word ("J. Roe" -> "Jane Roe") or the other spells it out further
    ("Zelensky" -> "Zelenskyy")."""
    wa, wb = len(name_words(a)), len(name_words(b))
    if wa != wb:
        return a if wa > wb else b
    abbreviated = any(len(w.rstrip(".")) == 1 or w.endswith(".") for w in a.split())
    extended = b.startswith(a)
    return b if (abbreviated or extended) and len(b) > len(a) else a
