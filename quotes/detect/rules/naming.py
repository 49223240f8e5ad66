"""Rules ``naming-object`` and ``quoted-in-object``: a quotation or phrase that names or
describes something, and words quoted inside the object of a speech act.

- naming-object: 'described the repairs as "cosmetic at best"', 'called the deal "a
  disaster"', 'called the deal a total disaster' (what was named belongs to the claim)
- quoted-in-object: 'expressed appreciation for the port's "balanced approach"'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.detect.candidate import Candidate, content_rule
from quotes.detect.clauses import (
    paragraph_of,
)
from quotes.detect.cues import (
    _FINITE,
    _animate,
    _candidate_for,
    _is_cue,
    _naming_participle,
    subject_of,
)
from quotes.detect.quote_index import NAMING_CUES, _quoted_name, _QuoteIndex, named_thing
from quotes.detect.quote_marks import QuoteSpan
from quotes.doctext import doc_text
from quotes.lexicon import Lexicon


def _named_by_cue(
    doc: Doc, q: QuoteSpan, qindex: _QuoteIndex, lexicon: Lexicon
) -> Candidate | None:
    """ "described it as “probably the best …”", "what he called 'root causes'"."""
    if named_thing(doc, q):
        return None  # 'a forum called "XDA Developers"': a name, nobody's description
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
            if _naming_participle(head):
                return None  # 'the system, simply called "loop," is ...': a name given
            if naming_convention(head):
                return None  # 'Engineers call such a leak a "frac-out"': a usage, no claim
            start = _named_object_start(head, q, qindex)
            # With the named object, the record runs to the closing mark it opened with.
            end = q.end if start < q.start else q.inner_end
            cand = _candidate_for(head, "mixed", start, end, lexicon)
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
        if head.pos_ in ("VERB", "AUX") and head.tag_ in _FINITE:
            # 'called her "disgusting" and referred to her "sex tape"': a quotation hangs on
            # the nearest finite verb; one that names nothing does not pass it on to a naming
            # cue ('described it as being in "the suburbs"' passes through "being").
            return None
        tok = head
    return None


def naming_convention(cue: Token) -> bool:
    """A naming verb in the present with a bare plural subject and a name of two words at
    most ("Teammates call him 'the Mailman'", "Engineers call such a leak a 'frac-out'"):
    how a group habitually names something, a nickname or a term, not a statement. A
    capitalised nickname others give counts in any tense and from any subject."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    named = next((c for c in cue.children if c.dep_ in ("oprd", "xcomp", "attr")
                  and c.i > cue.i), None)
    relative = _relative_object(cue)
    if named is None and relative:
        # "whom members have taken to calling 'the Auditor'": the one named is the
        # relative pronoun; the parser made the name the object
        named = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    words = 0
    if named is not None:
        for t in cue.doc[named.left_edge.i : named.right_edge.i + 1]:
            if t.i > named.i and t.is_punct:
                break  # 'him "the Mailman," a nickname ...': the name ends at its mark
            words += not t.is_punct and t.dep_ != "det"
    short = named is not None and words <= 2
    self_named = any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in cue.children)
    someone = relative or any(c.dep_ == "dobj" for c in cue.children)
    if short and someone and named is not None and _capitalised(named) and not (
        self_named or _title_case(cue.sent)
    ):
        # 'whose training partners call her "the Metronome"', 'fans called him "Mr. Clutch"':
        # a nickname others give (one given oneself, 'calls herself "The Lioness"', is
        # one's own words; a headline capitalises everything)
        return True
    return (
        cue.tag_ in ("VBP", "VBZ")
        and subject is not None
        and subject.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
        # a name or a term ("the Gate", "a frac-out"); "Critics call the plan 'a giveaway
        # to developers'" says what they think of it
        and short
    )


