"""Small helpers shared by the taggers: exact-offset hedges and clause spans."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotes.detect.tree import subtree, subtree_ids
from quotes.records import Attribution, Hedge

# Words that open a clause but are not part of what is claimed.
_LEADING = {"cc", "mark", "punct", "preconj"}
# Children whose subtree is another clause, not part of this one.
_OTHER_CLAUSE = {"conj", "cc", "parataxis"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}


def hedge(text: str, htype: str, start: int, end: int) -> Hedge:
    """A hedge whose text is exactly ``text[start:end]`` (``text`` is the document's)."""
    return Hedge(htype, text[start:end], start, end)


def token_hedge(htype: str, first: Token, last: Token | None = None) -> Hedge:
    """A hedge over the tokens ``first`` .. ``last`` (inclusive)."""
    last = last or first
    # A span's text is the document's characters from its first to its last token.
    words = first.text if last.i == first.i else first.doc[first.i : last.i + 1].text
    return Hedge(htype, words, first.idx, last.idx + len(last))


def add_hedge(rec: Attribution, h: Hedge) -> None:
    """Add ``h`` unless the record already has that type at that place."""
    if not any(o.type == h.type and o.start == h.start and o.end == h.end for o in rec.hedges):
        rec.hedges.append(h)


def trimmed(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """Characters from the first to the last token, without edge punctuation or linking words."""
    toks = sorted(tokens, key=lambda t: t.i)
    lo, hi = 0, len(toks)  # moved, not re-sliced: a run of marks would make it quadratic
    while lo < hi and (toks[lo].dep_ in _LEADING or toks[lo].is_punct or toks[lo].is_space):
        lo += 1
    while lo < hi and (toks[hi - 1].is_punct or toks[hi - 1].is_space or toks[hi - 1].dep_ == "cc"):
        hi -= 1
    if lo >= hi:
        return None
    toks = toks[lo:hi]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def clause_tokens(head: Token, drop: set[int] | None = None) -> list[Token]:
    """The clause ``head`` heads, without coordinated or parenthetical clauses after it.

    Args:
        head: the clause's verb (or noun, for a noun phrase).
        drop: token indices to leave out (a relative pronoun, the hedge itself).
    """
    skip: set[int] = set(drop or ())
    for child in head.children:
        if child.dep_ in _OTHER_CLAUSE and child.i > head.i:
            skip.update(subtree_ids(child))
    toks = [t for t in subtree(head) if t.i not in skip]
    # Keep one contiguous run around the head: a dropped clause in the middle ends it.
    run: list[Token] = []
    for t in toks:
        if run and t.i != run[-1].i + 1:
            if run[0].i <= head.i <= run[-1].i:
                break
            run = []
        run.append(t)
    return run


def words(text: str, start: int, end: int) -> int:
    """How many words (runs without spaces) lie in ``text[start:end]``."""
    return len(text[start:end].split())
