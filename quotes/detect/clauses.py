"""Where a clause starts and stops on the dependency parse: the content of a cue, the
mention of a speaker, the complementizer that opens a clause.

Shared by the detectors of verbs (attributions.py) and nouns (nominal.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotes.detect.tree import subtree, subtree_ids
from quotes.doctext import line_bounds

COMPLEMENTIZERS = {"that", "whether", "if"}


def agent_of(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


# A body whose name lists its remit: "Department for Culture, Media and Sport",
# "Ministry of Environment, Food and Rural Affairs"; its commas are inside the name.
LISTED_REMIT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+)*(?:Department|Ministry|Minister|Secretary|Office|Committee|"
    r"Commission|Council|Board|Agency|Institute|School|Faculty|Centre|Center|Bureau|"
    r"Authority|Service|Division|Directorate)\s+(?:for|of)\s+[A-Z][\w'’-]*"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+,?\s+(?:and|&)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*")


def mention_of(subject: Token) -> Span:
    """The speaker mention as written: the subject phrase, without relative clauses."""
    doc = subject.doc
    start = subject.left_edge.i
    end = subject.i + 1
    for child in subject.rights:
        if child.dep_ in ("compound", "flat", "nummod", "amod"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with", "in"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    first = start + 1 if doc[start].dep_ == "det" else start
    listed = LISTED_REMIT.match(doc.text, doc[first].idx, subject.right_edge.idx + len(
        subject.right_edge))
    if listed is not None and listed.end() > doc[end - 1].idx + len(doc[end - 1]):
        # "The Ministry of Fisheries, Forests and Rural Affairs": the commas are the name's
        span = doc.char_span(doc[start].idx, listed.end(), alignment_mode="contract")
        if span is not None:
            end = span.end
    # "Vice-president": the pieces of a hyphenated word before it, whatever their arcs
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
        start = min(start, doc[start].left_edge.i)  # "The vice-president", "His ex-wife"
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == subject.head.i:
        start -= 1  # '"...," the 19-year-old said': the article the parser hung on the verb
    # Trim a leading conjunction or punctuation the parser put in the subtree.
    while start < end - 1 and doc[start].is_punct:
        start += 1
    for i in range(subject.i - 1, start - 1, -1):
        if (
            doc[i].is_punct
            and doc[i].text not in ("-", ".", "'", "’", "&")
            or doc[i].dep_ in ("relcl", "acl")
        ):
            start = i + 1
            break
    return doc[start:end]


def that_marker(tok: Token) -> Token | None:
    """The complementizer "that" marking ``tok``'s clause, if any (a relative "that" is the
    clause's subject or object, never its marker)."""
    return next((g for g in tok.children if g.dep_ == "mark" and g.lower_ == "that"), None)


def is_relay_clause(tok: Token) -> bool:
    """ "as reported by X", "as quoted by X": a passive report verb with an agent."""
    return (
        tok.lemma_ in ("report", "quote", "cite", "publish")
        and tok.dep_ in ("advcl", "acl", "conj", "parataxis")
        and agent_of(tok) is not None
    )


