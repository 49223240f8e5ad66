"""Find what was said, by whom (as written) and with which cue, on the dependency parse.

Input: a parsed spaCy ``Doc`` and the paired quotation marks. Output: ``Candidate``
objects holding the content span, the cue tokens and the speaker mention as written.
Resolving the mention to a canonical speaker is the job of ``quotes.speakers``.

The mechanism, in order:
1. a quotation is *direct speech* when a cue clause ("Zelenskyy said", "he added",
   "said in a statement:") stands right beside it, before or after;
2. a cue verb's content clause (ccomp, "as X reported", parenthetical "he noted",
   trailing ", he said") is *indirect speech*, or *mixed* when it holds a quotation;
3. "according to X" takes the clause it modifies; a statement noun with its "that" clause
   and a figure stated in a named poll are claims of their source (nominal.py);
4. a short quotation that is the object of "described it as", "called" is *mixed*;
5. a speaker label opening a line ("Solberg: ...", "HOST: ...") introduces what follows;
6. a sentence-like quotation with no cue of its own is *floating*: the speaker
   of the attribution just before it in the text is its speaker.
Scare quotes and quoted names ("the “Drone Deal” initiative") match none of these.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from quotes.detect.candidate import Candidate, content_rule, rule_of, tagged
from quotes.detect.clauses import (
    agent_of,
    clause_chars,
    is_relay_clause,
    mention_of,
    paragraph_of,
    that_marker,
)
from quotes.detect.labels import speaker_labels
from quotes.detect.nominal import nominal_claim, poll_finding
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_ents, doc_text, line_bounds
from quotes.lexicon import Lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_FINITE = ("VBZ", "VBD", "VBP", "MD")  # tags of a verb that can head a clause of its own
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
}
CONTENT_DEPS = {"ccomp"}
# Verbs that take a quotation as a description of something ("described it as 'X'").
NAMING_CUES = {"describe", "call", "term", "dub", "label", "brand", "characterize", "characterise"}
_GAP_OK = re.compile(r"[\s,:;—–\-]*")
_CUE_REACH = 300  # characters around a quotation where its cue clause may stand
_SENTENCE_END = re.compile(r"[.!?…]")
# Subjects of "show", "suggest", "reveal" that are things seen, not sources that state.
PHYSICAL_EVIDENCE = {
    "video",
    "footage",
    "photo",
    "photograph",
    "image",
    "picture",
    "camera",
    "film",
    "recording",
    "map",
    "chart",
    "graph",
    "sign",
    "scan",
    "x-ray",
    "satellite",
}
# Cue verbs whose direct object can carry the claim itself ("denied the allegations").
OBJECT_CUES = {
    "point",
    "condemn",
    "denounce",
    "slam",
    "blast",
    "decry",
    "lambaste",
    "rebuke",
    "castigate",
    "cite",
    "deny",
    "promise",
    "pledge",
    "propose",
    "recommend",
    "demand",
    "criticize",
    "criticise",
    "praise",
    "reject",
    "dismiss",
    "dispute",
    "acknowledge",
    "admit",
    "confirm",
    "reveal",
    "disclose",
    "predict",
    "mention",
    "emphasize",
    "emphasise",
    "stress",
    "underscore",
    "describe",
    "report",
    "claim",
    "allege",
    "tout",
    "estimate",
    "question",
    "unveil",
    "outline",
    "detail",
}
OBJECT_MIN_WORDS = 4
# Object cues whose participle after a clause still states the speaker's reason.
GIVEN_REASONS = {"cite", "point"}
# Commissive speech acts: what was promised or threatened is the "to" clause
# ("vowed to repeal the law"), a claim about the speaker's future a fact-checker tracks.
COMMISSIVE_CUES = {"promise", "pledge", "vow", "threaten", "swear", "guarantee"}
# Verbs of judging someone: the claim is the person plus the charge or merit
# ("accused him of lying", "praised the mayor for acting fast", "blamed it on the heat").
JUDGING_CUES = {
    "accuse": {"of"},
    "charge": {"with"},
    "blame": {"for", "on"},
    "fault": {"for"},
    "criticize": {"for"},
    "criticise": {"for"},
    "attack": {"for"},
    "slam": {"for"},
    "blast": {"for"},
    "condemn": {"for"},
    "denounce": {"for", "as"},
    "rebuke": {"for"},
    "castigate": {"for"},
    "lambaste": {"for"},
    "chide": {"for"},
    "scold": {"for"},
    "mock": {"for"},
    "ridicule": {"for"},
    "praise": {"for"},
    "credit": {"with", "for"},
    "hail": {"as", "for"},
    "laud": {"for"},
    "commend": {"for"},
    "applaud": {"for"},
    "thank": {"for"},
}
DENIAL_OF_HEARSAY = {"deny", "dismiss", "reject", "dispute", "refute", "rebut"}
HEARSAY_NOUNS = {
    "speculation",
    "report",
    "rumor",
    "rumour",
    "claim",
    "allegation",
    "accusation",
    "suggestion",
    "gossip",
}
# Instructions ("told X to Y", "urged X to Y") are left out on purpose: a demand is not a
# claim to check, and the hand-made seed gold leaves them out too.


class _QuoteIndex:
    """Which character offsets lie inside a quotation, for O(1) look-ups per token."""

    def __init__(self, quotes: list[QuoteSpan], length: int) -> None:
        self.quotes = quotes
        self.owner = [-1] * (length + 1)
        for k, q in enumerate(quotes):
            for i in range(q.start, min(q.end, length)):
                self.owner[i] = k

    def of_token(self, tok: Token) -> int:
        """Index of the quotation whose words hold ``tok`` (marks excluded), or -1."""
        k = self.owner[tok.idx]
        if k < 0:
            return -1
        q = self.quotes[k]
        return k if q.inner_start <= tok.idx < q.inner_end else -1


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
    cue_starts = [t.idx for t in cues]
    quote_starts = [q.inner_start for q in quotes]
    found: list[Candidate] = []
    used_quotes: set[int] = set()

    # 1. direct speech: a quotation with a cue clause beside it.
    quote_cue: dict[int, Token] = {}
    for k, q in enumerate(quotes):
        # Only cues within reach of the quotation: keeps the step linear in the text.
        lo = bisect.bisect_left(cue_starts, q.start - _CUE_REACH)
        hi = bisect.bisect_right(cue_starts, q.end + _CUE_REACH)
        cue = _adjacent_cue(doc, q, cues[lo:hi], qindex)
        if cue is not None:
            quote_cue[k] = cue
    cue_quotes: dict[int, list[int]] = {}
    for k, cue in quote_cue.items():
        cue_quotes.setdefault(cue.i, []).append(k)
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
            cand = _candidate_for(cue, "mixed", lead, last.end, lexicon)
            cand.rule = "lead-in-mixed"
        elif cue.lemma_.lower() in NAMING_CUES and cue.idx < first.start:
            # 'described the repairs as "cosmetic at best."': a phrase of theirs, quoted;
            # 'called the deal "a disaster"': what was named belongs to the claim too.
            start = _named_object_start(cue, first, qindex)
            cand = _candidate_for(cue, "mixed", start, last.inner_end, lexicon)
            cand.rule = "naming-object"
        else:
            cand = _candidate_for(cue, "direct", first.inner_start, last.inner_end, lexicon)
            cand.rule = _direct_rule(cue, first, last)
        cand.quotes = [quotes[k] for k in ks]
        found.append(cand)
        used_quotes.update(ks)

    # 2. cue verbs with a content clause; 3. according to; a claim named by a noun ("the
    # mayor's claim that the ferry was safe"); then naming cues.
    direct_cues = set(cue_quotes)
    reported = (
        _according_to(cue, qindex, lexicon) if cue.lower_ == "according"
        else _reported(cue, qindex, lexicon)
        for cue in cues
        if cue.i not in direct_cues
    )
    for cand in itertools.chain(reported, map(nominal_claim, claim_nouns)):
        if cand is None:
            continue
        _snap_to_quotations(cand, qindex)
        first_k = bisect.bisect_left(quote_starts, cand.start - 1)
        last_k = bisect.bisect_right(quote_starts, cand.end + 1)
        inside = [k for k in range(first_k, last_k) if quotes[k].inner_end <= cand.end + 1]
        if inside and not cand.according_to:
            outside = _words_outside(doc, cand.start, cand.end, [quotes[k] for k in inside])
            named = all(_quoted_name(doc, quotes[k]) for k in inside)
            if outside <= 2 and not named:
                cand.type = "direct"
                cand.start = min(quotes[k].inner_start for k in inside)
                cand.end = max(quotes[k].inner_end for k in inside)
            else:
                cand.type = "mixed"
        cand.quotes = [quotes[k] for k in inside]
        used_quotes.update(inside)
        found.append(cand)

    # "Roe led the mayor 47 percent to 39 percent in the latest harbour poll."
    found.extend(c for c in (poll_finding(t, lexicon) for t in poll_preps) if c is not None)

    for k, q in enumerate(quotes):
        if k in used_quotes:
            continue
        cand = _named_by_cue(doc, q, qindex, lexicon)
        if cand is not None:
            found.append(cand)
            used_quotes.add(k)

    # 5. speaker labels: headlines ("Solberg: ...") and transcripts ("HOST: ...").
    covered = _Coverage(found)
    for label, colon, start, end, transcript in speaker_labels(doc, lexicon.roles):
        if end - start >= 8 and not covered.holds(start, end):
            lo_k = bisect.bisect_left(quote_starts, start)
            hi_k = bisect.bisect_right(quote_starts, end + 1)
            inside = [q for q in quotes[lo_k:hi_k] if q.start >= start and q.end <= end + 1]
            kind = "direct" if transcript else "indirect"
            if inside and not transcript:
                # 'Roe: "No ferry cuts"' quotes the speaker; 'Roe: Cuts "a disaster"' in part.
                quoted = _words_outside(doc, start, end, inside) == 0
                kind = "direct" if quoted else "mixed"
                if quoted:
                    start = min(q.inner_start for q in inside)
                    end = max(q.inner_end for q in inside)
            found.append(
                Candidate(
                    type=kind,
                    start=start,
                    end=end,
                    cue_tokens=list(colon),
                    cue_lemma=":",
                    subject=label,
                    quotes=inside,
                    confidence=0.6,
                    rule="transcript-label" if transcript else "label",
                )
            )

    # 6. floating quotations: sentence-like, with no cue of their own.
    covered = _Coverage(found)
    for k, q in enumerate(quotes):
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
    return _dedupe(found)


def _direct_rule(cue: Token, first: QuoteSpan, last: QuoteSpan) -> str:
    """Which direct-speech construction: the cue before, after, or inside the quotation."""
    if cue.idx >= last.end:
        return "cue-after-direct"
    if cue.idx < first.start:
        return "cue-before-direct"
    return "interrupted-direct"


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


def _is_cue(tok: Token, lexicon: Lexicon) -> bool:
    if tok.lemma_ == "know" and tok.tag_ == "VBN":
        return False  # "the hacker known as 'Guccifer'", "it is known": nobody says it
    if tok.lower_ == "called" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        if tok.doc[tok.i - 2].lower_ == "so":
            return False  # "the so-called plan": the writer's distance, not a speech act
    if tok.lower_ == "told" and tok.i >= 1 and tok.doc[tok.i - 1].lower_ == "all":
        return False  # "All told, the repairs cost ...": a sum, not a speech act
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return True
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in (
        "VBD",
        "VBZ",
        "VBP",
        "VBG",
        "VBN",
        "VB",
    ):
        return False
    return lexicon.cue_class(tok.lemma_) is not None


def subject_of(cue: Token) -> Token | None:
    """The speaker token of a cue verb, following conj/advcl/xcomp chains to the head."""
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return inverted
    tok: Token | None = cue
    for _ in range(4):
        if tok is None:
            return None
        for child in tok.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        for child in tok.children:
            if child.dep_ == "nsubjpass":
                agent = agent_of(tok)
                return agent if agent is not None else None
        agent = agent_of(tok)
        if agent is not None:
            return agent
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head.i != tok.i:
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
                return None  # "as X reported" has its own subject or none
            tok = tok.head
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "Rubio, saying ..." / "with Rubio saying ..."
        return None
    return None


def _inverted_subject(cue: Token) -> Token | None:
    """The speaker of "..., said Jane Roe, a historian.": the subject after a cue that follows
    a comma, even when the parser also made the words before the comma a subject."""
    if cue.i == 0 or cue.doc[cue.i - 1].text not in (",", "—", "–"):
        return None
    return next((c for c in cue.rights if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _clause_extent(cue: Token, subject: Token | None, qindex: _QuoteIndex) -> tuple[int, int]:
    """Characters of the cue clause: the cue, its subject and its adverbial words."""
    toks = [cue]
    if (
        subject is not None
        and subject.head.i == cue.i
        or (subject is not None and subject.head.head.i == cue.i)
    ):
        toks.extend(subject.subtree)
    for child in cue.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
            toks.extend(t for t in child.subtree)
    toks = [t for t in toks if qindex.of_token(t) < 0 and not t.is_quote]
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _adjacent_cue(doc: Doc, q: QuoteSpan, cues: list[Token], qindex: _QuoteIndex) -> Token | None:
    """The cue whose clause stands right before or right after the quotation."""
    text = doc_text(doc)
    best: tuple[int, int, Token] | None = None
    for cue in cues:
        if cue.lower_ == "according":
            continue
        subject = subject_of(cue)
        lo, hi = _clause_extent(cue, subject, qindex)
        if lo >= q.end:
            if text[q.inner_start : q.inner_end].rstrip().endswith("."):
                continue  # '"... privacy." Still, he denied ...': the sentence ended in the quote
            gap = text[q.end : lo]
            side = 0  # the cue after the quote: the usual news order
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
        if side == 0 and (subject is None or subject.head.i != cue.i):
            continue  # after a quotation the cue clause has its own subject: "…," he said
        rank = (side, len(gap))
        if best is None or rank < best[:2]:
            best = (side, len(gap), cue)
    return best[2] if best else None


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
    # The object of the cue itself (told "Morning Joe"), not a description after "as".
    return span.root.dep_ in ("dobj", "dative", "compound", "poss", "appos", "nsubj")


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


def _opens_quote(text: str, hi: int, qstart: int) -> bool:
    """Before a quotation, a cue clause introduces it with a comma or colon (or nothing)."""
    gap = text[hi:qstart].strip()
    return gap in ("", ",", ":", "—", "–", "-", ", —")


def _candidate_for(cue: Token, kind: str, start: int, end: int, lexicon: Lexicon) -> Candidate:
    subject = subject_of(cue)
    if subject is not None and subject.is_quote or subject is not None and _in_quote_marks(subject):
        subject = None  # a parse that took quoted words for the speaker
    cand = Candidate(
        type=kind, start=start, end=end, cue_tokens=_cue_tokens(cue), cue_lemma=cue.lemma_.lower()
    )
    if subject is not None:
        cand.subject = mention_of(subject)
    cand.negated = any(c.dep_ == "neg" for c in cue.children)
    _attach_relay(cand, cue, lexicon)
    return cand


def _in_quote_marks(tok: Token) -> bool:
    """A token directly wrapped in quotation marks on its phrase's edges."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    before = doc[left - 1] if left > 0 else None
    first = doc[left]
    return bool(
        first.is_quote
        or before is not None
        and before.is_quote
        and before.i == left - 1
        and doc[right].i + 1 < len(doc)
        and doc[right + 1].is_quote
    )


