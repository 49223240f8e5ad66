"""Cue verbs and their speakers: which token is a speech cue, who its subject is, and the
candidate a cue makes (its speaker mention, negation and relay).

Shared by every rule that starts from a cue verb (quotes/detect/rules/)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.candidate import Candidate
from quotes.detect.clauses import (
    agent_of,
    mention_of,
    reporting_conj_host,
)
from quotes.detect.tree import subtree
from quotes.doctext import doc_ents
from quotes.lexicon import Lexicon

_FINITE = ("VBZ", "VBD", "VBP", "MD")  # tags of a verb that can head a clause of its own


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


# Cues of evidence: what a thing "shows" or "suggests" is a claim only when the thing is a
# source (a poll, a report, a body that speaks); "Tuesday's attack showed that ...", "a level
# that shows activity expanding" and "recent protests show how hard it has become" are the
# writer's own reading of events.
EVIDENCE_CUES = {"show", "suggest", "indicate", "signal", "prove", "demonstrate", "illustrate",
                 "underscore", "highlight", "reveal", "confirm"}
# Common nouns for people who may speak, beyond the roles and bodies of the lexicon.
_PEOPLE_NOUNS = {"people", "person", "voter", "resident", "worker", "member", "user", "parent",
                 "student", "citizen", "respondent", "supporter", "opponent", "scientist",
                 "doctor", "investigator", "researcher", "witness", "employee", "owner",
                 "man", "woman", "family", "friend", "neighbour", "neighbor", "colleague",
                 "teacher", "customer", "player", "fan", "author", "writer",
                 "reporter", "journalist", "staff", "insider", "observer", "economist"}


# Things made to state something, beside the lexicon's documents.
_SOURCE_THINGS = {"slide", "presentation", "model", "simulation", "test", "experiment",
                  "calculation", "tracker", "index", "exit"}


def reads_events(cue: Token, subject: Token | None, lexicon: Lexicon,
                 documents: frozenset[str] | set[str]) -> bool:
    """An evidence cue whose subject is a thing that states nothing: an event, a trend, a
    measure. Names, pronouns, people, bodies and documents are sources and keep the claim."""
    if subject is None or cue.lemma_.lower() not in EVIDENCE_CUES:
        return False
    if subject.lower_ in ("that", "which") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "a level that shows ...": the noun the clause hangs on
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.text[:1].isupper() and subject.i != subject.sent.start:
        return False  # "the Fed signalled ...": a capitalised noun names a body
    lemma = subject.lemma_.lower()
    if subject.lower_ in documents or subject.lower_ in lexicon.document_nouns:
        return False  # "data" (lemmatised "datum"), "figures"
    if lemma in _SOURCE_THINGS:
        return False
    if any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) for c in subject.children):
        return False  # "the Pew numbers", "a Bloomberg analysis": a named source's work
    return not (
        lemma in lexicon.roles
        or lemma in lexicon.org_nouns
        or lemma in lexicon.document_nouns
        or lemma in documents
        or lemma in _SPEAKER_NOUNS
        or lemma in _PEOPLE_NOUNS
        or lemma in PHYSICAL_EVIDENCE  # handled, with its own reason, by the caller
    )


# Words that open a circumstance, never what was said ("said before he retired").
_SUBORDINATORS = {"when", "before", "after", "while", "because", "since", "until", "although",
                  "though", "once", "whenever", "unless"}


def _is_cue(tok: Token, lexicon: Lexicon) -> bool:
    if tok.lemma_ == "know" and tok.tag_ == "VBN":
        return False  # "the hacker known as 'Guccifer'", "it is known": nobody says it
    if tok.lower_ == "called" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        if tok.doc[tok.i - 2].lower_ == "so":
            return False  # "the so-called plan": the writer's distance, not a speech act
    if tok.lower_ == "told" and tok.i >= 1 and tok.doc[tok.i - 1].lower_ == "all":
        return False  # "All told, the repairs cost ...": a sum, not a speech act
    if _discourse_said(tok) or _naming_participle(tok):
        return False
    if tok.lemma_.lower() == "feel" and any(c.dep_ in ("acomp", "oprd") for c in tok.children):
        return False  # 'he had felt "sick to his stomach"': a state felt, nothing held
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return True
    if _verb_read_as_noun(tok, lexicon):
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
    if tok.lemma_.lower() == "put":
        return put_it(tok)
    return lexicon.cue_class(cue_lemma(tok, lexicon)) is not None


def cue_lemma(tok: Token, lexicon: Lexicon) -> str:
    """The cue's lemma, with its particle when the lexicon lists the phrasal verb ("shot
    back that ..." -> "shoot back"): "shoot" alone says nothing."""
    lemma = tok.lemma_.lower()
    # (the small parser often reads the particle as an adverb: "shot back" -> advmod)
    particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")
                     and c.i == tok.i + 1), None)
    if particle is not None and lexicon.cue_class(f"{lemma} {particle}") is not None:
        return f"{lemma} {particle}"
    return lemma


