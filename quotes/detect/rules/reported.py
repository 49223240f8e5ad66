"""Rules ``reported-ccomp`` and ``reported-misparsed``: the content clause of a cue verb.

- reported-ccomp: 'The mayor said the ferry was safe.', 'Roe said after the vote she would
  not accept it.' (a content clause parsed as an adverbial one)
- reported-misparsed: 'said dredging the channel could bring ...', 'said in one of a series
  of posts that the crane was ...' (a content clause the parser hung in the wrong place)

``_reported`` also tries, in turn, the other content finders of a cue verb (trailing and
parenthetical cues, colon blocks, objects, promises and judgements, findings, asides); the
span each returns carries its rule name.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.detect.candidate import Candidate, content_rule, rule_of
from quotes.detect.clauses import (
    clause_chars,
    is_relay_clause,
    that_marker,
)
from quotes.detect.cues import (
    _FINITE,
    _SUBORDINATORS,
    PHYSICAL_EVIDENCE,
    TELLING_CUES,
    _animate,
    _candidate_for,
    _is_cue,
    is_hearer,
    participle_aside,
    reads_events,
    subject_in_clause_before,
    subject_of,
)
from quotes.detect.quote_index import NAMING_CUES, _QuoteIndex
from quotes.detect.rules.colon_block import _colon_content
from quotes.detect.rules.finding import DOCUMENTARY_SOURCES, _finding_content
from quotes.detect.rules.naming import _naming_content
from quotes.detect.rules.object_claim import (
    GIVEN_REASONS,
    HEARSAY_NOUNS,
    OBJECT_CUES,
    _object_content,
)
from quotes.detect.rules.parenthetical import _host_clause_content
from quotes.detect.rules.source_aside import _source_aside
from quotes.detect.rules.speech_act import _complement_content
from quotes.detect.rules.trailing_cue import _trailing_cue_content
from quotes.detect.tree import subtree
from quotes.doctext import doc_text
from quotes.lexicon import Lexicon

CONTENT_DEPS = {"ccomp"}


def _reported(cue: Token, qindex: _QuoteIndex, lexicon: Lexicon) -> Candidate | None:
    """Indirect speech: the content clause of a cue verb, wherever the cue stands."""
    content: tuple[int, int] | None = None
    # "The Office, which vets companies deemed vital, said ...": the clause before the cue
    # holds its subject, not its content
    hidden_subject = subject_in_clause_before(cue) is not None
    parts = [
        _with_swallowed_subject(cue, c, clause_chars(c, exclude=None))
        for c in cue.children
        if c.dep_ in CONTENT_DEPS and not _subjectless_quoted(c, cue, qindex)
        and not _own_statement_before(c, cue, lexicon)
        and not (hidden_subject and c.i < cue.i)
        and not (c.i < cue.i and c == participle_aside(cue))
    ]
    parts = [p for p in parts if p is not None and not _walled_off(cue, p)]
    parts = _without_trailing_circumstance(cue, parts)
    if parts:
        parts += _coordinated_content(cue, lexicon, after=max(p[1] for p in parts))
        parts += _reason_given(cue, after=max(p[1] for p in parts))
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
    if reads_events(cue, subject, lexicon, DOCUMENTARY_SOURCES):
        return None  # "Tuesday's attack showed that ...": the writer's reading of events
    if is_relay_clause(cue):
        return None  # "..., as reported by Sky News": a relay of another attribution
    if content is None and _animate(subject, lexicon):
        content = _complement_content(cue)
    if (content is None and cue.dep_ in ("advcl", "relcl") and cue.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB")
                        for c in cue.children)):
        # "The guards fled, a worker present during the attack told Reuters.": a closing
        # cue the parser hung on the clause it closes
        content = _trailing_cue_content(cue, subject)
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


def _without_trailing_circumstance(
    cue: Token, parts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """With content before a trailing cue, a clause after it continues the claim only when
    "that" opens it ("X had become so bad, Obama noted, that Y"); "The toll rose to 40,
    officials said, as rescuers searched for more victims" goes on in the writer's words."""
    doc = cue.doc
    subjects = [c.idx for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(
        p[1] <= cue.idx and _a_clause(doc, p) and any(p[1] <= i < cue.idx for i in subjects)
        for p in parts
    ):
        # Not a trailing cue clause ("X, officials said"): "OTTAWA — Roe says ..." (a
        # dateline the parser hung on the cue), or a clause sharing the cue's subject.
        return parts
    text = doc_text(doc)
    kept = []
    for p in parts:
        if p[0] > cue.idx and not _THAT_BEFORE.search(text, max(0, p[0] - 8), p[0]) and (
            text[p[0] : p[0] + 5].lower() != "that "
        ):
            continue
        kept.append(p)
    return kept


_THAT_BEFORE = re.compile(r"\bthat[\s,\"“‘']*$", re.IGNORECASE)


def _a_clause(doc, part: tuple[int, int]) -> bool:
    """A span of three words or more with a verb: a clause, not a dateline or a name."""
    span = doc.char_span(part[0], part[1], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    return len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in words)


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


# Markers of a reason that belongs to what was said when it follows the content clause.
_REASON_MARKS = {"because"}


def _reason_given(cue: Token, after: int) -> list[tuple[int, int]]:
    """ "Roe said she is pleased with the study because it gives the council hard numbers":
    the parser hangs the "because" clause on the cue, but after the content it is the
    speaker's reason, part of the claim. (A time clause, "said ... after the vote", stays out.)"""
    found: list[tuple[int, int]] = []
    for child in cue.rights:
        if child.dep_ != "advcl" or child.idx < after or child.sent.start != cue.sent.start:
            continue
        if not any(g.dep_ == "mark" and g.lower_ in _REASON_MARKS for g in child.children):
            continue
        span = clause_chars(child, exclude=None)
        if span is not None:
            found.append(span)
    return found


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


def _own_statement_before(verb: Token, cue: Token, lexicon: Lexicon) -> bool:
    """ "She said the crews had been heroic; he said anyone ... should phone": a cue verb
    with its own subject, closed by a semicolon before this cue, is another speaker's
    statement the parser hung on this one, not what this one says."""
    if verb.i > cue.i or not _is_cue(verb, lexicon):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    between = verb.doc[verb.right_edge.i + 1 : cue.i]
    return any(t.text == ";" for t in between) or any(
        t.text == ";" and t.head.i == cue.i for t in verb.doc[verb.i : cue.i])


def _subjectless_quoted(verb: Token, cue: Token, qindex: _QuoteIndex) -> bool:
    """ 'told reporters at a briefing that crews had been pulled back after the fire "made
    a run ..."': a finite verb inside a quotation, with no subject, hung on the cue as its
    content is a broken parse; the real content clause is elsewhere."""
    return (
        verb.i > cue.i
        and verb.tag_ in _FINITE
        and qindex.of_token(verb) >= 0
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
    )


_PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it"})


@content_rule("reported-misparsed")
def _misattached_content(cue: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """A content clause the parser hung in the wrong place, found by its shape.

    "said dredging the channel could bring ..." (a gerund subject parsed as the cue's xcomp,
    the real verb below it) and "said in one of a series of posts that the crane was ..." (a
    "that" clause with its own subject hung on a noun of the cue's prepositional phrase:
    a relative clause has "that" as its subject or object, never as a marker), and "told
    deputies she had escaped" (the told clause read as a relative clause of the hearer) and
    "told RTÉ the fine sent ..." (read as a second object with a reduced relative clause).
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
    objects = [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
    if cue.lemma_.lower() in TELLING_CUES and len(objects) == 2:
        # "told RTÉ the fine sent a clear message": the hearer, then the content clause the
        # parser read as a noun with a reduced relative clause
        hearer, noun = objects
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if (
            verb is not None
            and is_hearer(hearer)
            and any(g.dep_ in ("dobj", "ccomp", "attr", "acomp") for g in verb.children)
        ):
            return clause_chars(noun, exclude=None)
    for child in cue.rights:
        # "Jayme told deputies she had escaped": the content clause read as a relative
        # clause of the hearer, whom a told clause's own "she" follows right away
        if (
            child.dep_ in ("dobj", "dative")
            and cue.lemma_.lower() in TELLING_CUES
            and is_hearer(child)
        ):
            for rel in child.rights:
                first = rel.left_edge
                if (
                    rel.dep_ == "relcl"
                    and first.i == child.i + 1
                    and first.dep_ in ("nsubj", "nsubjpass")
                    and first.lower_ in _PERSONAL_SUBJECTS
                    # a whole clause ("she had escaped", "he was upset"), not one with a
                    # gap where the object was ("the man he met at the bar")
                    and (rel.pos_ == "AUX" or any(
                        g.dep_ in ("aux", "auxpass", "dobj", "ccomp", "acomp", "attr")
                        for g in rel.children))
                ):
                    return clause_chars(rel, exclude=None)
    for child in cue.rights:
        if child.dep_ not in ("prep", "dobj", "dative"):
            continue
        for tok in subtree(child):
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("relcl", "acl", "ccomp"):
                continue
            subject = any(
                g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                for g in tok.children
            )
            # "told reporters at a briefing that crews had been pulled back": a clause with
            # a subject of its own has no room for a relative "that"; it is the marker
            that_subject = any(
                g.lower_ == "that" and g.dep_ in ("nsubj", "nsubjpass") for g in tok.children)
            if (that_marker(tok) is None and not that_subject) or not subject:
                continue
            noun = tok.head.lemma_.lower()
            if cue.lemma_.lower() in OBJECT_CUES and (
                noun in HEARSAY_NOUNS or noun in lexicon.speech_nouns
            ):
                continue  # "pointed to reports that ...": the object is the claim
            span = clause_chars(tok, exclude=None)
            that = next((g for g in tok.children if g.lower_ == "that" and g.i < tok.i), None)
            if span is not None and that is not None and that.idx == span[0]:
                return that.nbor(1).idx, span[1]  # the marker is not what was said
            return span
    return None