def clause_chars(head: Token, exclude: Token | None) -> tuple[int, int] | None:
    """Character span of a clause, without the complementizer, the excluded cue and end punctuation.

    A participial cue inside the clause ("..., saying the party needs to move on") is an
    attribution of its own, so its words are cut from this one. The clause never runs
    past the paragraph of its head.
    """
    skip: set[int] = set()
    if exclude is not None:
        skip = subtree_ids(exclude)
    walk = subtree(head)
    for tok in walk:
        if tok.i > head.i and is_relay_clause(tok):
            skip.update(subtree_ids(tok))  # "..., as reported by Nordic News"
            punct = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
            if punct is not None and punct.is_punct:
                skip.add(punct.i)
        if (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.i > head.i
            and tok.lemma_ in PARTICIPIAL_CUES
        ):
            skip.update(subtree_ids(tok))
            punct = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
            if punct is not None and punct.is_punct:
                skip.add(punct.i)
        joined = tok.dep_ == "conj" or tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas", "although", "though")
            for c in tok.children
        )
        if joined and tok.i > head.i and (
            tok.lemma_ in PARTICIPIAL_CUES and tok.tag_ in ("VBD", "VBZ", "VBP")
            or reporting_conj_host(tok) is not None
        ):
            # "... up in the air, while other members said ..." / "..., but said ...": a
            # speech act of its own joined to the content, with its own content.
            skip.update(subtree_ids(tok))
            skip.update(c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
    lo, hi = paragraph_of(head)
    toks = [t for t in walk if t.i not in skip and lo <= t.idx < hi]
    if exclude is not None:
        # Keep the larger contiguous side around a parenthetical cue, plus what it splits.
        toks = contiguous(toks, exclude)
    # Trimmed by moving two ends, not by re-slicing: a clause of punctuation marks would
    # make the slicing quadratic.
    lo_i, hi_i = 0, len(toks)
    while lo_i < hi_i and (
        toks[lo_i].lower_ in COMPLEMENTIZERS and toks[lo_i].dep_ == "mark" or toks[lo_i].is_punct
        # "said only that ...": the adverb before the complementizer bounds the saying
        or toks[lo_i].lower_ in _FOCUS_ADVERBS and lo_i + 1 < hi_i
        and toks[lo_i + 1].lower_ == "that" and toks[lo_i + 1].dep_ == "mark"
    ):
        lo_i += 1
    # End punctuation and a dangling conjunction ("... should be published but") go.
    while lo_i < hi_i and (
        toks[hi_i - 1].is_punct and not toks[hi_i - 1].is_quote or toks[hi_i - 1].dep_ == "cc"
    ):
        hi_i -= 1
    while lo_i < hi_i and toks[lo_i].is_punct and not toks[lo_i].is_quote:
        lo_i += 1
    if lo_i >= hi_i:
        return None
    return toks[lo_i].idx, toks[hi_i - 1].idx + len(toks[hi_i - 1])


_FOCUS_ADVERBS = frozenset({"only", "simply", "merely", "just", "also", "even"})

PARTICIPIAL_CUES = {
    "say",
    "add",
    "note",
    "tell",
    "write",
    "explain",
    "argue",
    "claim",
    "insist",
    "warn",
}


# Verbs a reporter strings onto a speaker's statement ("said ... and confirmed it would ...").
_REPORTING_CONJ_CUES = frozenset({"say", "add", "confirm", "note", "announce", "insist",
                                   "stress", "warn", "acknowledge", "pledge", "promise"})
# Auxiliaries that mark a clause as reported (backshifted): "that Navarro had been ..."
_BACKSHIFT_AUX = frozenset({"had", "would", "could", "might", "should"})


def reporting_conj_host(tok: Token) -> Token | None:
    """The outer cue a speech verb is strung onto when the parser joined it to the reported
    clause instead: in "The association said that Navarro had been 'an ambassador' and
    confirmed it would honour her", "confirmed" (past, no subject, with words of its own)
    follows a backshifted clause, so the association confirmed, not Navarro. None for
    any other verb."""
    head = tok.head
    if (
        tok.dep_ != "conj"
        or tok.tag_ != "VBD"
        or tok.lemma_.lower() not in _REPORTING_CONJ_CUES
        or head.dep_ != "ccomp"
        or head.i > tok.i
        or head.head.pos_ != "VERB"
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        or not any(c.dep_ in ("ccomp", "dobj") for c in tok.children)
        or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFT_AUX
                   for c in head.children)
    ):
        return None
    return head.head


def paragraph_of(tok: Token) -> tuple[int, int]:
    """Character bounds of the line (paragraph) holding ``tok``."""
    return line_bounds(tok.doc, tok.idx)


def contiguous(toks: list[Token], cue: Token) -> list[Token]:
    """Around a parenthetical cue ("The plan, he noted, goes ..."), keep both sides as one span,
    but drop a side that is only the cue's own punctuation."""
    before = [t for t in toks if t.i < cue.left_edge.i]
    after = [t for t in toks if t.i > cue.right_edge.i]
    words_before = [t for t in before if not t.is_punct]
    words_after = [t for t in after if not t.is_punct]
    if words_before and words_after:
        return before + after
    return words_before and before or after