def put_it(tok: Token) -> bool:
    """ "As Ms. Roe put it, ...", "she put it bluntly": "put" is a cue only with "it"."""
    return tok.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


# Verbs that give a name ("a group called the Harbour Fund", "a film titled 'Tide'").
NAMING_PARTICIPLES = {"call", "name", "dub", "title", "entitle", "nickname", "term"}


def _verb_read_as_noun(tok: Token, lexicon: Lexicon) -> bool:
    """ '"We want it back!" reply Roe and Vik.': a cue verb right after a closing quotation
    mark and before a name, which the small parser read as a noun."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if not (before.is_quote and doc[tok.i - 2].is_punct) or after.pos_ != "PROPN":
        return False
    return lexicon.cue_class(tok.lower_) is not None


def _discourse_said(tok: Token) -> bool:
    """ "That said, ...", "This being said, ...": a link between sentences, not a speech act."""
    if tok.lower_ != "said" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).text != ",":
        return False
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not t.is_punct]
    return [t.lower_ for t in before] in (["that"], ["this"], ["that", "being"], ["this", "being"])


def _naming_participle(tok: Token) -> bool:
    """ "His group, called the Harbour Fund, will ...": a participle set off after a noun
    that names it. It has a name (oprd/attr) but no object: "Cruz called Trump a liar"
    has one and is a speech act."""
    if tok.lemma_.lower() not in NAMING_PARTICIPLES or tok.tag_ not in ("VBN", "VBD"):
        return False
    before = tok.i - 1
    while before >= 0 and tok.doc[before].dep_ == "advmod" and tok.doc[before].head.i == tok.i:
        before -= 1  # "the system, simply called 'Loop'", "the ship, now named ..."
    if before < 0 or tok.doc[before].text not in (",", "(", "—", "–"):
        return False
    children = list(tok.children)
    if any(c.dep_ in ("dobj", "auxpass", "aux", "agent", "ccomp") for c in children):
        return False
    return any(c.dep_ in ("oprd", "attr", "xcomp") and c.i > tok.i for c in children)


# Subordinators before a participle whose subject is the main clause's ("while
# indicating", "before adding", "after saying").
_PARTICIPLE_MARKS = _SUBORDINATORS | {"whilst"}


def _controlled_participle(verb: Token) -> bool:
    """ "cited privacy while indicating the order would not be retroactive": a
    subjectless -ing clause after a subordinator speaks with the main clause's subject."""
    host = verb.head
    return verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ) and any(c.dep_ == "mark" and c.lower_ in _PARTICIPLE_MARKS for c in verb.children) and not (
        # "... around the stadium, where the Panthers played, while chanting": the host is a
        # relative clause the parser hung the participle on; its subject is not the chanter's
        any(c.tag_ in ("WRB", "WDT", "WP") and c.i < host.i for c in host.children)
    )