def _cue_tokens(cue: Token) -> list[Token]:
    toks = [cue]
    for child in cue.children:
        if child.dep_ == "prt":
            toks.append(child)
    return sorted(toks, key=lambda t: t.i)


def _attach_relay(cand: Candidate, cue: Token, lexicon: Lexicon) -> None:
    """ "as reported by Sky News" next to a cue makes Sky News a relay, not the speaker."""
    for tok in cue.subtree:
        if tok.lemma_ in ("report", "cite", "quote", "publish") and tok.i != cue.i:
            agent = agent_of(tok)
            if agent is not None:
                span = _name_span(agent)
                cand.relay = span
                cand.relay_cue = tok.doc[min(tok.left_edge.i, tok.i) : span.end]
                return


def _name_span(tok: Token) -> Span:
    doc = tok.doc
    if tok.ent_type_:
        for ent in doc_ents(doc):
            if ent.start <= tok.i < ent.end:
                return ent
    return mention_of(tok)


def _reported(cue: Token, qindex: _QuoteIndex, lexicon: Lexicon) -> Candidate | None:
    """Indirect speech: the content clause of a cue verb, wherever the cue stands."""
    content: tuple[int, int] | None = None
    parts = [
        _with_swallowed_subject(cue, c, clause_chars(c, exclude=None))
        for c in cue.children
        if c.dep_ in CONTENT_DEPS
    ]
    parts = [p for p in parts if p is not None and not _walled_off(cue, p)]
    if parts:
        parts += _coordinated_content(cue, lexicon, after=max(p[1] for p in parts))
        # "X had become so bad, Mr. Obama noted, that Y": both sides are the content.
        content = (min(p[0] for p in parts), max(p[1] for p in parts))
    if content is None and cue.lemma_.lower() in ("say", "tell", "add", "write", "insist", "claim"):
        # "Solberg said after the vote she would not accept ...": a content clause the
        # parser attached as an adverbial clause (it has its own subject and no marker).
        for child in cue.children:
            unmarked = not any(g.dep_ == "mark" for g in child.children)
            if child.dep_ == "advcl" and child.i > cue.i and unmarked:
                if any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                    content = clause_chars(child, exclude=None)
                    break
    if content is None:
        content = _misattached_content(cue, lexicon)
    subject = subject_of(cue)
    if (
        subject is not None
        and lexicon.cue_class(cue.lemma_) in ("factive", "speculative")
        and subject.lemma_.lower() in PHYSICAL_EVIDENCE
    ):
        return None  # "the video showed that ...": evidence seen, not a statement made
    if is_relay_clause(cue):
        return None  # "..., as reported by Sky News": a relay of another attribution
    if content is None and _animate(subject, lexicon):
        content = _complement_content(cue)
    if content is None and cue.dep_ in ("parataxis", "advcl") and cue.head.i != cue.i:
        content = _host_clause_content(cue, subject)
        if content is None and not (
            cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.lemma_.lower() in GIVEN_REASONS
        ):
            # Only a reason given in passing ("..., citing rising costs") has more to say;
            # "..., underscoring the role of X" is mostly the writer's gloss.
            return None
    if content is None and cue.dep_ == "ROOT":
        content = _colon_content(cue) or _trailing_cue_content(cue, subject)
    if content is None and cue.lemma_.lower() in NAMING_CUES and _animate(subject, lexicon):
        content = _naming_content(cue)
    if content is None and cue.lemma_.lower() in OBJECT_CUES and _animate(subject, lexicon):
        content = _object_content(cue)
    if content is None:
        content = _finding_content(cue, subject)
    aside = None
    if content is None:
        aside = _source_aside(cue)
        if aside is None:
            return None
        content = aside[0]
    start, end = content
    if end - start < 8 or not _claim_like(cue, start, end):
        return None
    # The cue must stand outside its own content (parataxis may sit in the middle).
    cand = _candidate_for(cue, "indirect", start, end, lexicon)
    cand.rule = rule_of(content, "reported-ccomp")
    if aside is not None:
        cand.subject = aside[1]
    if cand.subject is None and cue.dep_ != "ROOT" and not cand.relay:
        cand.confidence = 0.4
    return cand


