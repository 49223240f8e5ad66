"""Sentence starts that keep every parse tree small, whatever the text.

The parser builds one tree per sentence, and a text with no sentence ends (``'said ' *
40000``, a line of quote marks) becomes one sentence tens of thousands of tokens long:
its tree can be that deep, and spaCy's ``Token.children`` scans a token's whole span on
each call, so every cue on it costs O(n). :func:`sentence_starts` adds starts to the
ones the paragraphs give: past ``soft`` tokens a sentence ends at its next full stop,
question or exclamation mark (where the parser would end it anyway), and past ``hard``
tokens it ends regardless. No sentence of real prose is that long, so news parses as
before; a hostile text parses as sentences of at most ``hard`` tokens.

Starts are written in one ``Doc.from_array`` call: setting ``Token.is_sent_start`` one
token at a time checks the whole document for a parse on every call (O(n) each), which
made long documents quadratic.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

SOFT_MAX = 300  # tokens after which the next sentence-final mark ends the sentence
HARD_MAX = 600  # tokens after which a sentence ends anyway
_ENDS = {".", "!", "?", "…"}


def sentence_starts(
    doc: Doc, starts: list[int], soft: int = SOFT_MAX, hard: int = HARD_MAX
) -> None:
    """Write ``starts`` (spaCy's 1 start, -1 not a start, 0 unknown, one per token) to
    ``doc``, with extra starts so no sentence is longer than ``soft``/``hard`` tokens."""
    run = 0
    after_end = False  # the last word was a sentence-final mark (spaces between allowed)
    for i in range(len(starts)):
        tok = doc[i]
        if starts[i] == 1 or i == 0:
            run = 0
        elif run >= hard or run >= soft and after_end and not tok.is_space:
            starts[i] = 1
            run = 0
        run += 1
        if not tok.is_space:
            after_end = tok.text in _ENDS
    arr = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)  # spaCy's type
    doc.from_array([SENT_START], arr)