def subject_of(cue: Token) -> Token | None:
    """The speaker token of a cue verb, following conj/advcl/xcomp chains to the head."""
    inverted = _inverted_subject(cue)
    if inverted is not None:
        return inverted
    quoted = _quoted_as_saying(cue)
    if quoted is not None:
        return quoted
    misparsed = (_misparsed_subject(cue) or finite_modifier_subject(cue) or _age_subject(cue)
                 or subject_in_clause_before(cue) or _subject_before_aside(cue))
    if misparsed is not None:
        return misparsed
    tok: Token | None = reporting_conj_host(cue) or cue
    head = cue.head
    if (cue.dep_ in ("dep", "conj") and cue.tag_ in ("VBP", "VBZ", "VBD", "VB")
            and head.tag_ == "VBG" and head.i < cue.i
            and not any(c.dep_ in ("aux", "auxpass") for c in [*head.children, *cue.children])):
        # "Police searching for the hiker say they ...": the participle is a reduced
        # relative of the subject, which the parser took for the main verb
        tok = head
    for _ in range(4):
        if tok is None:
            return None
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            found = _named_appositive(_dateline_named(_nearest_subject(subjects, tok)), tok)
            return _name_in_verbal_subject(found, cue)
        for child in tok.children:
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() == "quote":
                return child  # "Roe was quoted by the Ledger as saying": Roe spoke
            if child.dep_ == "nsubjpass":
                agent = agent_of(tok)
                return agent if agent is not None else None
        agent = agent_of(tok)
        if agent is not None:
            return agent
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head.i != tok.i:
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children) and not (
                _controlled_participle(tok)
            ):
                return None  # "as X reported" has its own subject or none
            obj = _controlling_object(tok)
            if obj is not None:
                return obj
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
                # "She was quoted as saying ...": the one quoted, not the outlet quoting her;
                # "interrupted the date by blowing a horn and joking that ...": the subject
                # of the verb the "by"/"after" phrase hangs on
                host = tok.head.head
                quoted = next((c for c in host.children if c.dep_ == "nsubjpass"), None)
                if host.lemma_.lower() == "quote" and quoted is None:
                    # "The agency quoted Lina Haddad as saying ...": she spoke, it relays
                    quoted = next((c for c in host.children if c.dep_ == "dobj"
                                   and c.pos_ in ("PROPN", "NOUN")), None)
                if host.lemma_.lower() == "quote" and quoted is not None:
                    return quoted
                tok = host
                continue
            tok = tok.head
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            occasion = _occasion_speaker(tok.head, tok)
            if occasion is not None:
                return occasion
            controller = _infinitive_controller(tok) or _circumstance_controller(tok)
            if controller is not None:
                return controller
            return tok.head  # "Rubio, saying ..." / "with Rubio saying ..."
        return None
    return None


def _quoted_as_saying(cue: Token) -> Token | None:
    """The one quoted when "quoted" is the cue of "The agency quoted Lina Haddad as saying
    ...": the object, not the outlet doing the quoting."""
    if cue.lemma_.lower() != "quote" or any(c.dep_ == "nsubjpass" for c in cue.children):
        return None
    saying = any(
        c.dep_ == "prep" and c.lower_ == "as"
        and any(g.lemma_.lower() in ("say", "tell", "write") for g in c.children)
        for c in cue.children
    )
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")),
               None)
    return obj if saying else None


def subject_in_clause_before(cue: Token) -> Token | None:
    """ "The Review Office, which vets takeovers of companies deemed important, said it had
    not been notified": the parser made "deemed" a content clause before the cue, with the
    body as its subject, beside the real content after the cue. That subject is the cue's;
    None unless the cue has no subject and content clauses on both sides."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    after = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if len(before) != 1 or not after or cue.i < 1 or cue.doc[cue.i - 1].text != ",":
        return None
    return next((c for c in before[0].children if c.dep_ == "nsubj" and c.i < before[0].i
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _age_subject(cue: Token) -> Token | None:
    """ "The 44-year-old, a former nurse, said": the age read as an adverbial clause of the
    cue ("old" with its article), which then has no subject; it is the subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    for child in cue.lefts:
        if (child.dep_ == "advcl" and child.lower_ == "old" and child.pos_ == "ADJ"
                and any(g.dep_ == "det" for g in child.children)):
            return child
    return None


def _name_in_verbal_subject(subject: Token, cue: Token) -> Token:
    """ "Jets head coach Paul Dupuis said": the parser read "head" as a verb and made it the
    subject; the person named right before the cue, inside that subject, is the speaker."""
    if subject.pos_ != "VERB" or cue.i < 1:
        return subject
    name = cue.doc[cue.i - 1]
    if name.ent_type_ == "PERSON" and subject.left_edge.i <= name.i <= subject.right_edge.i:
        return name
    return subject


def _infinitive_controller(verb: Token) -> Token | None:
    """ "Trump never missed an opportunity to remind the audience ...", "used the rally to
    say ...": an infinitive on a thing's noun is said by whoever has the thing (its
    possessor) or does the verb the noun hangs on (its subject); None for a person's noun."""
    noun = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner  # "the company's decision to say ..."
    host = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or host.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in host.children if c.dep_ in ("nsubj", "csubj")), None)


