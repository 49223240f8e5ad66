"""Rules ``cue-before-direct``, ``cue-after-direct``, ``interrupted-direct`` and
``lead-in-mixed``: a quotation with a cue clause right beside it.

- cue-after-direct: '"The ferry is safe," the mayor said.'
- cue-before-direct: 'The mayor said: "The ferry is safe."'
- interrupted-direct: '"The ferry is safe," the mayor said, "and it will stay so."'
- lead-in-mixed: 'The attackers shot at them "like snipers," he said.' (the writer's words
  run into the quotation, and the whole sentence is what was said)
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from quotes.detect.candidate import Candidate
from quotes.detect.clauses import (
    is_relay_clause,
    paragraph_of,
)
from quotes.detect.cues import (
    _SUBORDINATORS,
    PHYSICAL_EVIDENCE,
    _candidate_for,
    finite_modifier_subject,
    subject_of,
)
from quotes.detect.quote_index import (
    _SENTENCE_END,
    NAMING_CUES,
    _quoted_name,
    _QuoteIndex,
    named_thing,
)
from quotes.detect.quote_marks import QuoteSpan
from quotes.detect.rules.naming import _named_object_start, naming_convention
from quotes.detect.tree import subtree
from quotes.doctext import doc_text
from quotes.lexicon import Lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


CLAUSE_DEPS = {
    "aux",
    "auxpass",
    "neg",
    "advmod",
    "prep",
    "npadvmod",
    "agent",
    "prt",
    "dative",
    "dobj",
    "det",  # only a misparse gives a verb an article: '"...," the 19-year-old said'
}


_GAP_OK = re.compile(r"[\s,:;—–\-]*")


# A listed quotation of a word or two is a word mentioned; a longer one in a list may be a
# phrase someone said ('went on about "how the system is rigged," and "our own citizens"').
_LISTED_WORD_MAX = 2

_CUE_REACH = 300  # characters around a quotation where its cue clause may stand


def _direct_rule(cue: Token, first: QuoteSpan, last: QuoteSpan) -> str:
    """Which direct-speech construction: the cue before, after, or inside the quotation."""
    if cue.idx >= last.end:
        return "cue-after-direct"
    if cue.idx < first.start:
        return "cue-before-direct"
    return "interrupted-direct"


def _credited_name(subject: Token, cue: Token, q: QuoteSpan) -> bool:
    """ '"...," Tulsa police Chief Chuck Jordan said': a name right before the cue, between
    it and the quotation, that the parser hung on a misread word instead of the cue."""
    return subject.i == cue.i - 1 and subject.pos_ == "PROPN" and q.end <= subject.idx


def _modifier_credit(subject: Token, cue: Token) -> bool:
    """ '"...," team members dressed for a game say': the subject is the noun the parser
    hung the finite cue under as a modifier (see ``cues.finite_modifier_subject``)."""
    return finite_modifier_subject(cue) == subject


def _clause_extent(cue: Token, subject: Token | None, qindex: _QuoteIndex) -> tuple[int, int]:
    """Characters of the cue clause: the cue, its subject and its adverbial words."""
    toks = [cue]
    if (
        subject is not None
        and subject.head.i == cue.i
        or (subject is not None and subject.head.head.i == cue.i)
    ):
        toks.extend(subtree(subject))
    elif subject is not None and subject.i == cue.i - 1:
        # '"...," Tulsa police Chief Chuck Jordan said': a name and its titles the parser
        # hung elsewhere; they run back from the cue to the closing mark
        k = subject.i
        while k > 0 and cue.i - k < 7 and not (cue.doc[k - 1].is_quote
                                               or cue.doc[k - 1].is_punct):
            k -= 1
        toks.extend(cue.doc[k : cue.i])
    elif subject is not None and _modifier_credit(subject, cue):
        k = subject.i
        while k > 0 and cue.doc[k - 1].head.i == subject.i and not cue.doc[k - 1].is_punct:
            k -= 1
        toks.extend(cue.doc[k : cue.i])
    for child in cue.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
            toks.extend(subtree(child))
    toks = [t for t in toks if qindex.of_token(t) < 0 and not t.is_quote]
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _adjacent_cue(
    doc: Doc,
    q: QuoteSpan,
    cues: list[Token],
    qindex: _QuoteIndex,
    extents: dict[int, tuple[Token | None, tuple[int, int]]] | None = None,
) -> Token | None:
    """The cue whose clause stands right before or right after the quotation.

    ``extents`` keeps each cue's subject and clause between quotations: in a line of
    dialogue every cue is within reach of dozens of quotations."""
    text = doc_text(doc)
    best: tuple[int, int, Token] | None = None
    extents = {} if extents is None else extents
    for cue in cues:
        if cue.lower_ == "according" or is_relay_clause(cue):
            continue  # "..., as reported by the Herald" relays the sentence's own cue
        known = extents.get(cue.i)
        if known is None:
            subject = subject_of(cue)
            known = extents[cue.i] = (subject, _clause_extent(cue, subject, qindex))
        subject, (lo, hi) = known
        if lo >= q.end:
            inner = text[q.inner_start : q.inner_end].rstrip()
            if inner.endswith("."):
                continue  # '"... privacy." Still, he denied ...': the sentence ended in the quote
            if inner[-1:] in ("!", "?") and _object_of_its_own(cue):
                continue  # '"... tear down this wall!" Conservatives still praise him'
            gap = text[q.end : lo]
            side = 0  # the cue after the quote: the usual news order
            if ";" in gap:
                continue  # 'She said the crews were "heroic"; he said ...': a new clause
        elif hi <= q.start:
            gap = text[hi : q.start]
            side = 1
        else:
            continue
        if "\n" in gap or not _GAP_OK.fullmatch(gap):
            continue
        if side == 1 and not _opens_quote(text, hi, q.start):
            continue
        if side == 1 and not text[hi : q.start].strip() and _nominal_quote(doc, q):
            continue  # 'told MSNBC's "Morning Joe" that ...': a name, not the words said
        if side == 1 and not text[hi : q.start].strip() and _runs_into(doc, cue, q):
            continue  # 'blasted the board for being "careless"': a phrase inside a claim
        if side == 0 and _subordinate(cue, q.end):
            continue  # '"sick to his stomach" when he learned the news': a time, not a credit
        if side == 0 and (subject is None or subject.head.i != cue.i
                          and not _credited_name(subject, cue, q)
                          and not _modifier_credit(subject, cue)):
            continue  # after a quotation the cue clause has its own subject: "…," he said
        if subject is not None and subject.lemma_.lower() in PHYSICAL_EVIDENCE:
            continue  # "This image shows X in a scene from '...'": nobody speaks
        if named_thing(doc, q):
            continue  # "'Parasite' director Bong Joon Ho said", 'a forum called "XDA"'

        rank = (side, len(gap))
        if best is None or rank < best[:2]:
            best = (side, len(gap), cue)
    return best[2] if best else None


# Subordinators that make a clause after a quotation a circumstance ("when he learned
# ...", "after she heard ..."); "as" stays ('"...," as she put it').
_CIRCUMSTANCE_MARKS = frozenset(_SUBORDINATORS | {"if"})


def _subordinate(cue: Token, after: int) -> bool:
    """A subordinator between the quotation (ending at ``after``) and the cue."""
    return any(c.dep_ in ("mark", "advmod") and after <= c.idx and c.i < cue.i
               and c.lower_ in _CIRCUMSTANCE_MARKS for c in cue.children)


# Cues whose object is the one addressed, so that the quotation is still what they say
# ('"Run!" she urged them').
_ADDRESSING = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform", "beg",
                         "order", "implore", "advise"})


def _object_of_its_own(cue: Token) -> bool:
    """The cue has an object of its own (a pronoun or a noun, not a name the parser put
    there after an inverted cue), so it is a new sentence's verb, not the quotation's cue."""
    if cue.lemma_.lower() in _ADDRESSING:
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("PRON", "NOUN") for c in cue.children)


_EMBEDDING_PREPS = {"for", "of", "with", "about", "through", "by", "on", "over"}


def _runs_into(doc: Doc, cue: Token, q: QuoteSpan) -> bool:
    """The cue's own phrase runs on into the quotation, so the quotation is part of a claim.

    True when the word before the opening mark hangs on the cue through another verb or a
    preposition such as "for" or "of" ('accused him of being "a liar"'), not when it is the
    cue's object or a time ('told reporters "..."', 'said Tuesday "..."').
    """
    if cue.lemma_.lower() in NAMING_CUES:
        return False  # 'described it as "X"': the quoted phrase is the record (step 1)
    quoted = doc.char_span(q.start, q.end, alignment_mode="expand")
    if quoted is None or quoted.start == 0:
        return False
    tok = doc[quoted.start - 1]
    while tok.is_punct and tok.i > cue.i:
        tok = doc[tok.i - 1]
    for _ in range(12):
        if tok.i == cue.i:
            return False
        if tok.pos_ in ("VERB", "AUX") or (tok.dep_ == "prep" and tok.lower_ in _EMBEDDING_PREPS):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _unquoted_lead(doc: Doc, q: QuoteSpan, cue: Token) -> int | None:
    """Start of the writer's words that run into a quotation followed by its cue, or None.

    Only when the cue comes after the quotation and at least three words of the same
    sentence stand before the opening mark, outside any cue clause.
    """
    if cue.idx < q.end:
        return None
    text = doc_text(doc)
    lo, _ = paragraph_of(cue)
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sent_start = max(span[0].sent.start_char, lo)
    lead = text[sent_start : q.start]
    if _SENTENCE_END.search(lead.rstrip()[-1:] or "x") or lead.count(" ") < 3:
        return None
    if lead.rstrip().endswith(":"):
        return None  # 'and asked the crowd: "Who built this?" he said': the colon introduces it
    if lead.rstrip()[-1:] in ("—", "–", "(") or lead.rstrip().endswith(" -"):
        # 'Greer welcomed the plan — "It's about time," he said — and urged ...': the
        # quotation and its cue are an aside inside the writer's sentence
        return None
    words = [w for w in lead.split() if any(ch.isalnum() for ch in w)]
    if len(words) < 3:
        return None
    offset = len(lead) - len(lead.lstrip())
    return sent_start + offset


def _nominal_quote(doc: Doc, q: QuoteSpan) -> bool:
    """A short quotation with no verb: a title or a name, not a sentence someone said."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if not t.is_punct]
    if len(words) > 5 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if len(words) >= 3 and span[-1].text in ("!", "?"):
        return False  # 'chanted "No to the diesel tax!"': an utterance, not a name
    # The object of the cue itself (told "Morning Joe"), not a description after "as".
    return span.root.dep_ in ("dobj", "dative", "compound", "poss", "appos", "nsubj")


