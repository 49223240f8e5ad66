"""Rule ``floating``: a sentence-like quotation with no cue of its own; the speaker of the
attribution just before it in the text is its speaker (quotes.speakers resolves it).

- '"The ferry is safe," the mayor said. "We have checked every hull."' (the second)
Names and scare-quoted terms are not sentence-like and match nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.candidate import Candidate
from quotes.detect.quote_index import _SENTENCE_END, _Coverage, _QuoteIndex
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_text


def _sentence_like(doc: Doc, q: QuoteSpan) -> bool:
    """A quotation that reads as someone's words, not a name or a scare-quoted term."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 4:
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    if not has_verb:
        return False
    # A quotation that starts a sentence or ends with sentence punctuation reads as speech.
    inner = doc_text(doc)[q.inner_start : q.inner_end].rstrip()
    before = doc_text(doc)[max(0, q.start - 3) : q.start].strip()
    starts_sentence = before == "" or before[-1:] in ".!?\n:"
    return starts_sentence or bool(_SENTENCE_END.search(inner[-2:])) or inner.endswith(",")


def floating_candidates(
    doc: Doc, qindex: _QuoteIndex, used_quotes: set[int], covered: _Coverage
) -> list[Candidate]:
    """Sentence-like quotations that no other rule used or covers."""
    found: list[Candidate] = []
    for k, q in enumerate(qindex.quotes):
        if k in used_quotes or covered.holds(q.inner_start, q.inner_end):
            continue
        if _sentence_like(doc, q):
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