# Nouns of time or manner a gerund can hang on: "at one point calling the mayor a liar",
# "by the end saying": whoever does the verb the phrase belongs to is speaking.
_CIRCUMSTANCES = frozenset({"point", "time", "end", "moment", "stage", "day", "night",
                            "week", "year", "turn", "way", "times", "once"})


def _circumstance_controller(verb: Token) -> Token | None:
    """The speaker of a gerund the parser hung on a noun of time ("he has battled with
    Guardian ..., at one point calling the mayor a 'liar'"): the subject of the verb the
    time phrase belongs to, through a chain of coordinated verbs."""
    noun = verb.head
    if verb.tag_ != "VBG" or noun.lemma_.lower() not in _CIRCUMSTANCES or noun.dep_ != "pobj":
        return None
    host = noun.head.head
    for _ in range(4):
        subject = next((c for c in host.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            return subject
        if host.dep_ != "conj" or host.head.i == host.i:
            return None
        host = host.head
    return None


# Cues whose object is who heard it ("as the mayor told reporters", "..., a guard told
# Reuters."), not what was said. One list for every rule that reads a cue's object.
TELLING_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "brief",
                          "notify"})
# Common nouns for those who hear a statement ("told the audience", "told the jury").
_HEARER_NOUNS = frozenset({"audience", "crowd", "court", "jury", "committee", "council",
                           "panel", "board", "public", "press", "police", "congregation"})


def is_hearer(obj: Token) -> bool:
    """Whether a telling cue's object is who heard it ("Reuters", "reporters", "him",
    "the jury"), not what was told ("tell the I.R.S. anything it doesn't know")."""
    return (obj.pos_ == "PROPN" or obj.tag_ == "PRP" or obj.ent_type_ in ("ORG", "PERSON", "NORP")
            or obj.tag_ in ("NNS", "NNPS") or obj.lemma_.lower() in _HEARER_NOUNS)


# Occasions a statement is made at: "she said at a news conference announcing that ..."
# makes the conference the participle's head, but the one announcing is who spoke there.
_OCCASIONS = frozenset({
    "conference", "briefing", "interview", "speech", "address", "rally", "hearing",
    "event", "meeting", "debate", "ceremony", "summit", "session", "appearance",
    "statement", "video", "post", "tweet", "letter", "release", "town hall",
})


# Nouns for a chance to speak: "took the opportunity to say" is the taker's statement.
_CHANCES = frozenset({"opportunity", "chance", "occasion", "moment", "platform", "time",
                      "stage", "podium", "forum", "appearance"})


def _occasion_speaker(noun: Token, participle: Token) -> Token | None:
    """The speaker of a participle on an occasion noun: the subject of the verb the occasion
    hangs on ("X said at a briefing announcing ...", "X issued a statement saying ..."),
    else None."""
    if noun.lemma_.lower() not in _OCCASIONS or noun.dep_ not in ("pobj", "dobj"):
        return None
    verb = noun.head  # "issued a statement saying ...", "ended the meeting saying ..."
    if noun.dep_ == "dobj" and not any(c.dep_ == "ccomp" for c in participle.children):
        return None  # "issued a statement condemning the tests": an act, not what was said
    if noun.dep_ == "pobj":
        prep, verb = noun.head, noun.head.head
        if prep.dep_ != "prep" or verb.i == prep.i:
            return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)


# Nouns that name a news outlet by what it is: "the paper said" is the newspaper named
# before, and the parse may make a channel the subject of its interviewee's cue
# ("Speaking to Radio Vesta, a local station, ...")
OUTLET_NOUNS = frozenset({"outlet", "newspaper", "paper", "daily", "tabloid", "magazine",
                          "broadcaster", "channel", "station", "network", "radio", "programme",
                          "program"})


