"""What a cue verb's content must not be: checks that turn down a reported claim the cue
rules found, because the cue is used in a sense that states nothing.

- nobody's claim: "said that no-one could predict how long it would take" (the inner
  "no-one could predict" has no speaker; the outer record is the mayor's);
- a belief caused, not held: "the memo led employees to believe their jobs were safe";
- a question the speaker cannot answer: "police cannot say how the fire started" ("refused
  to say whether ..." stays, as a negated cue the hedge tagger marks);
- a thought held, not voiced: "many people think the minister might lose his seat";
- a question put to the speaker: "Asked what he would tell the mayor, Brooks said ...";
- a hypothetical: "if she feels the decision was improper, she can appeal";
- a cue inside a free relative: "What I believe the ad is meant to do is ..." (a fragment
  with a gap, no proposition);
- no proposition: "proved herself a natural", "as we all knew she would", and a question
  one knows or wonders about ("knows exactly what he needs");
- a discovery, not a finding stated: "divers found the wreck abandoned", "found it
  difficult to", "finding what we have in common" (what a study finds stays its finding).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.candidate import Candidate
from quotes.detect.cues import _FINITE
from quotes.detect.rules.finding import DOCUMENTARY_SOURCES

# Subjects that refer to nobody: what they "say" or "know" is no one's claim.
# ("you" outside a quotation is the reader: "as you might expect".)
NOBODY = {"no-one", "no one", "noone", "nobody", "none", "anyone", "anybody", "nothing", "you"}
# Verbs of a thought held, not voiced: outside quotation marks the writer reports what
# someone thinks or hopes ("many people think the minister might lose his seat", "he
# thought he had scored a bargain"), which is nobody's statement. Verbs that news writing
# uses for a position taken ("believes", "expects", "fears", "knows") stay cues, as does
# "think" inside a quotation, which is the speaker's own hedge.
PRIVATE_THOUGHTS = {"think", "guess", "suppose", "assume", "imagine", "wonder", "doubt", "hope"}
# Verbs that cause a belief in someone else ("led them to believe"): the belief is
# nobody's statement. ("forced him to admit that ..." is still his admission.)
CAUSATIVES = {"lead", "cause", "make", "trick", "mislead", "deceive", "fool"}
BELIEFS = {"believe", "think", "assume", "expect", "suspect", "fear", "conclude", "hope",
           "feel", "imagine", "suppose"}
QUESTION_WORDS = {"how", "what", "when", "where", "why", "who", "whom", "which", "whose",
                  "whether", "if"}
# Cues that report a discovery when their content is a thing seen, not a proposition.
DISCOVERY_CUES = {"find", "discover"}
HYPOTHETICAL_MARKS = {"if", "unless"}
# Knowing and wondering: a claim when they hold a statement, nothing when a question.
MINDS = {"know", "wonder", "guess", "understand", "remember", "forget", "recall", "realize",
         "realise", "imagine", "figure", "learn"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
# Adverbs that may stand before the wh-word of an indirect question ("exactly what").
_QUESTION_LEADS = {"exactly", "precisely", "roughly", "just", "only", "even", "about", "and"}


def why_not_a_claim(cue: Token, cand: Candidate) -> str | None:
    """The reason the cue's content is not a claim to record, or None when it is one."""
    if cand.subject is not None and _nobody(cand.subject):
        return "nobody"
    lemma = cue.lemma_.lower()
    if lemma in PRIVATE_THOUGHTS:
        return "private-thought"  # "Mickelson thinks this could be his best year"
    # ("I believe ..." outside quotations is the writer's view: kept, since an op-ed's
    # claims are the author's and a fact-checker checks them.)
    if (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in CAUSATIVES
            and cue.lemma_.lower() in BELIEFS):
        return "caused-belief"
    content = cue.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if content is None or not len(content):
        return None
    if cue.dep_ in ("csubj", "csubjpass") and any(
        c.tag_ == "WP" and c.i < cue.i for c in cue.children
    ):
        # "What I believe the ad is designed to do is ...": the cue sits in a free relative,
        # and its "content" is a fragment with a gap, not the speaker's proposition
        return "free-relative"
    if _reflexive_subject(content) or _elliptical(content):
        return "no-proposition"  # "proved herself a natural", "as we all knew she would"
    question = _is_question(content)
    if question and lemma in MINDS and content.start > cue.i:
        return "question"  # "knows exactly what he needs", "wonders why the team waited"
    if question and _cannot(cue):
        return "open-question"
    if (
        _asked_of(cue)
        and cue.i == cue.sent.start
        and any(t.text == "," for t in cue.doc[cue.i : content.start])
    ):
        return "asked-of"  # "Asked about his form, the 24-year-old shrugged": the answer's clause
    if question and _asked_of(cue):
        return "asked-of"  # "Asked what he would tell the mayor, Brooks said: ...": the reporter's
    if cue.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in cue.children
    ):
        return "hypothetical"
    if cue.lemma_.lower() in DISCOVERY_CUES and content.start > cue.i and not (
        cand.rule == "finding-object" or _documentary(cand.subject)
    ):
        # What a study finds is its finding; what a person finds is often a thing seen.
        if question or _expletive_small_clause(content.root) or content.root.tag_ == "VBN":
            return "discovery"
    return None


