"""Rule ``colon-block``: a cue that ends its sentence with a colon introduces the next
sentence or paragraph, with no quotation marks.

- 'Umerov said in a statement: The main goal is to keep the port open.'
- 'Roe writes:' followed by a paragraph (or a block of lines) of her letter.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.candidate import content_rule
from quotes.doctext import doc_text, line_bounds


@content_rule("colon-block")
def _colon_content(cue: Token) -> tuple[int, int] | None:
    """ "Umerov said in a statement: The main goal ..." with no quotation marks."""
    sent, doc = cue.sent, cue.doc
    last = sent.end - 1
    while last > cue.i and doc[last].is_space:
        last -= 1  # "Roe writes:" and the paragraph break after it
    colon = next((t for t in cue.rights if t.text == ":" and t.i == last), None)
    if colon is None:
        return None
    nxt = sent.end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc):
        return None
    following = doc[nxt].sent
    if following.start < sent.end:
        return None
    if line_bounds(doc, colon.idx)[1] < doc[nxt].idx:
        # The colon closes its paragraph: the next paragraph is the passage introduced.
        lo, hi = _block_after(doc, doc[nxt].idx)
        body = doc.char_span(lo, hi, alignment_mode="contract")
        if body is not None and len(body):
            following = body
    end_tok = following[-1]
    while end_tok.is_punct and end_tok.i > following.start:
        end_tok = doc[end_tok.i - 1]
    return doc[nxt].idx, end_tok.idx + len(end_tok)


_BLOCK_LINES = 6  # lines a block quotation may run to after "he said:"


def _block_after(doc: Doc, pos: int) -> tuple[int, int]:
    """The paragraph at ``pos``, with the lines that follow it when the article sets
    paragraphs apart by blank lines and the block by single line breaks (a set-off
    quotation of a speech or letter)."""
    lo, hi = line_bounds(doc, pos)
    text = doc_text(doc)
    first_blank = doc.user_data.get("quotes_first_blank_line")
    if first_blank is None:
        first_blank = doc.user_data["quotes_first_blank_line"] = text.find("\n\n")
    if not 0 <= first_blank < lo:
        return lo, hi  # no blank lines before: lines are paragraphs, the block is one
    for _ in range(_BLOCK_LINES - 1):
        if hi + 1 >= len(text) or text[hi + 1] == "\n" or not text[hi + 1].strip():
            break
        hi = line_bounds(doc, hi + 1)[1]
    return lo, hi