def _nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """ '"My reaction, that was outrageous," the strategist said': when the parser gives a
    verb two subjects, the one inside the quotation is the quotation's own; the speaker is
    the subject outside quote marks nearest the verb."""
    worded = [s for s in subjects if any(ch.isalnum() for ch in s.text)]
    if worded:
        subjects = worded  # "made public ― Trump boasted": a dash taken for a noun
    if len(subjects) > 1:
        placed = [s for s in subjects if not is_dateline(s)]
        subjects = placed or subjects  # "Washington (AFP) – Democrat Hillary Clinton has ..."
    if len(subjects) == 1:
        return subjects[0]
    named = [s for s in subjects if s.pos_ == "PROPN"]
    if named and subjects[0].pos_ == "NOUN" and subjects[0].lemma_.lower() in OUTLET_NOUNS:
        # "Speaking to Kanal 9, a television channel based in Orvia, her running mate
        # Daniel Obi-Mensah said": the channel spoken to is read as a second subject
        return named[-1]
    doc = verb.doc
    glued = [s for s in subjects if s.i >= 2 and doc[s.i - 1].text == "-"
             and not doc[s.i - 2].whitespace_ and not doc[s.i - 1].whitespace_]
    if glued:
        # "Vice-president says": the parser made each piece of the hyphenated word a
        # subject; the last piece heads it (``mention_of`` keeps the whole word)
        subjects = [s for s in subjects if not any(s.i < g.i and g.i - s.i <= 2 for g in glued)]
    if len(subjects) == 1:
        return subjects[0]
    outside = [s for s in subjects
               if not _in_quote_marks(s) and not _quotation_between(s, verb)]
    if not outside or len(outside) == len(subjects):
        return subjects[0]
    return min(outside, key=lambda s: abs(s.i - verb.i))


# Verbs whose object is the one doing what a gerund after it says: "left them feeling",
# "found voters saying", "had the crowd chanting".
_SMALL_CLAUSE_VERBS = frozenset({"leave", "have", "keep", "get", "find", "set", "make"})


def _controlling_object(verb: Token) -> Token | None:
    """ "The collapse left many nations feeling that ...": the one feeling is the object of
    the verb the cue completes (object control, "asked him to explain"), not its subject."""
    head = verb.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
                and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in _OCCASIONS or obj.lemma_.lower() in _CHANCES:
        return None  # "used the rally to say", "took the opportunity to say": the user speaks
    if verb.dep_ == "xcomp":
        return obj
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and obj.right_edge.i + 1 == verb.i
            and head.lemma_.lower() in _SMALL_CLAUSE_VERBS):
        return obj
    return None


def _quotation_between(tok: Token, verb: Token) -> bool:
    """Whether a quote mark stands between ``tok`` and ``verb``: '"... Full panic mode,"
    said Roe' puts "mode" inside the quotation and the cue outside it."""
    lo, hi = sorted((tok.i, verb.i))
    return any(t.is_quote and t.text not in ("'s", "’s") for t in tok.doc[lo + 1 : hi])


def _named_appositive(subject: Token, verb: Token) -> Token:
    """ "To understand the real Dred Scott, Chief Justice Roberts said, ...": a name in
    apposition that ends right before the cue is the one speaking; the noun the parser hung
    it on may belong to another clause. ("The minister, Ana Roe, said" names her either way.)"""
    appos = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if appos is not None and appos.pos_ == "PROPN" and appos.i + 1 == verb.i:
        return appos
    # "One of the boat owners, Nils Aune, said": the name in apposition to a noun inside
    # the subject, set off by commas right before the cue
    doc = subject.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "," and subject.i < verb.i:
        named = doc[verb.i - 2]
        if (
            named.dep_ == "appos"
            and named.pos_ == "PROPN"
            and named.ent_type_ in ("PERSON", "")
            and subject.left_edge.i <= named.head.i < verb.i
            and named.head.i != subject.i
            # "Vickery and her coach, Tomas Reinholt, said": a conjunct's name is a second
            # speaker, whom the co-speaker rule adds, not the only one
            and not (named.head.dep_ == "conj" and named.head.head.i == subject.i)
        ):
            return named
    return subject

