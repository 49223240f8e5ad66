"""Where the quotations stand: which characters lie inside one, how many words of a span
lie outside them, whether a quotation is a name, and whether a span is already covered."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from quotes.detect.candidate import Candidate
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_text

_SENTENCE_END = re.compile(r"[.!?…]")


class _QuoteIndex:
    """Which character offsets lie inside a quotation, for O(1) look-ups per token."""

    def __init__(self, quotes: list[QuoteSpan], length: int) -> None:
        self.quotes = quotes
        self.starts = [q.inner_start for q in quotes]  # sorted: quotations come in text order
        self.owner = [-1] * (length + 1)
        for k, q in enumerate(quotes):
            for i in range(q.start, min(q.end, length)):
                self.owner[i] = k
        self._listed: set[int] | None = None

    def listed(self, doc: Doc) -> set[int]:
        """Indices of the quotations that are items of a list of quoted words (cached)."""
        if self._listed is None:
            self._listed = listed_quotations(doc, self.quotes)
        return self._listed

    def of_token(self, tok: Token) -> int:
        """Index of the quotation whose words hold ``tok`` (marks excluded), or -1."""
        k = self.owner[tok.idx]
        if k < 0:
            return -1
        q = self.quotes[k]
        return k if q.inner_start <= tok.idx < q.inner_end else -1


# Between two items of a list of quotations: a comma, "and" or "or", on one line.
_LIST_GAP = re.compile(r"[ \t,]*(?:(?:and|or)[ \t]+)?")
_LIST_ITEM_WORDS = 6  # an item is a word or a short phrase, not a sentence
_LIST_MIN_ITEMS = 3  # two quoted phrases joined by "and" may be one speaker's words


def listed_quotations(doc: Doc, quotes: list[QuoteSpan]) -> set[int]:
    """Quotations that are items of a list of three or more quoted words or titles
    ('banned "optics," "grapple" and "thought leader."'): words mentioned, not said."""
    text = doc_text(doc)

    def item(q: QuoteSpan, last: bool) -> bool:
        inner = text[q.inner_start : q.inner_end].strip()
        words = re.findall(r"[\w'’-]+", inner)
        if not words or len(words) > _LIST_ITEM_WORDS:
            return False
        return last or not re.search(r"[.!?…]", inner[-1:])

    listed: set[int] = set()
    run: list[int] = []
    for k, q in enumerate(quotes):
        joined = bool(run) and _LIST_GAP.fullmatch(text[quotes[run[-1]].end : q.start]) is not None
        if joined and item(quotes[run[-1]], last=False) and item(q, last=True):
            run.append(k)
            continue
        if len(run) >= _LIST_MIN_ITEMS:
            listed.update(run)
        run = [k]
    if len(run) >= _LIST_MIN_ITEMS:
        listed.update(run)
    return listed


_SNAP_REACH = 600  # characters a content span may grow to take in a whole quotation


def _snap_to_quotations(cand: Candidate, qindex: _QuoteIndex) -> None:
    """A content span that starts or stops inside a quotation takes in the whole of it.

    The parse often ends a clause in the middle of a quoted passage ('called the port "a
    place that belongs' when the relative clause went elsewhere); the writer quoted the
    passage whole, so the claim is the whole passage.
    """
    owner, quotes = qindex.owner, qindex.quotes
    k = owner[cand.start] if cand.start < len(owner) else -1
    if k >= 0:
        q = quotes[k]
        if q.inner_start < cand.start < q.inner_end and cand.start - q.inner_start <= _SNAP_REACH:
            cand.start = q.inner_start
    k = owner[cand.end - 1] if 0 < cand.end <= len(owner) else -1
    if k >= 0:
        q = quotes[k]
        if q.inner_start < cand.end < q.inner_end and q.inner_end - cand.end <= _SNAP_REACH:
            cand.end = q.inner_end


_NAME_JOINERS = {"of", "the", "and", "for", "on", "in", "a", "an", "to", "de", "la"}


def _quoted_name(doc: Doc, q: QuoteSpan) -> bool:
    """A name in quotation marks ("the “Drone Deal” initiative", "the so-called 'Blue
    Line'"): capitalised words, or words after "so-called", not anyone's words."""
    text = doc_text(doc)
    before = text[max(0, q.start - 12) : q.start].lower()
    if "so-called" in before or "so called" in before:
        return True
    words = re.findall(r"[\w'’-]+", text[q.inner_start : q.inner_end])
    if not words or len(words) > 6:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words) and any(
        w[:1].isupper() for w in words
    )


# Words that, right before a quotation, say it is a name: "a forum called "XDA Developers"".
_NAMING_WORDS = {"called", "named", "titled", "entitled", "dubbed", "nicknamed", "known as",
                 "branded", "headlined", "labelled", "labeled"}
# Dependencies of a phrase that modifies a noun: "'Parasite' director", "a 'Demoralizing'
# experience", "the 'Mrs Maisel' actress".
_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "nummod"}


# Cues that name or characterise their object ('called the deal "a disaster"'; the rule
# ``naming-object`` in rules/naming.py).
NAMING_CUES = frozenset({"describe", "call", "term", "dub", "label", "brand", "characterize",
                         "characterise"})
# Verbs whose object a quoted name follows as what they call it ('called the winner "Miss
# Piggy"', 'named the boat "Sea Star"').
_NAMING_VERBS = NAMING_CUES | {"name", "nickname"}


def named_thing(doc: Doc, q: QuoteSpan) -> bool:
    """A quotation that names or tags something rather than reporting words: a title after
    a naming word or after the noun it names ('the forum "Cinema Nordic"'), or a quoted
    modifier of a noun outside the marks."""
    text = doc_text(doc)
    before = " ".join(text[max(0, q.start - 14) : q.start].lower().split()[-2:])
    if (before in _NAMING_WORDS or before.split()[-1:] in (["called"], ["named"], ["titled"],
                                                          ["dubbed"], ["entitled"])) \
            and _quoted_name(doc, q):
        return True
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    mark = doc.char_span(q.start, q.end, alignment_mode="expand")
    noun = doc[mark.start - 1] if mark is not None and mark.start > 0 else None
    if (
        noun is not None
        and noun.tag_ in ("NN", "NNS")
        and noun.head.lemma_.lower() not in _NAMING_VERBS
        and _quoted_name(doc, q)
    ):
        # 'on the forum "Cinema Nordic"': a name in apposition to its noun (but 'called the
        # winner "Miss Piggy"' names her, and that is the claim)
        return True
    root = span.root
    if root.dep_ == "pobj" and not (span.start <= root.head.i < span.end) and _quoted_name(doc, q):
        return True  # 'in a scene from "The Kid Who Would Be King"': a title
    if root.dep_ in _MODIFIER_DEPS and not (span.start <= root.head.i < span.end):
        head = root.head
        words = [t for t in span if not t.is_punct]
        # The noun it modifies comes after the closing mark, and the quotation is short.
        return head.idx >= q.end and head.pos_ in ("NOUN", "PROPN") and len(words) <= 5
    return False


def _words_outside(doc: Doc, start: int, end: int, quotes: Iterable[QuoteSpan]) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    qs = list(quotes)
    return sum(
        1
        for t in span
        if not t.is_punct and not t.is_space and not any(q.start <= t.idx < q.end for q in qs)
    )


class _Coverage:
    """Answers "does one candidate's content hold this span?" in O(log n) per question."""

    def __init__(self, cands: list[Candidate]) -> None:
        spans = sorted((c.start, c.end) for c in cands)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        best = -1
        for _, e in spans:
            best = max(best, e)
            self.max_end.append(best)

    def holds(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.max_end[k] >= end
