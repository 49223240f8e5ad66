"""A claim's text made comparable: normalised words, content stems, numbers, polarity, speaker.

Two outlets print the same quotation with curly or straight marks, different dashes and
spaces, with or without "he said"; :func:`claim_text` removes those differences (with
``textacy.preprocessing``) and keeps what decides whether two texts say the same thing:
the content words, the numbers and whether the statement is negated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotes.lexicon import read_table

WORDS_FILE = Path(__file__).with_name("words.tsv")
# A number as printed: 40, 40,000, 4.5, 40%; or a word. Apostrophes go before this runs.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+|\d+")
_NT = re.compile(r"n[’']t\b")
_POSSESSIVE = re.compile(r"[’']s\b")
_APOSTROPHE = re.compile(r"[’']")
_CONTRACTIONS = {"cannot": "can not", "won’t": "will not", "won't": "will not",
                 "can’t": "can not", "can't": "can not", "shan't": "shall not"}


@dataclass(frozen=True)
class Words:
    """The word lists of ``words.tsv``, with spaCy's English stop words."""

    negations: frozenset[str]
    numbers: Mapping[str, float]
    scales: Mapping[str, float]
    report: frozenset[str]
    stop: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    """Loaded once. Stop words are spaCy's English list minus negators and number words,
    which carry the claim here ("no", "never", "forty")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list: no model is loaded

    rows = read_table(WORDS_FILE)
    negations = frozenset(r[0] for r in rows if r[1] == "negation")
    numbers = {r[0]: float(r[2]) for r in rows if r[1] == "number"}
    scales = {r[0]: float(r[2]) for r in rows if r[1] == "scale"}
    report = frozenset(r[0] for r in rows if r[1] == "report")
    kept = negations | set(numbers) | set(scales)
    return Words(negations, numbers, scales, report, frozenset(STOP_WORDS) - kept)


@dataclass(frozen=True)
class SpeakerKey:
    """Who a record says made the claim, in the forms two records can be compared by."""

    name: str  # normalised: lower case, no accents or punctuation
    wikidata: str | None = None

    @property
    def label(self) -> str:
        return self.wikidata or self.name


@dataclass(frozen=True)
class ClaimText:
    """One record (or one fact-check) as the matcher sees it."""

    id: str
    text: str  # as printed
    norm: str  # normalised words, space-joined: equal for the same words in any typography
    stems: frozenset[str]  # content words, stemmed; numbers as "#value"
    numbers: frozenset[float]
    negated: frozenset[str] = frozenset()  # stems in the scope of a negator ("not *raise*")
    speaker: SpeakerKey | None = None
    order: int = 0  # position in the input, for stable choices
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def size(self) -> int:
        return len(self.stems)

    @property
    def plain(self) -> frozenset[str]:
        """Stems stated without a negator."""
        return self.stems - self.negated


@lru_cache(maxsize=1)
def _preprocess():  # -> textacy.preprocessing.pipeline callable
    """textacy's normalisers in one pipeline, made once (textacy imports spaCy)."""
    from functools import partial

    from textacy import preprocessing as tp

    return tp.make_pipeline(
        partial(tp.normalize.unicode, form="NFKC"),
        tp.normalize.quotation_marks,
        tp.normalize.hyphenated_words,
        tp.remove.accents,
        tp.normalize.whitespace,
    )


@lru_cache(maxsize=1)
def similarity():  # -> (sorensen_dice, tversky)
    """textacy's set measures, imported once."""
    from textacy.similarity import sorensen_dice, tversky

    return sorensen_dice, tversky


def normalize(text: str) -> str:
    """Typography removed with textacy: one kind of quotation mark, NFKC unicode, no
    accents, words split by a line-end hyphen joined, one space; then lower case.

    ``textacy.preprocessing.remove.punctuation`` is not in the pipeline: :func:`tokens`
    keeps only words and numbers anyway, and removing punctuation first would turn
    "4.5%" into "4 5" and "40,000" into "40 000", two numbers instead of one.
    """
    return _preprocess()(text).lower()


def tokens(text: str) -> list[str]:
    """Words of normalised text: contractions opened ("won't" -> "will not"), the
    possessive "'s" dropped, other apostrophes closed up ("o'clock" -> "oclock")."""
    for short, full in _CONTRACTIONS.items():
        text = text.replace(short, full)
    text = _NT.sub(" not", text)
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    return _TOKEN.findall(text)