def _dateline_named(subject: Token) -> Token:
    """ "WASHINGTON -- President Obama, dedicating ..., said", "OSLO (Reuters) - Mayor Tove
    Lindahl said": the parser takes the dateline for the subject and hangs the speaker on it
    as an appositive; the place at the start of a paragraph (with the agency in brackets)
    only says where the story was filed."""
    doc = subject.doc
    first = subject.i  # "KESTREL FALLS, B.C. —": the place's first word
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == subject.i \
            and doc[first - 1].text.isupper():
        first -= 1
    classic = (
        subject.text.isupper() and len(subject.text) > 1
        # a place in capitals the tagger may call anything, a person included
        and subject.ent_type_ in ("GPE", "LOC", "ORG", "PERSON")
        and subject.i + 1 < len(doc) and doc[subject.i + 1].text in _DASHES + (",",)
        and (first == 0 or "\n" in doc[first - 1].text_with_ws or doc[first].is_sent_start)
    )
    if not classic and not is_dateline(subject):
        return subject
    window = doc[subject.i + 1 : subject.i + 8]
    # the dash that ends the dateline; "KESTREL FALLS, B.C. —" has a comma before it
    dash = next((t.i for t in window if t.text in _DASHES),
                next((t.i for t in window if t.text == ","), subject.i))
    appos = next((c for c in subject.rights if c.dep_ == "appos" and c.i > dash), None)
    return appos if appos is not None else subject


_DASHES = ("--", "—", "–", "-", "―")


def is_dateline(tok: Token) -> bool:
    """ "Washington (AFP) – Democrat Hillary Clinton has ...", "OSLO (Reuters) - Mayor ...":
    a place (and the agency in brackets) opening a line before a dash says where the story
    was filed; it is nobody's subject."""
    doc = tok.doc
    if tok.ent_type_ not in ("GPE", "LOC", "ORG") and not tok.text.isupper():
        return False
    start = tok.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1  # "New York": from the first word of the place
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
        start -= 1
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start].is_sent_start):
        return False
    k = tok.i + 1
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    return k < len(doc) and doc[k].text in _DASHES