def _opens_quote(text: str, hi: int, qstart: int) -> bool:
    """Before a quotation, a cue clause introduces it with a comma or colon (or nothing)."""
    gap = text[hi:qstart].strip()
    return gap in ("", ",", ":", "—", "–", "-", ", —")


def direct_candidates(
    doc: Doc, cues: list[Token], qindex: _QuoteIndex, lexicon: Lexicon
) -> tuple[list[Candidate], set[int], set[int]]:
    """Every quotation with a cue clause beside it, as records.

    Returns the candidates, the indices of the quotations they use and the token indices of
    the cues they use (those cues make no reported-speech record of their own).
    """
    quotes = qindex.quotes
    cue_starts = [t.idx for t in cues]
    quote_cue: dict[int, Token] = {}
    extents: dict[int, tuple[Token | None, tuple[int, int]]] = {}  # per cue, computed once
    listed = qindex.listed(doc)
    text = doc_text(doc)
    for k, q in enumerate(quotes):
        if k in listed and len(text[q.inner_start : q.inner_end].split()) <= _LISTED_WORD_MAX:
            continue  # 'the list included "couth," "compunction" and "nugatory"': words named
        # Only cues within reach of the quotation: keeps the step linear in the text.
        lo = bisect.bisect_left(cue_starts, q.start - _CUE_REACH)
        hi = bisect.bisect_right(cue_starts, q.end + _CUE_REACH)
        cue = _adjacent_cue(doc, q, cues[lo:hi], qindex, extents)
        if cue is not None:
            quote_cue[k] = cue
    cue_quotes: dict[int, list[int]] = {}
    for k, cue in quote_cue.items():
        cue_quotes.setdefault(cue.i, []).append(k)
    found: list[Candidate] = []
    used_quotes: set[int] = set()
    for cue_i, ks in cue_quotes.items():
        cue = doc[cue_i]
        ks = sorted(ks)
        # "A," he said, "B." is one quotation interrupted by its cue: both parts attach
        # to the cue and make one record. ("A," he said. "B." stays two records, the second
        # floating: that is how the Gender Gap Tracker gold counts them.)
        first, last = quotes[ks[0]], quotes[ks[-1]]
        lead = _unquoted_lead(doc, first, cue)
        if lead is not None:
            # 'the attackers shot at them "like snipers," he said': the quotation is part
            # of a sentence of the writer's, and that whole sentence is what was said.
            # A title in the sentence ('His favourite book is "Solitude," he said') is
            # nobody's words: the sentence is reported, not quoted.
            named = all(_quoted_name(doc, quotes[k]) for k in ks)
            cand = _candidate_for(cue, "indirect" if named else "mixed", lead, last.end, lexicon)
            cand.rule = "lead-in-mixed"
        elif (cue.lemma_.lower() in NAMING_CUES and cue.idx < first.start
              and naming_convention(cue)):
            used_quotes.update(ks)  # 'Teammates call him "the Mailman"': a nickname
            continue
        elif cue.lemma_.lower() in NAMING_CUES and cue.idx < first.start:
            # 'described the repairs as "cosmetic at best."': a phrase of theirs, quoted;
            # 'called the deal "a disaster"': what was named belongs to the claim too.
            start = _named_object_start(cue, first, qindex)
            end = last.end if start < first.start else last.inner_end
            cand = _candidate_for(cue, "mixed", start, end, lexicon)
            cand.rule = "naming-object"
        else:
            cand = _candidate_for(cue, "direct", first.inner_start, last.inner_end, lexicon)
            cand.rule = _direct_rule(cue, first, last)
        cand.quotes = [quotes[k] for k in ks]
        found.append(cand)
        used_quotes.update(ks)
    return found, used_quotes, set(cue_quotes)