def _walled_off(cue: Token, part: tuple[int, int]) -> bool:
    """A clause before the cue behind a colon or semicolon ("They lean left: 42% say they
    are liberal"): the writer's own sentence, which the parser hung on the cue."""
    if part[1] > cue.idx:
        return False
    doc = cue.doc
    between = doc.char_span(part[1], cue.idx, alignment_mode="expand")
    return between is not None and any(t.text in (":", ";") for t in between)


def _with_swallowed_subject(
    cue: Token, clause: Token, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Give back the subject the parser took from a content clause.

    In "said about half of the rise reflected tax cuts" the subject "about half of the rise"
    was read as the cue's prepositional phrase, leaving "reflected tax cuts" finite and
    subjectless. A finite clause needs a subject, so the words between the cue and the
    clause (a phrase hung on the cue, no punctuation) are its subject.
    """
    if span is None or clause.i < cue.i or clause.tag_ not in _FINITE:
        return span
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return span
    between = cue.doc[cue.i + 1 : clause.left_edge.i]
    if not len(between) or any(t.is_punct for t in between):
        return span
    heads = [t for t in between if t.head.i == cue.i]
    if not heads or any(h.dep_ not in ("prep", "npadvmod", "advmod") for h in heads):
        return span
    if heads[0].i != between.start or heads[0].lower_ in _SUBORDINATORS:
        return span
    return between[0].idx, span[1]


# Sources whose findings are claims a fact-checker checks: "the poll shows X ahead".
DOCUMENTARY_SOURCES = {
    "poll", "survey", "study", "record", "data", "report", "analysis", "figure", "number",
    "census", "filing", "document", "audit", "research", "statistic", "tally", "review",
    "investigation", "estimate", "projection", "count", "result",
}
FINDING_CUES = {"show", "find", "indicate", "suggest"}


@content_rule("finding-object")
def _finding_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """ "A new poll shows the mayor and Roe in a dead heat", "the survey found 59 percent
    of islanders against the bridge": what a poll, study or record shows, stated as an
    object and its predicate rather than a "that" clause."""
    if subject is None or cue.lemma_.lower() not in FINDING_CUES:
        return None
    if subject.lemma_.lower() not in DOCUMENTARY_SOURCES or subject.i > cue.i:
        return None
    if not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "NUM") for c in cue.children):
        return None
    lo, hi = paragraph_of(cue)
    toks = [t for t in cue.doc[cue.i + 1 : cue.right_edge.i + 1] if t.idx < hi]
    while toks and toks[-1].is_punct and not toks[-1].is_quote:
        toks = toks[:-1]
    if len(toks) < OBJECT_MIN_WORDS:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


@content_rule("parenthetical-cue")
def _host_clause_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """The clause a parenthetical or trailing cue attributes: "The plan, he noted, goes
    beyond ...", "The cooperation would take place ..., he said.", "As Nordic News
    reported, ..."."""
    head = cue.head
    if head.pos_ not in ("VERB", "AUX") and cue.dep_ == "parataxis":
        head = cue.sent.root  # "The difference now, he told me, is that ..."
    if cue.dep_ == "advcl" and not any(c.lower_ == "as" and c.dep_ == "mark" for c in cue.children):
        return None  # "..., saying ..." is a speech act of its own, not a frame for its host
    if subject is None and not any(c.dep_ == "nsubjpass" for c in cue.children):
        return None
    content = clause_chars(head, exclude=cue)
    if content is not None and cue.dep_ == "parataxis" and content[1] > cue.idx:
        # "Though the first merger went smoothly, he said, a second would cost more": the
        # opening clause the parser hung on the cue is the first half of the claim.
        lead = [c for c in cue.lefts if c.dep_ in ("advcl", "ccomp", "prep")
                and c.sent.start == cue.sent.start]
        if lead:
            content = (min(content[0], lead[0].left_edge.idx), content[1])
    return content


def _coordinated_content(cue: Token, lexicon: Lexicon, after: int) -> list[tuple[int, int]]:
    """Second content clauses the parser coordinated with the cue instead of the first one.

    "predicted that fees would rise, but that the cranes would pay for themselves" and "says
    Varga is a close friend and it's his own business": a clause joined to the cue after its
    content, marked by "that" or with a subject of its own. A joined clause that is another
    speech act ("and Solberg replied that ...") or has no subject ("and left") is not.
    """
    found: list[tuple[int, int]] = []
    for child in cue.rights:
        if child.dep_ != "conj" or child.idx < after or child.pos_ not in ("VERB", "AUX"):
            continue
        if child.sent.start != cue.sent.start or _is_cue(child, lexicon):
            continue
        marked = that_marker(child) is not None
        subject = next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if not marked and (subject is None or subject.lower_ in ("who", "which", "that")):
            continue
        if any(_is_cue(g, lexicon) and g.dep_ in ("ccomp", "xcomp") for g in child.children):
            continue
        span = clause_chars(child, exclude=None)
        if span is not None:
            found.append(span)
    return found


# Words that open a circumstance, never what was said ("said before he retired").
_SUBORDINATORS = {"when", "before", "after", "while", "because", "since", "until", "although",
                  "though", "once", "whenever", "unless"}
# Cues of knowing, believing and feeling: a claim when they hold a statement, nothing
# when they hold a question ("we know how tempting it is", "wonders whether").
_MENTAL_CUES = {"know", "feel", "think", "believe", "hope", "fear", "worry", "suspect",
                "guess", "expect", "doubt", "understand", "determine", "discover"}
# Cues whose content may be an indirect question ("asked when ...", "explained why ...").
_QUESTION_CUES = {"ask", "wonder", "question", "explain", "tell", "decide", "describe",
                  "show", "reveal", "disclose", "say"}


def _claim_like(cue: Token, start: int, end: int) -> bool:
    """Content that reads as a claim: not a time clause, not a clause missing its subject."""
    span = cue.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    # "But even after the growth cooled": a conjunction and a focus word lead into the clause.
    first = next(
        (t for t in span[:3] if t.dep_ != "cc" and t.lower_ not in ("even", "just", "only")),
        span[0],
    )
    if first.lower_ in _SUBORDINATORS and first.dep_ in ("mark", "advmod") and (
        first.head.i == root.i or first.head.i == cue.i
    ):
        # The whole content is the circumstance; "when" may still open an indirect question.
        if first.lower_ != "when" or cue.lemma_.lower() not in _QUESTION_CUES or (
            root.dep_ == "advcl"
        ):
            return False
    asks = first.tag_ in ("WP", "WRB", "WDT", "WP$") and not first.lower_.endswith("ever")
    asks = asks or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in root.children)
    if cue.lemma_.lower() in _MENTAL_CUES and first.i > cue.i and asks:
        # "voters know what is in the returns": a question, nobody's claim (but "a plan
        # which he believes will work" states his belief)
        return False
    finite = root.tag_ in _FINITE
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children)
    # "says is wrong unless shown otherwise": a finite verb without its subject is a broken parse
    return not (finite and root.dep_ == "ccomp" and not has_subject and root.i > cue.i)