def _misparsed_subject(cue: Token) -> Token | None:
    """ '"...," Lindvall said.': a name right after the closing mark and right before the cue,
    which the parser hung on the cue as an auxiliary or a loose dependent, not a subject."""
    if cue.i < 2 or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") and not _quoted_before(c, cue)
        for c in cue.children
    ):
        return None
    name = cue.doc[cue.i - 1]
    if (
        name.head.i == cue.i
        and name.dep_ == "amod"
        and any(c.dep_ == "det" and c.i < name.i for c in cue.children)
    ):
        return name  # '"...," the 19-year-old said.': "said" read as a noun the words modify
    if name.head.i != cue.i or name.dep_ not in ("aux", "dep", "npadvmod", "advmod", "compound"):
        return _credit_run(cue)
    if not (name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return None
    if not name.text[:1].isupper() or cue.doc[cue.i - 2].text not in ('"', "”", "’", "'", ","):
        return None
    return name


def participle_aside(cue: Token) -> Token | None:
    """The participle of an aside between the subject and a finite cue ("Aldous, asked
    whether she would ..., said"), which the parser may hang on the cue as its content."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = cue.doc
    return next((c for c in cue.children if c.dep_ in ("advcl", "ccomp") and c.i < cue.i
                 and c.tag_ in ("VBN", "VBG", "VBD") and c.i > cue.sent.start
                 and doc[c.i - 1].text == ","
                 and "," in (doc[c.right_edge.i].text, doc[c.right_edge.i + 1].text)), None)


def _subject_before_aside(cue: Token) -> Token | None:
    """ "Lachance, asked about her plans, said only that ...": the parser made the
    participle of the aside the main verb and hung the finite cue on it as a loose
    dependent; the subject it gave the participle is the cue's."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    aside = participle_aside(cue)
    if aside is not None:
        # "Aldous, asked whether ..., said": an unknown name before the aside, which the
        # parser hung on it as an adverb
        run = doc[cue.sent.start : aside.i - 1]
        if 0 < len(run) <= 4 and all(t.text[:1].isupper() for t in run) and all(
            t.head.i == aside.i or t.head.i in range(run.start, run.end) for t in run
        ):
            return run[-1]
        subject = next((c for c in aside.children if c.dep_ == "nsubj"
                        and c.right_edge.i in (aside.i - 2, aside.i - 1)), None)
        if subject is not None:
            return subject  # "The mayor, asked if ..., said": the parser gave it the aside
    head = cue.head
    if (cue.dep_ != "dep" or cue.tag_ not in ("VBD", "VBZ", "VBP") or head.i >= cue.i
            or head.tag_ not in ("VBN", "VBD", "VBG")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if (subject is None or doc[head.i - 1].text != ","
            or not any(t.text == "," for t in doc[head.i + 1 : cue.i])):
        return None  # the aside is set off by commas on both sides
    return subject


def _quoted_before(subject: Token, cue: Token) -> bool:
    """ '"Not a card. Nothing," the 52-year-old said': a subject the parser found inside the
    quotation, with its closing mark between it and the cue, is none of the cue's."""
    return subject.i < cue.i and any(t.is_quote for t in cue.doc[subject.i + 1 : cue.i])


def finite_modifier_subject(cue: Token) -> Token | None:
    """ '"...," team members dressed for a game say in unison': a finite cue ("say", not
    "saying") the parser hung on a noun as a modifier. A modifier is never finite: the noun
    phrase right after the closing mark that the cue hangs under is its subject."""
    if cue.dep_ not in ("acl", "relcl") or cue.tag_ not in ("VBP", "VBD", "VBZ"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in ("WDT", "WP")
           for c in cue.children):
        return None
    for noun in cue.ancestors:
        if cue.i - noun.i > 8 or noun.i > cue.i:
            return None
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        k = noun.i  # the noun phrase's first word: "team members", "the two players"
        while k > 0 and cue.doc[k - 1].head.i == noun.i and cue.doc[k - 1].dep_ in (
                "compound", "det", "amod", "nummod"):
            k -= 1
        if k > 1 and cue.doc[k - 1].is_quote and cue.doc[k - 2].text in _CLOSING_AFTER:
            return noun
    return None


def _credit_run(cue: Token) -> Token | None:
    """ '"...," Tulsa police Chief Chuck Jordan said Monday': words between the closing mark
    and a subjectless cue that are all nouns and names (whatever the parser made of them,
    "Tulsa" read as a verb) are the speaker's name and titles; the last name is the head."""
    doc = cue.doc
    k = cue.i - 1
    while k > 0 and cue.i - k <= 7 and (doc[k].text[:1].isupper() and doc[k].is_alpha
                                         or doc[k].pos_ == "NOUN" or doc[k].text == "."):
        k -= 1
    if k == cue.i - 1 or cue.i - k > 7 or not doc[k].is_quote:
        return None
    if doc[k - 1].text not in _CLOSING_AFTER:
        return None
    name = doc[cue.i - 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    return name


def _inverted_subject(cue: Token) -> Token | None:
    """The speaker of "..., said Jane Roe, a historian.": the subject after a cue that follows
    a comma, even when the parser also made the words before the comma a subject."""
    if cue.pos_ == "NOUN" and cue.i > 0 and cue.doc[cue.i - 1].is_quote:
        # '"..." reply Roe and Vik': the parser hung the names on the verb it read as a noun
        return next((c for c in cue.rights if c.dep_ in ("nsubj", "appos", "compound", "dobj")
                     and c.pos_ == "PROPN"), None)
    if (
        cue.pos_ == "VERB"
        and cue.i > 0
        and cue.doc[cue.i - 1].is_quote
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    ):
        # '"We love cats!" reply Burton and Nick.': the parser took the speakers after the
        # closing mark for the verb's object
        first = next(cue.rights, None)
        if first is not None and first.dep_ == "dobj" and first.pos_ == "PROPN":
            return first
    if cue.i == 0 or cue.doc[cue.i - 1].text not in (",", "—", "–") and not (
        cue.doc[cue.i - 1].is_quote
    ):
        return None
    found = next((c for c in cue.rights if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")),
                 None)
    if found is not None or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return found
    # '"...," said Per Olsen, 71.': the parser read the given name as a preposition; the
    # person named right after a cue that follows the closing mark is the speaker
    doc = cue.doc
    if not (doc[cue.i - 1].is_quote or cue.i > 1 and doc[cue.i - 1].text == ","
            and doc[cue.i - 2].is_quote):
        return None
    for ent in doc.ents:
        if ent.label_ == "PERSON" and cue.i < ent.start <= cue.i + 2:
            return ent.root
    return None


def _candidate_for(cue: Token, kind: str, start: int, end: int, lexicon: Lexicon) -> Candidate:
    subject = subject_of(cue)
    if subject is not None and subject.is_quote or subject is not None and _in_quote_marks(subject):
        subject = None  # a parse that took quoted words for the speaker
    cand = Candidate(
        type=kind, start=start, end=end, cue_tokens=_cue_tokens(cue),
        cue_lemma=cue_lemma(cue, lexicon),
    )
    if subject is not None:
        cand.subject = mention_of(subject)
        if subject.i > cue.i:
            cand.subject = _with_joined_names(cand.subject, subject)
    cand.negated = any(c.dep_ == "neg" for c in cue.children)
    _attach_relay(cand, cue, lexicon)
    return cand


def _with_joined_names(mention: Span, subject: Token) -> Span:
    """ '"...," say Ingrid Solheim and Tor Vik.': after an inverted cue, names joined by
    "and" speak together."""
    names = [c for c in subject.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if not names or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.rights):
        return mention
    end = max(n.i for n in names) + 1
    return subject.doc[mention.start : max(mention.end, end)]


_CLOSING_AFTER = (",", ".", "!", "?", "…")


# Marks that only ever open a quotation ("lost 16 lbs. “and two belt loops”").
_OPENING_ONLY = frozenset({"“", "‘", "«", "„", "‚"})


def _in_quote_marks(tok: Token) -> bool:
    """A token directly wrapped in quotation marks on its phrase's edges."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    # '"We apologise," chief executive Priya Raman said': the parser may hang the closing
    # mark of the quotation before on the subject; a mark right after the quotation's
    # last comma or stop closes it and opens nothing
    while (0 < left < tok.i and doc[left].is_quote and doc[left - 1].text in _CLOSING_AFTER
           and doc[left].text not in _OPENING_ONLY):
        left += 1
    before = doc[left - 1] if left > 0 else None
    first = doc[left]
    if first.is_quote:
        # '"We must act" was the slogan' takes quoted words for a subject; "'Parasite'
        # director Bong Joon Ho" only opens with a quoted title, the head outside it.
        closing = next((t for t in doc[left + 1 : right + 1] if t.is_quote), None)
        return closing is None or closing.i > tok.i
    return bool(
        before is not None
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
    """ "as reported by Sky News" next to a cue makes Sky News a relay, not the speaker;
    so does the outlet quoting someone "as saying" ("The agency quoted Lina Haddad as
    saying", "Roe was quoted by the Ledger as saying")."""
    host = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else None
    if _quoted_as_saying(cue) is not None:
        host = cue  # the parse made "quoted" itself the cue
    if host is not None and host.lemma_.lower() == "quote":
        passive = any(c.dep_ == "nsubjpass" for c in host.children)
        outlet = agent_of(host) if passive else next(
            (c for c in host.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
        if outlet is not None:
            span = _name_span(outlet)
            cand.relay, cand.relay_cue = span, span
            return
    outlet = relayed_according_to(cue, lexicon)
    if outlet is not None:
        span = _name_span(outlet)
        cand.relay = span
        cand.relay_cue = cue.doc[outlet.head.head.i : span.end]
        return
    for tok in subtree(cue):
        if tok.lemma_.lower() in ("report", "cite", "quote", "publish") and tok.i != cue.i:
            agent = agent_of(tok)
            if agent is not None:
                span = _name_span(agent)
                cand.relay = span
                cand.relay_cue = tok.doc[min(tok.left_edge.i, tok.i) : span.end]
                return


def relayed_according_to(cue: Token, lexicon: Lexicon) -> Token | None:
    """ "Whitcombe said on the call, according to Reuters": an outlet after "according to"
    hung on a speech verb that has its own speaker relays what that speaker said."""
    if lexicon.cue_class(cue_lemma(cue, lexicon)) is None or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # "more than half of it is wrong, according to the journal" stays its claim
    for child in cue.children:
        if child.lower_ != "according" or child.i < cue.i:
            continue
        to = next((c for c in child.children if c.lower_ == "to"), None)
        source = next((c for c in (to.children if to is not None else []) if c.dep_ == "pobj"),
                      None)
        if source is not None and (lexicon.is_media(_name_span(source).text)
                                   or source.lemma_.lower() in OUTLET_NOUNS):
            return source
    return None


def _name_span(tok: Token) -> Span:
    doc = tok.doc
    if tok.ent_type_:
        for ent in doc_ents(doc):
            if ent.start <= tok.i < ent.end:
                return ent
    return mention_of(tok)


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
    lemma = subject.lemma_.lower()
    # a body named by what it is ("The airline cancelled ..., citing rising costs")
    return lemma in lexicon.roles or lemma in _SPEAKER_NOUNS or lemma in lexicon.org_nouns


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