def _relative_object(cue: Token) -> bool:
    """ "whom ... calling", "which fans call": a relative pronoun object on the cue or on a
    verb it hangs under, within its relative clause."""
    tok = cue
    for _ in range(3):
        if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children):
            return True
        if tok.dep_ == "relcl" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _title_case(sent: Span) -> bool:
    """A headline's capitals: most words of the sentence capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.6


def _capitalised(named: Token) -> bool:
    """Every word of the named phrase but its article capitalised: a name, not a judgement."""
    doc = named.doc
    span = doc[named.left_edge.i : named.right_edge.i + 1]
    quoted = span[0].is_quote or span.start > 0 and doc[span.start - 1].is_quote or (
        span.start > 1 and doc[span.start - 1].dep_ == "det" and doc[span.start - 2].is_quote)
    words = [t for t in span if not t.is_punct and t.dep_ != "det"]
    # the quoted words themselves ('called Trump a "pathological liar"' names no one)
    return quoted and bool(words) and all(t.text[:1].isupper() for t in words)


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
    doc = cue.doc
    if obj.pos_ == "PRON" and obj.right_edge.i == obj.i and obj.i + 1 < len(doc) and (
        doc[obj.i + 1].idx >= q.start or doc[obj.i + 1].lower_ == "as"
        and obj.i + 2 < len(doc) and doc[obj.i + 2].idx >= q.start
    ):
        # 'called it "unfair"', 'described herself as "tired"': the words said. ('called
        # them, in an article last week, "X"' keeps its object: the words run together.)
        return q.inner_start
    start = obj.left_edge.idx
    lo, _ = paragraph_of(cue)
    if start < lo or q.start - start > 200 or any(k >= 0 for k in qindex.owner[start : q.start]):
        return q.inner_start
    return start


# Relative pronouns that stand for the thing named, which stands outside the clause:
# "Vik, who he calls a born sailor". ("what Lavrov called the root causes" is a phrase inside
# the writer's clause, and stays out.)
_RELATIVE_OBJECTS = {"who", "whom"}
_QUOTE_CHARS = set("\"'“”‘’«»")


def _unquoted(span: tuple[int, int], doc_text_: str) -> tuple[int, int] | None:
    """The span, when it holds no quotation mark (a quoted description has its own rule)."""
    return None if _QUOTE_CHARS & set(doc_text_[span[0] : span[1]]) else span


@content_rule("naming-object")
def _naming_content(cue: Token) -> tuple[int, int] | None:
    """ "called the deal a total disaster": what was named and what it was called;
    "described herself as the most careful member": the description; "Vik, who he calls
    a born sailor": what the person named was called (they stand outside the clause)."""
    if naming_convention(cue):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    oprd = next((c for c in cue.children if c.dep_ in ("oprd", "xcomp") and c.i > cue.i), None)
    if obj is not None and obj.i < cue.i and obj.lower_ in _RELATIVE_OBJECTS and oprd is None:
        oprd = next((c for c in cue.children if c.dep_ in ("attr", "dobj") and c.i > cue.i), None)
    if oprd is None and cue.lemma_.lower() in ("describe", "characterize", "characterise"):
        as_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"
                    and c.i > cue.i), None)
        pobj = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ else None
        if obj is not None and pobj is not None and len(list(pobj.subtree)) >= 3:
            span = (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
            return _unquoted(span, doc_text(cue.doc))
        return None
    if obj is None or oprd is None:
        return None
    if oprd.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in oprd.children) and not any(
            c.lower_ == "on" for c in cue.children):
        # "calling relatives to arrange child care": phoning them, naming nothing ("call on
        # young people to serve" is a request, and stays)
        return None
    if obj.lower_ in _RELATIVE_OBJECTS and obj.i < cue.i:
        if len(list(oprd.subtree)) < 3:
            return None  # "who she calls a hero": too short to be a claim
        span = (oprd.left_edge.idx, oprd.right_edge.idx + len(oprd.right_edge))
        return _unquoted(span, doc_text(cue.doc))
    if obj.tag_ in ("WP", "WDT"):
        return None  # "what he called the root causes": a phrase inside someone's clause
    if obj.pos_ == "PRON" and obj.right_edge.i == obj.i and obj.i + 1 == oprd.left_edge.i:
        obj = oprd  # "called it a rookie mistake": what was said is the description
    return obj.left_edge.idx, oprd.right_edge.idx + len(oprd.right_edge)