@content_rule("reported-misparsed")
def _misattached_content(cue: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """A content clause the parser hung in the wrong place, found by its shape.

    "said dredging the channel could bring ..." (a gerund subject parsed as the cue's xcomp,
    the real verb below it) and "said in one of a series of posts that the crane was ..." (a
    "that" clause with its own subject hung on a noun of the cue's prepositional phrase:
    a relative clause has "that" as its subject or object, never as a marker).
    """
    for child in cue.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and any(
            g.dep_ == "ccomp" for g in child.children
        ):
            return clause_chars(child, exclude=None)
        # "reported that the decision ... was taken": the clause's subject read as the object
        that = that_marker(child)
        if that is not None and that.i < child.i and child.dep_ in ("dobj", "npadvmod", "attr"):
            span = clause_chars(child, exclude=None)
            return (that.nbor(1).idx, span[1]) if span else None
    # "Several papers reported on Monday the harbour board had ...": the cue read as a
    # reduced relative of the speaker, who then shares the main verb with the real subject.
    head, root = cue.head, cue.head.head
    if (
        cue.dep_ == "acl"
        and cue.tag_ in ("VBD", "VBN")
        and head.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.i > cue.right_edge.i
        and not any(c.dep_ in ("agent", "dobj", "ccomp") for c in cue.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i for c in root.children)
    ):
        return clause_chars(root, exclude=head)
    for child in cue.rights:
        if child.dep_ not in ("prep", "dobj", "dative"):
            continue
        for tok in child.subtree:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("relcl", "acl", "ccomp"):
                continue
            subject = any(
                g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                for g in tok.children
            )
            if that_marker(tok) is None or not subject:
                continue
            noun = tok.head.lemma_.lower()
            if cue.lemma_.lower() in OBJECT_CUES and (
                noun in HEARSAY_NOUNS or noun in lexicon.speech_nouns
            ):
                continue  # "pointed to reports that ...": the object is the claim
            return clause_chars(tok, exclude=None)
    return None


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


def _animate(subject: Token | None, lexicon: Lexicon) -> bool:
    """A subject that can speak: a person, an organisation, a pronoun for one, or a role."""
    if subject is None:
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if subject.lower_ in ("he", "she", "they", "i", "we", "who"):
        return True  # "who" stands for a person ("a senator who vowed to ...")
    if subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
        return _animate(subject.head.head, lexicon)  # "the group, which accused ..."
    return subject.lemma_.lower() in lexicon.roles or subject.lemma_.lower() in _SPEAKER_NOUNS


_SPEAKER_NOUNS = {
    "station",
    "network",
    "newspaper",
    "paper",
    "outlet",
    "broadcaster",
    "website",
    "bank",
    "firm",
    "company",
    "association",
    "organization",
    "organisation",
    "foundation",
    "union",
    "board",
    "commission",
    "office",
    "council",
    "ministry",
    "agency",
    "authority",
    "regulator",
    "lawyer",
    "attorney",
    "prosecutor",
    "judge",
    "senator",
    "governor",
    "president",
    "mayor",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "campaign",
    "government",
    "department",
    "group",
    "party",
    "administration",
    "committee",
    "court",
    "police",
    "candidate",
    "nominee",
    "lawmaker",
    "critic",
    "activist",
    "expert",
    "analyst",
    "source",
    "aide",
    "advocate",
    "leader",
}


@content_rule("naming-object")
def _naming_content(cue: Token) -> tuple[int, int] | None:
    """ "called the deal a total disaster": what was named and what it was called."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    oprd = next((c for c in cue.children if c.dep_ in ("oprd", "xcomp") and c.i > cue.i), None)
    if obj is None or oprd is None or obj.tag_ in ("WP", "WDT"):
        return None  # "what he called the root causes": a phrase inside someone's clause
    return obj.left_edge.idx, oprd.right_edge.idx + len(oprd.right_edge)


@content_rule("object-claim")
def _object_content(cue: Token) -> tuple[int, int] | None:
    """ "called for a ban on ...", "cited rising costs", "denied the allegations": a noun
    phrase that states what was said, when it is long enough to be a claim."""
    for child in cue.children:
        obj = None
        if child.dep_ == "dobj":
            obj = child
        elif child.dep_ == "prep" and child.lower_ == "to" and cue.lemma_.lower() == "point":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)  # "pointed to"
        elif (
            child.dep_ == "prep" and child.lower_ in ("for", "on") and cue.lemma_.lower() == "call"
        ):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ == "PRON":
            continue
        if obj.lemma_.lower() in HEARSAY_NOUNS and cue.lemma_.lower() in DENIAL_OF_HEARSAY:
            continue  # "dismissed speculation that ...": the hedge tagger reports that claim
        toks = [t for t in obj.subtree if not t.is_punct]
        if len(toks) >= OBJECT_MIN_WORDS:
            return clause_chars(obj, exclude=None)
    return None


@content_rule("speech-act-complement")
def _complement_content(cue: Token) -> tuple[int, int] | None:
    """What a promise or a judgement says, when it is not a "that" clause.

    "vowed to repeal the law" -> "to repeal the law"; "accused him of lying" ->
    "him of lying". A bare object ("criticized the mayor") states no claim: nothing.
    """
    lemma = cue.lemma_.lower()
    if lemma in COMMISSIVE_CUES:
        for child in cue.rights:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                to = next((g for g in child.children if g.dep_ == "aux" and g.lower_ == "to"), None)
                if to is not None and to.i > cue.i:
                    end = clause_chars(child, exclude=None)
                    return (to.idx, end[1]) if end else None
        return None
    preps = JUDGING_CUES.get(lemma)
    if not preps:
        return None
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in ("WP", "WDT"):
        return None
    # The charge hangs on the verb ("accused him of lying") or, at times, on the object.
    prep = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ in preps
                 and c.i > obj.i), None)
    if prep is None:
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    lo, hi = paragraph_of(cue)
    last = prep.right_edge
    while last.is_punct and last.i > prep.i:
        last = cue.doc[last.i - 1]
    start, end = obj.left_edge.idx, last.idx + len(last)
    if start < lo or end > hi:
        return None
    return start, end


@content_rule("trailing-cue")
def _trailing_cue_content(cue: Token, subject: Token | None) -> tuple[int, int] | None:
    """ "Ferry fares unlikely to fall before spring, officials say.": a cue
    closing its sentence after a comma, what comes before it (verb or not) is the content."""
    if subject is None:
        return None
    sent, doc = cue.sent, cue.doc
    if any(not t.is_punct for t in doc[cue.right_edge.i + 1 : sent.end]):
        return None
    inverted = subject.i > cue.i
    blocking = ("dobj", "ccomp", "xcomp") if inverted else ("dobj", "ccomp", "xcomp", "prep")
    if any(c.dep_ in blocking for c in cue.children):
        return None  # "..., members complained to the board": not a cue closing a claim
    # "..., officials say." / "..., said Jane Roe, a historian."
    comma = subject.left_edge.i - 1 if subject.i < cue.i else cue.i - 1
    if comma <= sent.start + 2 or doc[comma].text not in (",", "—", "–"):
        return None
    return _claim_before(doc, sent.start, comma)


def _claim_before(doc: Doc, start: int, comma: int) -> tuple[int, int] | None:
    """The words from ``start`` up to the comma before a closing cue, when they state
    something rather than only set the scene."""
    first = doc[start]
    while first.dep_ == "cc" and first.i + 1 < comma:
        first = doc[first.i + 1]  # "But when ...": the conjunction says nothing of the clause
    if first.tag_ == "VBG":
        return None  # "Speaking on Monday, Roe agreed.": a circumstance, not a claim
    if first.tag_ == "IN" or first.lower_ in _SUBORDINATORS:
        # "As news spread, members complained." is only a circumstance; "As the rally began,
        # a girl was hurt, police said." has a main clause after it.
        inner = next((t.i for t in doc[start:comma] if t.text == ","), comma)
        if not any(t.tag_ in _FINITE for t in doc[inner:comma]):
            return None
    last = doc[comma - 1]
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last)



_ASIDE_WORDS = 8  # words a source may take in "..., campaign finance records show."


def _source_aside(cue: Token) -> tuple[tuple[int, int], Span] | None:
    """ "The ferry was insured for $35 million, port records show, and ...": a source and
    its cue set off by commas after the claim, found by the words around them.

    The small parser often gets these wrong ("records show" read as a compound noun and
    a clause of its own), so the shape decides: a comma, a short phrase with a noun and no
    verb of its own, a finite cue, then a comma or the end of the sentence. The claim is the
    sentence up to that first comma.
    """
    doc, sent = cue.doc, cue.sent
    if cue.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    after = doc[cue.i + 1] if cue.i + 1 < sent.end else None
    if after is not None and after.text not in (",", ".", ";", "—", "–"):
        return None
    k = cue.i - 1
    while k > sent.start and cue.i - k <= _ASIDE_WORDS and not doc[k].is_punct:
        k -= 1
    if k <= sent.start + 2 or doc[k].text not in (",", "—", "–") or k == cue.i - 1:
        return None
    source = doc[k + 1 : cue.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in source) or any(
        t.tag_ in _FINITE or t.lower_ in ("who", "which", "that")
        for t in source
    ):
        return None
    seen_noun = False
    for t in source:
        if t.tag_ in ("DT", "PRP$", "PRP") and seen_noun:
            return None  # "..., a goal his advisers share": a relative clause, no aside
        seen_noun = (seen_noun or t.pos_ in ("NOUN", "PROPN")) and t.pos_ != "ADP"
    if not any(t.tag_ in _FINITE for t in doc[sent.start : k]):
        return None  # the parse could not find a statement before the aside
    claim = _claim_before(doc, sent.start, k)
    if claim is None:
        return None
    # The speaker is the phrase's head: its last noun ("records" in "port records").
    head = max((t for t in source if t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
    return tagged(claim, "source-aside"), doc[source.start : head.i + 1]


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


def _according_to(cue: Token, qindex: _QuoteIndex, lexicon: Lexicon) -> Candidate | None:
    """ "According to X, content" and "content, according to X"."""
    to = cue.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in cue.children if c.dep_ == "pobj"), None)
    if source is None:
        # "according to port insiders": the parser made the source a verb phrase
        source = next((c for c in to.children if c.dep_ in ("pcomp", "dobj")), None)
        if source is not None:
            source = next((c for c in source.children if c.dep_ in ("dobj", "pobj")), source)
    if source is None:
        return None
    head = cue.head if cue.head.i != cue.i else None
    if head is None or head.i == cue.i:
        return None
    clause = head.sent.root
    if lexicon.cue_class(clause.lemma_) is not None:
        clause = head  # "He said that, according to X, ...": keep to the inner clause
        while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
    content = clause_chars(clause, exclude=cue)
    later = [c for c in clause.rights if c.dep_ == "conj" and c.left_edge.i > cue.right_edge.i]
    if content is not None and later and cue.i > clause.i:
        # "The ferry carried 4,000 people, according to the port, but the operator ...": the source
        # vouches for the clause it closes, not for the writer's next one.
        stop = later[0].left_edge.i - 1
        doc = cue.doc
        while stop > clause.i and (doc[stop].is_punct or doc[stop].dep_ == "cc"
                                   or doc[stop].i >= cue.left_edge.i):
            stop -= 1
        content = (content[0], doc[stop].idx + len(doc[stop]))
    if content is None or content[1] - content[0] < 8:
        return None
    cand = Candidate(
        type="according_to",
        start=content[0],
        end=content[1],
        cue_tokens=[cue, to],
        cue_lemma="according to",
        subject=mention_of(source),
        according_to=True,
        rule="according-to",
    )
    return cand


def _named_by_cue(
    doc: Doc, q: QuoteSpan, qindex: _QuoteIndex, lexicon: Lexicon
) -> Candidate | None:
    """ "described it as “probably the best …”", "what he called 'root causes'"."""
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    tok: Token = root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.lemma_.lower() in NAMING_CUES and qindex.of_token(head) < 0:
            start = _named_object_start(head, q, qindex)
            cand = _candidate_for(head, "mixed", start, q.inner_end, lexicon)
            cand.rule = "naming-object"
            cand.quotes = [q]
            cand.confidence = 0.6
            return cand
        if (
            tok.dep_ in ("dobj", "pobj", "prep")
            and len(re.findall(r"\w+", doc_text(doc)[q.inner_start : q.inner_end])) >= 2
            and not _quoted_name(doc, q)
            and _is_cue(head, lexicon)
            and qindex.of_token(head) < 0
            and _animate(subject_of(head), lexicon)
        ):
            # 'expressed appreciation for the port's "balanced approach"': the speaker's
            # own words, quoted inside the object of their speech act.
            cand = _candidate_for(head, "mixed", q.inner_start, q.inner_end, lexicon)
            cand.rule = "quoted-in-object"
            cand.quotes = [q]
            cand.confidence = 0.6
            return cand
        tok = head
    return None


# Naming verbs whose record keeps what was named: "called the plan 'a disaster'" says
# little without "the plan"; "described it as" reads as a description of the quote alone.
_OBJECT_NAMING = {"call", "term", "dub", "label", "brand"}


def _named_object_start(cue: Token, q: QuoteSpan, qindex: _QuoteIndex) -> int:
    """Where a naming record starts: at the named object ("called the plan 'a disaster'"),
    or at the quotation itself when there is none, another quotation stands between them
    (it has its own record), or the verb is "describe"."""
    if cue.lemma_.lower() not in _OBJECT_NAMING:
        return q.inner_start
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.tag_ in ("WP", "WDT") or obj.idx >= q.start:
        return q.inner_start
    start = obj.left_edge.idx
    lo, _ = paragraph_of(cue)
    if start < lo or q.start - start > 200 or any(k >= 0 for k in qindex.owner[start : q.start]):
        return q.inner_start
    return start


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


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per content span; where two overlap heavily, keep the better founded."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in cands:
        dup = None
        for j in range(max(0, len(kept) - 6), len(kept)):
            k = kept[j]
            inter = min(k.end, c.end) - max(k.start, c.start)
            if inter <= 0:
                continue
            longer = max(k.end - k.start, c.end - c.start)
            if inter >= 0.8 * longer:
                dup = j
                break
        if dup is None:
            kept.append(c)
        elif _rank(c) > _rank(kept[dup]):
            kept[dup] = c
    kept.sort(key=lambda c: c.start)
    return kept


def _rank(c: Candidate) -> tuple[int, int, float]:
    return (int(c.subject is not None), int(not c.floating), c.confidence)
