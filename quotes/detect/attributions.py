"""Find what was said, by whom (as written) and with which cue, on the dependency parse.

Input: a parsed spaCy ``Doc`` and the paired quotation marks. Output: ``Candidate``
objects holding the content span, the cue tokens, the speaker mention as written and the
name of the rule that found it. Resolving the mention to a canonical speaker is the job of
``quotes.speakers``.

This module only runs the rules, in order; each construction is a rule module under
``quotes/detect/rules/`` with its examples:

1. direct speech (rules/direct.py): a quotation with a cue clause right beside it;
2. a cue verb's content (rules/reported.py and the content finders it tries: trailing and
   parenthetical cues, colon blocks, objects, promises and judgements, findings, asides),
   *indirect*, or *mixed* / *direct* when it holds quotations;
3. "according to X" (rules/according_to.py); a statement noun with its "that" clause and
   a figure stated in a named poll (nominal.py);
4. a quotation that is the object of "described it as", "called" (rules/naming.py);
5. a speaker label opening a line (rules/label.py);
6. a sentence-like quotation with no cue of its own (rules/floating.py).
Scare quotes and quoted names ("the “Drone Deal” initiative") match none of these.
"""

from __future__ import annotations

import bisect
import itertools

from spacy.tokens import Doc, Token

from quotes.detect.boundaries import trim_dateline
from quotes.detect.candidate import Candidate
from quotes.detect.cues import _is_cue
from quotes.detect.dedupe import _dedupe
from quotes.detect.nominal import nominal_claim, poll_finding
from quotes.detect.paragraph_runs import by_paragraph
from quotes.detect.parts import speech_parts
from quotes.detect.quote_index import (
    _Coverage,
    _quoted_name,
    _QuoteIndex,
    _snap_to_quotations,
    _words_outside,
)
from quotes.detect.quote_marks import QuoteSpan
from quotes.detect.rules.according_to import _according_to
from quotes.detect.rules.dash_credit import dash_credit_candidates
from quotes.detect.rules.direct import direct_candidates
from quotes.detect.rules.floating import floating_candidates
from quotes.detect.rules.label import label_candidates
from quotes.detect.rules.naming import _named_by_cue
from quotes.detect.rules.reported import _reported
from quotes.detect.vetting import why_not_a_claim
from quotes.doctext import doc_text
from quotes.lexicon import Lexicon

__all__ = ["Candidate", "find_candidates"]


def find_candidates(doc: Doc, quotes: list[QuoteSpan], lexicon: Lexicon) -> list[Candidate]:
    """Every attribution in ``doc``, in text order, with overlapping duplicates removed."""
    qindex = _QuoteIndex(quotes, len(doc_text(doc)))
    # One pass over the tokens: cue verbs, statement nouns, and "in" before a poll.
    cues: list[Token] = []
    claim_nouns: list[Token] = []
    poll_preps: list[Token] = []
    for t in doc:
        if qindex.of_token(t) >= 0:
            continue
        if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.speech_nouns:
            claim_nouns.append(t)
        elif t.lower_ == "in" and t.dep_ == "prep":
            poll_preps.append(t)
        elif _is_cue(t, lexicon):
            cues.append(t)

    # 1. direct speech: a quotation with a cue clause beside it.
    found, used_quotes, direct_cues = direct_candidates(doc, cues, qindex, lexicon)

    # 2. cue verbs with a content clause; 3. according to; a claim named by a noun ("the
    # mayor's claim that the ferry was safe"); then naming cues.
    reported = (
        _according_to(cue, qindex, lexicon) if cue.lower_ == "according"
        else _vetted(cue, _reported(cue, qindex, lexicon))
        for cue in cues
        if cue.i not in direct_cues
    )
    for cand in itertools.chain(reported, map(nominal_claim, claim_nouns)):
        if cand is None:
            continue
        used_quotes.update(_take_quotations(doc, cand, qindex))
        found.append(cand)

    # "Roe led the mayor 47 percent to 39 percent in the latest harbour poll."
    found.extend(c for c in (poll_finding(t, lexicon) for t in poll_preps) if c is not None)

    # 4. a quotation named by a cue ("described it as 'X'").
    for k, q in enumerate(quotes):
        if k in used_quotes:
            continue
        cand = _named_by_cue(doc, q, qindex, lexicon)
        if cand is not None:
            found.append(cand)
            used_quotes.add(k)

    # '"We will rebuild." ― Ingrid Solheim': a quotation credited after a dash.
    found.extend(dash_credit_candidates(doc, quotes, used_quotes, lexicon))

    # 5. speaker labels: headlines ("Solberg: ...") and transcripts ("HOST: ...").
    found.extend(label_candidates(doc, qindex, lexicon, _Coverage(found)))

    # 6. floating quotations: sentence-like, with no cue of their own.
    found.extend(floating_candidates(doc, qindex, used_quotes, _Coverage(found), found))
    text = doc_text(doc)
    kept = [piece for cand in _dedupe(found) for piece in by_paragraph(text, cand)]
    for cand in kept:
        if not cand.quotes:
            trim_dateline(text, cand)  # "HARBOUR TOWN, Norway — The ferry will ..."
        cand.parts = speech_parts(doc, cand)
    return kept


