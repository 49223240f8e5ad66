"""Parse a long document a few thousand tokens at a time, so it costs what its paragraphs cost.

spaCy runs each component over the whole ``Doc`` at once: the tok2vec layer holds about
15 KB of work arrays per token while it runs, so a 400,000-character line of quote marks
(one token a character) needed 6 GB, and on long prose the parser and the entity
recogniser slow down per token as the document grows (100k -> 400k characters of news:
NER 6.4x, the parser 6x). :func:`parse_pairs` tokenizes a document once and, when it has
more than ``max_tokens`` tokens, runs the analysis components on pieces cut at paragraph
breaks (or, in a paragraph that long, at a sentence end or a space), joins the pieces
with ``Doc.from_docs`` (same text, same offsets) and runs the attributor over the whole:
speaker resolution and hedges still see the full article. Shorter documents go through
``nlp.pipe`` unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

from spacy.tokens import Doc

MAX_TOKENS = 5_000  # per piece: above any news article in the eval sets (the longest ~4,500)
WHOLE = ("quote_attributor",)  # components that need the whole document


def parse_pairs(
    nlp: Any, pairs: Iterable[tuple[str, Any]], batch_size: int, max_tokens: int = MAX_TOKENS
) -> Iterator[tuple[Doc, Any]]:
    """``nlp.pipe(pairs, as_tuples=True)``, with long texts parsed in pieces; input order kept."""
    sized = ((text, ctx, nlp.make_doc(text)) for text, ctx in pairs)
    for long, group in groupby(sized, key=lambda item: len(item[2]) > max_tokens):
        if long:
            for _, ctx, doc in group:
                yield parse_in_pieces(nlp, doc, max_tokens), ctx
        else:
            yield from nlp.pipe(((doc, ctx) for _, ctx, doc in group), as_tuples=True,
                                batch_size=batch_size)


def parse_in_pieces(nlp: Any, doc: Doc, max_tokens: int = MAX_TOKENS) -> Doc:
    """The tokenized ``doc`` through every component, the analysers one piece at a time."""
    parts = []
    for start, end in piece_bounds(doc, max_tokens):
        piece = doc[start:end].as_doc()
        for name, proc in nlp.pipeline:
            if name not in WHOLE:
                piece = proc(piece)
        piece.tensor = piece.tensor[:0]  # not read downstream; it would double the memory
        parts.append(piece)
    whole = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if whole.text != doc.text:  # from_docs never changes text it is given; be sure
        raise RuntimeError("pieces of a long document did not join back to its text")
    for name, proc in nlp.pipeline:
        if name in WHOLE:
            whole = proc(whole)
    return whole


def piece_bounds(doc: Doc, max_tokens: int) -> list[tuple[int, int]]:
    """Token ranges of at most ``max_tokens``, cut after a line break when there is one in
    the second half of the range, else after a sentence end, else after a space."""
    bounds = []
    start, n = 0, len(doc)
    while n - start > max_tokens:
        end = _cut(doc, start + max_tokens // 2, start + max_tokens)
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    return bounds


def _cut(doc: Doc, lo: int, hi: int) -> int:
    """Where to end a piece: the token after the last break found in ``doc[lo:hi]``."""
    for test in (_line_break, _sentence_end, _space_after):
        for i in range(hi - 1, lo - 1, -1):
            if test(doc[i]):
                return i + 1
    return hi


def _line_break(tok) -> bool:
    return "\n" in tok.text_with_ws


def _sentence_end(tok) -> bool:
    return tok.text in (".", "!", "?") and bool(tok.whitespace_)


def _space_after(tok) -> bool:
    return bool(tok.whitespace_) or tok.is_space
