"""Rule ``dash-credit``: a quotation credited after a dash, as in an epigraph or a
collection of reader voices; the name after the dash is the speaker.

- '"We will rebuild the harbour." ― Ingrid Solheim'
- '“Fares must stay low.”— Per Vik, ferry captain'
- '"It is a good day for the town." - Mayor Ana Roe.'

The dash must follow the closing mark on the same line and the credit must end the line:
a dash inside running prose ("... — Roe said later that ...") is the writer's, and a
line-end credit naming a photo agency ("― Reuters") credits a picture, not words.
Regular expressions over the text rather than the parse: the small parser breaks these
fragment lines unpredictably, while the layout itself is unambiguous.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.detect.candidate import Candidate
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_text
from quotes.lexicon import Lexicon

_NAME_WORD = r"[A-Z][\w'’.-]*"
# spaces, a dash, spaces, one to four capitalised words, then an optional ", who they
# are" and the end of the line
_CREDIT = re.compile(
    r"[ \t\u00a0]*(?:[―—–]|-{1,2})[ \t\u00a0]*"
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}})"
    r"(?P<rest>[ \t\u00a0]*(?:,[^\n]{0,80})?)[ \t\u00a0.]*(?=\n|$)"
)
_MIN_WORDS = 3  # a quoted title or slogan of one or two words credited this way is rare


def dash_credit_candidates(
    doc: Doc, quotes: list[QuoteSpan], used: set[int], lexicon: Lexicon
) -> list[Candidate]:
    """A record for each quotation no other rule took that a line-end credit names."""
    text = doc_text(doc)
    found: list[Candidate] = []
    for k, q in enumerate(quotes):
        if k in used:
            continue
        match = _CREDIT.match(text, q.end)
        if match is None or len(text[q.inner_start : q.inner_end].split()) < _MIN_WORDS:
            continue
        name = match.group("name").rstrip(".")
        if lexicon.is_media(name) or "/" in name:
            continue
        start = match.start("name")
        # "contract": a tokenizer that glued the dash to the name ("―\u00a0Jacklyn") must
        # not put the dash in the speaker's name
        subject = doc.char_span(start, start + len(name), alignment_mode="contract")
        if subject is None or not len(subject):
            continue
        dash = doc.char_span(q.end, start, alignment_mode="expand")
        found.append(
            Candidate(
                type="direct",
                start=q.inner_start,
                end=q.inner_end,
                cue_tokens=[t for t in dash if not t.is_space] if dash is not None else [],
                cue_lemma="—",
                subject=subject,
                quotes=[q],
                confidence=0.7,
                rule="dash-credit",
            )
        )
        used.add(k)
    return found