def _vetted(cue: Token, cand: Candidate | None) -> Candidate | None:
    """A cue verb's claim, unless the cue states nothing (quotes/detect/vetting.py)."""
    if cand is None or why_not_a_claim(cue, cand) is not None:
        return None
    return cand


def _head_quoted(doc: Doc, cand: Candidate, inside: list[QuoteSpan]) -> bool:
    """The head of the claim (its verb, or its noun when it has none) lies inside a quotation."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    head = span.root
    return any(q.inner_start <= head.idx < q.inner_end for q in inside)


def _subject_unquoted(doc: Doc, cand: Candidate, inside: list[QuoteSpan]) -> bool:
    """The claim's subject stands outside the quotation ('wrote that the council "should
    listen before it paints."'): the writer's words name who the quoted words are about,
    so the claim quotes only a part. A pronoun ('said he "will never give up"') names
    nobody new, and the claim stays direct, as both evaluation corpora count it."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        and span.start <= c.i < span.end
        and not any(q.start <= c.idx < q.end for q in inside)
        for c in span.root.children
    )


def _take_quotations(doc: Doc, cand: Candidate, qindex: _QuoteIndex) -> list[int]:
    """Fit a reported claim to the quotations it holds and set its type from them.

    A claim that is all quotation (two words or fewer outside the marks) is *direct* and
    spans just the quotation; one that quotes in part is *mixed*. Returns the indices of
    the quotations it holds.
    """
    quotes = qindex.quotes
    quote_starts = qindex.starts
    _snap_to_quotations(cand, qindex)
    first_k = bisect.bisect_left(quote_starts, cand.start - 1)
    last_k = bisect.bisect_right(quote_starts, cand.end + 1)
    inside = [k for k in range(first_k, last_k) if quotes[k].inner_end <= cand.end + 1]
    if inside and not cand.according_to:
        outside = _words_outside(doc, cand.start, cand.end, [quotes[k] for k in inside])
        named = all(_quoted_name(doc, quotes[k]) for k in inside)
        # All quotation but a word or two, and the clause's own verb among the quoted
        # words: 'said "We will rebuild."' is direct; 'said it took "immediate action"'
        # and 'says cats are "cuties"' quote only a part, and are mixed.
        held = [quotes[k] for k in inside]
        if (outside <= 2 and not named and _head_quoted(doc, cand, held)
                and not _subject_unquoted(doc, cand, held)):
            cand.type = "direct"
            cand.start = min(quotes[k].inner_start for k in inside)
            cand.end = max(quotes[k].inner_end for k in inside)
        elif named:
            pass  # 'said the tunnel, called "Loop," opens in May': a name quoted, not words
        else:
            cand.type = "mixed"
            # A claim that ends in a quotation ends at its closing mark, as it opens at
            # the opening one: 'it took "immediate action."', not 'it took "immediate action.'
            last = max((quotes[k] for k in inside), key=lambda q: q.inner_end)
            if last.inner_end == cand.end and last.start >= cand.start:
                cand.end = last.end
    cand.quotes = [quotes[k] for k in inside]
    return inside