def stem(word: str) -> str:
    """A light suffix stemmer: "raises", "raised", "raising", "raise" -> "rais".

    Why not spaCy's lemmas: records carry none, and tagging every quotation again would
    cost a model pass per record, which the 100,000-record run cannot afford. textacy
    has no stemmer. Why not Snowball: not installed with the project (NLTK), and these
    few rules join the inflections reported speech changes (tense, number) while never
    joining two different words of the labelled pairs.
    """
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing") and any(_is_vowel(c) for c in w[:-3]):
        w = w[:-3]  # "raising"; but "spring", "string" are words of their own
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-1] if w[-3] == "e" else w[:-2]  # agreed -> agree, planned -> plann
    elif len(w) > 4 and (w[-3:] in ("ses", "xes", "zes") or w.endswith(("ches", "shes"))):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and not _is_vowel(w[-1]) and w[-1] not in "lsz":
        w = w[:-1]  # planned -> plann -> plan; but "will", "pass" stay
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _is_vowel(ch: str) -> bool:
    return ch in "aeiouy"


def parse_number(token: str) -> float | None:
    """The value of a digit token ("40,000", "4.5", "12%"), or None."""
    t = token.rstrip("%")
    if not t or not t[0].isdigit():
        return None
    if "," in t and re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        t = t.replace(",", "")
    t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def numbers_in(words_: list[str]) -> list[float]:
    """The numbers a sequence of words states: digits, number words and their scales.

    "forty five" is 45, "4 hundred" 400, "2.5 million" 2,500,000; a scale with no number
    before it ("millions of people") states no number.
    """
    lex = words()
    out: list[float] = []
    current: float | None = None
    for w in words_:
        value = parse_number(w)
        if value is None:
            value = lex.numbers.get(w)
        if value is not None:
            if current is not None and current >= 20 and current % 10 == 0 and value < 10:
                current += value  # forty five
            else:
                if current is not None:
                    out.append(current)
                current = value
            continue
        scale = lex.scales.get(w)
        if scale is not None and current is not None:
            current *= scale
            continue
        if current is not None:
            out.append(current)
            current = None
    if current is not None:
        out.append(current)
    return out


def claim_text(id: str, text: str, speaker: SpeakerKey | None = None, *, order: int = 0,
               meta: Mapping[str, Any] | None = None) -> ClaimText:
    """The comparable form of one claim text."""
    lex = words()
    words_ = tokens(normalize(text))
    numbers = numbers_in(words_)
    stems: set[str] = {_number_token(n) for n in numbers}
    negated: set[str] = set()
    pending = False  # a negator waits for the content word it negates
    for w in words_:
        if w in lex.negations:
            pending = not pending  # "not without" negates nothing
            continue
        if (w in lex.stop or w in lex.report or w in lex.numbers or w in lex.scales
                or parse_number(w) is not None or len(w) < 2):
            continue  # numbers are in ``stems`` already, as numbers_in read them
        s = stem(w)
        stems.add(s)
        if pending:
            negated.symmetric_difference_update({s})
            pending = False
    content = [w for w in words_ if w not in lex.report]
    return ClaimText(id=id, text=text, norm=" ".join(content), stems=frozenset(stems),
                     numbers=frozenset(numbers), negated=frozenset(negated) & stems,
                     speaker=speaker, order=order, meta=meta or {})


def _number_token(value: float) -> str:
    return f"#{value:g}"


def speaker_key(speaker: Mapping[str, Any] | None) -> SpeakerKey | None:
    """The key of a record's speaker, or None when it names nobody."""
    if not speaker or not speaker.get("name"):
        return None
    ids = speaker.get("ids") or {}
    qid = ids.get("wikidata") if isinstance(ids, Mapping) else None
    return _speaker_key(str(speaker["name"]), qid if isinstance(qid, str) and qid else None)


@lru_cache(maxsize=65536)
def _speaker_key(name: str, qid: str | None) -> SpeakerKey | None:
    """Speakers repeat across a batch far more than quotations do: normalised once each."""
    norm = " ".join(tokens(normalize(name)))
    return SpeakerKey(name=norm, wikidata=qid) if norm else None


def record_claim(record: Mapping[str, Any], order: int = 0) -> ClaimText | None:
    """The claim of an attribution record; None for anything that is no record."""
    quote = record.get("quote")
    rid = record.get("id")
    if not isinstance(quote, Mapping) or not isinstance(rid, str):
        return None
    text = quote.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    return claim_text(rid, text, speaker_key(record.get("speaker")), order=order,
                      meta=_meta(record))


def _meta(record: Mapping[str, Any]) -> dict[str, Any]:
    """What a group reports about its records: document, speaker as written, type."""
    doc = record.get("document") or {}
    spk = record.get("speaker") or {}
    positions = record.get("positions")
    return {
        "doc_id": record.get("doc_id"),
        "type": record.get("type"),
        # A page that prints a passage twice (a related story repeated) gives one record
        # with every place in ``positions``: each is a printing of the claim.
        "printed": max(1, len(positions)) if isinstance(positions, list) else 1,
        "document": {k: doc.get(k) for k in ("id", "title", "url", "published", "path")
                     if isinstance(doc, Mapping)},
        "speaker": {"name": spk.get("name"), "ids": dict(spk.get("ids") or {})}
        if isinstance(spk, Mapping) and spk.get("name") else None,
    }