def _documentary(subject: Span | None) -> bool:
    return subject is not None and subject.root.lemma_.lower() in DOCUMENTARY_SOURCES


def _expletive_small_clause(root: Token) -> bool:
    """ "find it difficult to ...": an experience, no proposition."""
    return not _finite(root) and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children
    )


def _reflexive_subject(content: Span) -> bool:
    root = content.root
    return any(c.dep_ in ("nsubj", "dobj") and c.lower_ in REFLEXIVES and c.i < root.i
               for c in root.children) or (content[0].lower_ in REFLEXIVES)


def _elliptical(content: Span) -> bool:
    """A clause cut short after its auxiliary: "she would", "they did"."""
    words = [t for t in content if not t.is_punct]
    return 0 < len(words) <= 3 and words[-1].tag_ in ("MD", "VBD", "VBZ", "VBP") and (
        words[-1].pos_ == "AUX"
    )


def _nobody(mention: Span) -> bool:
    words = " ".join(t.lower_ for t in mention if not t.is_punct or t.text == "-")
    return words.replace(" - ", "-") in NOBODY


def _asked_of(cue: Token) -> bool:
    """ "Asked what he would tell the mayor, ...", "Roe was asked how long it would take": a
    question put to the subject by someone unnamed (the reporter). The subject answers it;
    the question is nobody's claim. ("Roe asked whether ..." is Roe's question, and stays.)"""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD"):
        return False
    children = list(cue.children)
    if any(c.dep_ == "agent" for c in children):
        return False  # "was asked by the judge whether ...": the judge's question
    if cue.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in children):
        return True
    if (cue.dep_ in ("advcl", "acl", "ccomp") and cue.i > 0 and cue.doc[cue.i - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass") or c.dep_ in ("nsubj", "nsubjpass")
                        and c.right_edge.i not in (cue.i - 2, cue.i - 1) for c in children)):
        # "Aldous, asked whether she would ..., said": an aside after the subject (which
        # the parser may hang on the participle)
        return True
    # A participle opening the sentence (the small parser tags it VBD): no subject, no
    # auxiliary, hung on the answer's verb. ("When asked which was harder, Roe laughed"
    # stays: its record is what names Roe for the quotations that follow.)
    return (
        cue.i == cue.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children)
        and cue.dep_ in ("advcl", "ROOT")
    )


def _cannot(cue: Token) -> bool:
    """ "cannot say", "could not tell": the speaker says they are unable to answer. ("isn't
    saying if ..." is a refusal a reader may want kept.)"""
    children = list(cue.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in children
    )


def _is_question(content: Span) -> bool:
    """An indirect question: a wh-word first, or "whether"/"if" opening the clause (the
    content span leaves that complementizer out)."""
    first = next((t for t in content if not t.is_punct and t.lower_ not in _QUESTION_LEADS),
                 None)
    if first is not None and first.lower_ in QUESTION_WORDS and first.tag_ in (
        "WRB", "WP", "WDT", "WP$", "IN"
    ):
        return True
    doc = content.doc
    before = doc[content.start - 1] if content.start > 0 else None
    return before is not None and before.lower_ in ("whether", "if") and before.dep_ == "mark"


def _finite(root: Token) -> bool:
    """A clause with a tensed verb of its own ("the wreck had drifted"), not a small
    clause ("the driver slumped over the wheel", "it difficult")."""
    if root.tag_ in _FINITE:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)
