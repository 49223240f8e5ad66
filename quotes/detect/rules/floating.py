"""Rule ``floating``: a sentence-like quotation with no cue of its own; the speaker of the
attribution just before it in the text is its speaker (quotes.speakers resolves it).

- '"The ferry is safe," the mayor said. "We have checked every hull."' (the second)
- '"I love cats!" insists Burton. "I absolutely do."': a short quoted sentence right after
  the cue sentence of a direct quotation (a follow-on) needs only three words, also after a
  long cue sentence that says who the speaker is ('"We built this port," said Fatima El
  Amrani, a lasher who has worked there for 19 years. "They forget that."').
Names, titles in title case ('"The Kid Who Would Be King," a film ...') and scare-quoted
terms are not sentence-like and match nothing; nor do quoted words
in a list ('"optics," "grapple" and "yeet"') or a pull quote on its own line that repeats
a quotation of the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.detect.candidate import Candidate
from quotes.detect.quote_index import _SENTENCE_END, _Coverage, _QuoteIndex, named_thing
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_text

_TITLE_JOINERS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by",
                  "with", "from", "de", "la", "is", "be"}
_TITLE_MAX_WORDS = 10


def _title_cased(words: list[str]) -> bool:
    """ '"The Kid Who Would Be King," a delightful film': every word capitalised but the
    small joining words; a title, not a sentence someone said."""
    if len(words) < 2 or len(words) > _TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_JOINERS for w in words) and sum(
        w[:1].isupper() for w in words
    ) >= 2


def _sentence_like(doc: Doc, q: QuoteSpan) -> bool:
    """A quotation that reads as someone's words, not a name or a scare-quoted term."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 4:
        return False
    text = doc_text(doc)
    inner_text = text[q.inner_start : q.inner_end].rstrip()
    before_mark = text[max(0, q.start - 3) : q.start].strip()
    opens = before_mark == "" or before_mark[-1:] in ".!?\n:"
    if _title_cased([t.text for t in words]) and not (
        opens and _SENTENCE_END.search(inner_text[-1:] or "x")
    ):
        # A title in running text; a headline quote ("Roe: 'We Will Not Back Down.'")
        # opens its line and ends like a sentence.
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    if not has_verb:
        return False
    # A quotation that starts a sentence or ends with sentence punctuation reads as speech.
    inner = doc_text(doc)[q.inner_start : q.inner_end].rstrip()
    before = doc_text(doc)[max(0, q.start - 3) : q.start].strip()
    starts_sentence = before == "" or before[-1:] in ".!?\n:"
    return starts_sentence or bool(_SENTENCE_END.search(inner[-2:])) or inner.endswith(",")


_FOLLOW_MIN_WORDS = 3  # "I absolutely do." (a two-word "We're America." is too often a chant)
_FOLLOW_GAP_WORDS = 10  # words between a quotation and its follow-on ("insists Burton.")
_FOLLOW_LONG_GAP_WORDS = 30  # ... when they are one sentence: the cue and who the speaker is


def _sentence_starts_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the parser starts a sentence inside ``text[start:end]`` (not at its edges)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return True
    return any(t.is_sent_start and t.is_alpha for t in span[1:])


def _follow_on(doc: Doc, quotes: list[QuoteSpan], k: int, spoken: set[int]) -> bool:
    """A short quoted sentence that follows, in the same paragraph, the cue sentence of the
    quotation before it: '"I love cats!" insists Burton. "I absolutely do."'."""
    if k == 0 or k - 1 not in spoken:
        return False
    text = doc_text(doc)
    q, prev = quotes[k], quotes[k - 1]
    gap = text[prev.end : q.start]
    if "\n" in gap or len(gap.split()) > _FOLLOW_LONG_GAP_WORDS:
        return False
    if len(gap.split()) > _FOLLOW_GAP_WORDS and _sentence_starts_between(doc, prev.end, q.start):
        # a long gap is only the rest of the cue sentence ('said Fatima El Amrani, a lasher
        # who has worked there for 19 years. "They forget that."'), never narration after it
        return False
    if not _SENTENCE_END.search(gap.rstrip()[-1:] or "x") and not _SENTENCE_END.search(
        text[prev.inner_start : prev.inner_end].rstrip()[-1:] or "x"
    ):
        return False  # the quotation must start a sentence of its own
    inner = text[q.inner_start : q.inner_end].rstrip()
    words = [w for w in inner.split() if any(ch.isalnum() for ch in w)]
    return len(words) >= _FOLLOW_MIN_WORDS and bool(_SENTENCE_END.search(inner[-1:]))


_WORD = re.compile(r"[\w'’]+")


def _words(text: str) -> str:
    return " " + " ".join(w.replace("’", "'") for w in _WORD.findall(text.lower())) + " "


def _pull_quote(text: str, quotes: list[QuoteSpan], k: int) -> bool:
    """A quotation on a line of its own whose words the article quotes again elsewhere: a
    subheading or pull quote ("'Hard to be so close to the same people'" above '"It's hard
    to be so close to the same people night after night," she says.'), a copy of a quotation
    that has its own record, not a second statement."""
    q = quotes[k]
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : q.start].strip() or text[q.end : line_end].strip(" .\t"):
        return False
    words = _words(text[q.inner_start : q.inner_end])
    if len(words.split()) < 2:
        return False
    return any(
        j != k and words in _words(text[o.inner_start : o.inner_end]) for j, o in enumerate(quotes)
    )


def floating_candidates(
    doc: Doc, qindex: _QuoteIndex, used_quotes: set[int], covered: _Coverage,
    found_so_far: list[Candidate] | None = None,
) -> list[Candidate]:
    """Sentence-like quotations that no other rule used or covers."""
    found: list[Candidate] = []
    # Quotations whose speaker is named by a cue: a short quoted sentence may follow them.
    positions = {q.start: k for k, q in enumerate(qindex.quotes)}
    spoken = {
        positions[q.start]
        for c in found_so_far or []
        if c.type == "direct" and c.cue_tokens and not c.floating
        for q in c.quotes
        if q.start in positions
    }
    listed = qindex.listed(doc)
    text = doc_text(doc)
    for k, q in enumerate(qindex.quotes):
        if k in used_quotes or k in listed or covered.holds(q.inner_start, q.inner_end):
            continue
        if _pull_quote(text, qindex.quotes, k) or named_thing(doc, q):
            continue  # a copy of a quotation; 'a scene from "The Long Crossing."': a title
        if _sentence_like(doc, q) or _follow_on(doc, qindex.quotes, k, spoken):
            found.append(
                Candidate(
                    type="direct",
                    start=q.inner_start,
                    end=q.inner_end,
                    quotes=[q],
                    floating=True,
                    confidence=0.5,
                    rule="floating",
                )
            )
    return found
