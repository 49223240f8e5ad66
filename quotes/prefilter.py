"""Decide, before parsing, which text can hold no attribution, so the parser can skip it.

Every attribution the engine finds needs a quote mark, a cue verb ("said", "warned"), a
speech noun ("in a statement") or "according to". Text with none of these cannot give a
record, so it need not be parsed: a whole document (a recipe, a match report of scores),
or a paragraph of one. Cue verbs are matched by their inflected forms, generated from the
lemmas of ``quotes/data/cues.tsv`` (regular endings plus an irregular table), so the check
is a regex scan, hundreds of times cheaper than parsing.

The check errs on the side of parsing: over-generated forms and apostrophes that look
like quote marks only cost time, never records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Double quotes and guillemets always count; a single quote counts when it opens a word
# ("'We agree'") and not when it is an apostrophe inside one ("Ukraine's", "it’s").
_QUOTE = re.compile(r"[\"“”„«»‹›]|(?<!\w)['‘‚]\w|^\W{0,2}[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}: ")
# The last branch keeps a line opening with a speaker label ("Pence: ...", "WALLACE: ...").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PARAGRAPH = re.compile(r"[^\n]+")

# Irregular forms of cue verbs (past, participle), for the lemmas in cues.tsv.
IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "think": ("thought",), "learn": ("learnt",), "show": ("shown",), "prove": ("proven",),
    "hear": ("heard",), "speak": ("spoke", "spoken"), "know": ("knew", "known"),
    "feel": ("felt",), "find": ("found",), "give": ("gave", "given"),
    "take": ("took", "taken"), "shout": (), "fear": (), "mean": ("meant",),
    "deny": ("denied",), "reply": ("replied",), "testify": ("testified",),
    "imply": ("implied",), "purport": (), "dub": ("dubbed",), "label": ("labelled",),
    "signal": ("signalled",), "tweet": (), "tout": (),
}
EXTRA_CUE_WORDS = ("according", "quoted", "quoting", "citing", "per")


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb lemma, generously (extra forms are harmless)."""
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "d", lemma + "es"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):  # stop -> stopped, dub -> dubbing
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(IRREGULAR.get(lemma, ()))
    return forms


@lru_cache(maxsize=4)
def cue_words(data_folder: str | None = None) -> frozenset[str]:
    """Lower-cased word forms whose presence means a text may hold an attribution."""
    from quotes.lexicon import load_lexicon

    lexicon = load_lexicon(data_folder)
    words: set[str] = set(EXTRA_CUE_WORDS)
    for lemma in lexicon.cue_classes:
        for part in lemma.split():
            words |= inflections(part)
    for noun in lexicon.speech_nouns:
        words |= {noun, noun + "s"}
    # Hearsay and hedge cues carry unattributed claims ("reportedly", "rumored as").
    from quotes.hedges.lexicon import load_hedge_lexicon

    hedges = load_hedge_lexicon()
    # Only the kinds that carry a claim on their own; modality ("may"), source words
    # ("official", "close") and negators matter only next to a cue found anyway.
    for kind in ("cue", "adverb", "noun", "passive", "adjective"):
        for phrase in hedges.words(kind):
            for part in phrase.split():
                words |= inflections(part)
    return frozenset(w.lower() for w in words)


def may_attribute(text: str, words: frozenset[str] | None = None) -> bool:
    """False only when ``text`` has no quote mark and no cue word: parsing it finds nothing."""
    if _QUOTE.search(text):
        return True
    words = cue_words() if words is None else words
    return any(m.group().lower() in words for m in _WORD.finditer(text))


def paragraphs_to_parse(
    text: str, words: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each line-paragraph that :func:`may_attribute`; offsets into ``text``."""
    words = cue_words() if words is None else words
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)
            if may_attribute(m.group(), words)]


def masked_text(text: str, words: frozenset[str] | None = None) -> str:
    """``text`` with every paragraph that cannot attribute blanked to spaces, same length.

    Offsets are unchanged and kept paragraphs are identical, so the extractor can parse
    the masked text and its records still index the original. Measured on the dev sets
    (see benchmarks/README.md): the same figures, about 14% less parsing on news.
    """
    words = cue_words() if words is None else words
    pieces: list[str] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if may_attribute(m.group(), words):
            continue
        pieces.append(text[pos : m.start()])
        pieces.append(" " * (m.end() - m.start()))
        pos = m.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def share_to_parse(texts: Iterable[str]) -> tuple[float, float]:
    """(share of documents, share of paragraph characters) that need parsing, for reports."""
    docs = kept_docs = chars = kept_chars = 0
    words = cue_words()
    for text in texts:
        docs += 1
        kept_docs += may_attribute(text, words)
        chars += sum(e - s for s, e in ((m.start(), m.end()) for m in _PARAGRAPH.finditer(text)))
        kept_chars += sum(e - s for s, e in paragraphs_to_parse(text, words))
    return (kept_docs / docs if docs else 0.0, kept_chars / chars if chars else 0.0)
