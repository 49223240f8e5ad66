"""Resolve each speaker mention to the person or organisation it names.

Walks the document's attributions in text order, the way a reader does, keeping a
registry of who has been named so far: a name gets its fullest form in the document
("Lavrov" -> "Sergey Lavrov"), a pronoun the most recent compatible speaker, a
description ("the Ukrainian leader", "the ministry") the entity it describes, and a
quotation with no speaker of its own the speaker just before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.detect.attributions import Candidate
from quotes.detect.tree import subtree
from quotes.doctext import doc_ents, doc_text
from quotes.lexicon import Lexicon
from quotes.records import Speaker, TextSpan
from quotes.speakers.names import fuller, name_words, same_name
from quotes.speakers.registry import SpeakerRegistry

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their"}
MALE_TITLES = {"mr", "mr.", "sir", "king", "prince", "lord"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady", "dame"}
GROUP_NOUNS = {
    "official",
    "officials",
    "source",
    "sources",
    "people",
    "police",
    "residents",
    "witnesses",
    "analysts",
    "experts",
    "observers",
    "critics",
    "lawmakers",
    "authorities",
    "investigators",
    "protesters",
    "activists",
    "researchers",
    "scientists",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "officer",
    "officers",
    "staff",
}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
ORG_NOUNS = {
    "authority",
    "regulator",
    "court",
    "army",
    "military",
    "navy",
    "police",
    "municipality",
    "parliament",
    "legislature",
    "senate",
    "operator",
    "utility",
    "airline",
    "department",
    "agency",
    "ministry",
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "association",
    "union",
    "government",
    "council",
    "board",
    "committee",
    "party",
    "office",
    "service",
    "commission",
    "bank",
    "university",
    "foundation",
    "institute",
    "campaign",
    "administration",
    "team",
    "club",
    "network",
    "embassy",
}


@dataclass
class Entity:
    """Someone named in the document so far."""

    name: str
    kind: str
    gender: str | None = None
    titles: list[str] = field(default_factory=list)
    last_seen: int = 0
    ids: dict[str, str] = field(default_factory=dict)
    from_registry: bool = False
    votes: dict[str, int] = field(default_factory=dict)


class SpeakerResolver:
    """Document-level resolution state; one per document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, registry: SpeakerRegistry | None = None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.registry = registry or SpeakerRegistry()
        self.people: list[Entity] = []
        self.orgs: list[Entity] = []
        self._role_words = {w.rstrip(".") for w in lexicon.roles}
        self._found: dict[tuple[str, int], Entity | None] = {}
        self._org_mentions = [
            (ent.start_char, _strip_det(ent.text))
            for ent in doc_ents(doc)
            if ent.label_ in ("ORG", "NORP", "GPE") and len(ent) >= 2
        ]
        self._collect_people()

    # -- the people and organisations the document names ------------------------------
    def _collect_people(self) -> None:
        """Cluster every PERSON name in the document by name variant, with gender and titles."""
        for ent in doc_ents(self.doc):
            if ent.label_ == "PERSON" and name_words(ent.text):
                person = self._person(_full_name(ent), ent.start_char)
                title = _title_before(ent)
                if title and title not in person.titles:
                    person.titles.append(title)
                vote = _gender_near(ent)
                if vote is not None:
                    person.votes[vote] = person.votes.get(vote, 0) + 1
        self._collect_unlabelled_people()
        for p in self.people:
            words = p.name.split()
            prior = self.lexicon.first_names.get(words[0].lower()) if len(words) >= 2 else None
            if prior is not None:
                p.votes[prior] = p.votes.get(prior, 0) + 1  # a prior: two pronouns outvote it
        for p in self.people:
            if p.gender is None and p.votes:
                male, female = p.votes.get("male", 0), p.votes.get("female", 0)
                if male != female:
                    p.gender = "male" if male > female else "female"
        self._acronyms = _acronym_map(self.doc)
        seen: set[int] = set()
        self._mentions: list[tuple[int, str, bool, Entity, bool]] = []
        for ent in doc_ents(self.doc):
            if ent.label_ != "PERSON" or not name_words(ent.text):
                continue
            person = self._find_person(_full_name(ent))
            if person is None:
                continue
            dep = ent.root.dep_ if ent.root.dep_ in ("nsubj", "nsubjpass") else ent.root.head.dep_
            if ent.root.dep_ in ("appos", "compound") and dep in ("nsubj", "nsubjpass"):
                pass
            elif ent.root.dep_ not in ("nsubj", "nsubjpass"):
                dep = ent.root.dep_
            if dep in ("nsubj", "nsubjpass") and not _main_clause(ent.root):
                dep = "sub_nsubj"  # the subject of a subordinate clause is less salient
            # A first mention introduces a new speaker only when written in full ("Mississauga
            # accountant Babatunji Farinloye"); a lone word is too often a tagging slip.
            first = id(person) not in seen and len(name_words(_full_name(ent))) >= 2
            seen.add(id(person))
            self._mentions.append(
                (ent.start_char, dep, dep in ("nsubj", "nsubjpass"), person, first)
            )
        for tok in self.doc:
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.pos_ == "PROPN"
                and tok.ent_type_ != "PERSON"
            ):
                person = self._find_person(_proper_phrase(tok))
                if person is not None:
                    first = id(person) not in seen
                    seen.add(id(person))
                    self._mentions.append((tok.left_edge.idx, tok.dep_, True, person, first))
        self._mentions.sort(key=lambda m: m[0])
        self._mention_starts = [m[0] for m in self._mentions]

    def _collect_unlabelled_people(self) -> None:
        """Names the tagger missed or took for a place ("Nino Niederreiter" as GPE): a
        two- or three-word proper name in subject position that the text calls he or she."""
        doc = self.doc
        for tok in doc:
            if (
                tok.dep_ not in ("nsubj", "nsubjpass")
                or tok.pos_ != "PROPN"
                or tok.ent_type_ == "PERSON"
            ):
                continue
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i:
                start -= 1
            while start < tok.i and doc[start].lower_.rstrip(".") in self._role_words:
                start += 1  # "President Volodymyr Zelenskyy": the title is not the name
            words = doc[start : tok.i + 1]
            if not 2 <= len(words) <= 3 or not all(
                t.text[:1].isupper() and t.text[1:].islower() for t in words
            ):
                continue
            if any(t.lower_ in ORG_NOUNS or t.lower_ in self.lexicon.roles for t in words):
                continue
            vote = _gender_near(words)
            if vote is None:
                continue
            person = self._person(words.text, words.start_char)
            person.votes[vote] = person.votes.get(vote, 0) + 1

    def _person(self, name: str, pos: int) -> Entity:
        clean = self._strip_title(_strip_possessive(name))
        for p in self.people:
            if same_name(p.name, clean):
                if not p.from_registry:
                    p.name = fuller(p.name, clean)
                return p
        p = Entity(name=clean, kind="person", last_seen=pos)
        hit = self.registry.lookup(clean, "person")
        if hit is not None:
            p.name, p.ids, p.from_registry = hit.name, dict(hit.ids), True
            p.titles.extend(hit.roles)
        self.people.append(p)
        return p

    def _strip_title(self, name: str) -> str:
        """ "Councillor Elif Demir" -> "Elif Demir": a role word the tagger put in the name."""
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self._role_words:
            words = words[1:]
        return " ".join(words)

    def _find_person(self, name: str) -> Entity | None:
        key = (name, len(self.people))  # a new person can change the answer; a rename cannot
        if key in self._found:
            return self._found[key]
        # A family name written the same wins over a near spelling ("Lindqvist" is Anna
        # Lindqvist, not "Studio Lindkvist"); only then the fuzzy comparison.
        words = name_words(name)
        exact = [p for p in self.people if words and name_words(p.name)[-1:] == words[-1:]]
        pool = exact or self.people
        hit = next((p for p in pool if same_name(p.name, name)), None)
        self._found[key] = hit
        return hit

    # -- resolution --------------------------------------------------------------------
    def resolve_all(self, cands: list[Candidate]) -> list[Speaker | None]:
        """Speakers for candidates in text order (the list must be sorted by position)."""
        speakers: list[Speaker | None] = []
        last: tuple[Speaker, int] | None = None  # the previous attribution's speaker and position
        contents = [(c.start, c.end) for c in cands]
        for cand in cands:
            spk: Speaker | None
            if cand.subject is not None:
                spk = self.resolve_mention(cand.subject, last, contents)
            elif cand.floating and last is not None and self._near(last[1], cand.start):
                prev = last[0]
                spk = Speaker(
                    name=prev.name,
                    kind=prev.kind,
                    resolution="floating",
                    mention=prev.mention,
                    title=prev.title,
                    ids=dict(prev.ids),
                )
            else:
                spk = None
            if spk is not None and spk.name and spk.resolution != "registry" and len(self.registry):
                hit = self.registry.lookup(spk.name, spk.kind)
                if hit is not None:  # a description resolved to an organisation, say
                    spk.name, spk.ids = hit.name, dict(hit.ids)
                    if spk.resolution == "explicit":
                        spk.resolution = "registry"
            speakers.append(spk)
            if spk is not None and spk.name:
                # Remember where the attribution ends (its cue clause included): a name
                # inside that clause ("... said at a meeting with X") is not a new topic.
                last = (
                    spk,
                    max(cand.end, cand.cue_end or 0, cand.subject.end_char if cand.subject else 0),
                )
        return speakers

    def _near(self, prev_pos: int, pos: int) -> bool:
        """Within the same or the next paragraph: news quotes run on for one paragraph at most."""
        between = doc_text(self.doc)[prev_pos:pos]
        return between.count("\n") - between.count("\n \n") - between.count("\n .\n") <= 2

    def resolve_mention(
        self,
        mention: Span,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        """The speaker a mention refers to, with how it was decided."""
        m = TextSpan(mention.text, mention.start_char, mention.end_char)
        head = mention.root
        low = head.lower_
        if mention.text in ("Q", "A"):
            # "Q:" / "A:" of a printed interview: the interviewer or the interviewee, whom
            # the label does not name.
            return Speaker(None, "person", "unresolved", m)
        # A statement noun ("the ministry's statement") speaks for its possessor.
        if head.lemma_.lower() in self.lexicon.speech_nouns:
            owner = _owner_of(head)
            if owner is not None:
                inner = self.resolve_mention(_phrase(owner), last, contents)
                inner.mention = m
                return inner
            if last is not None and last[0].name and self._near(last[1], m.start):
                prev = last[0]  # "a statement said": the statement of whoever was just speaking
                return Speaker(prev.name, prev.kind, "description", m, prev.title, dict(prev.ids))
        if low in PERSONAL_PRONOUNS_SPEAKING and len(mention) <= 2:
            return self._pronoun(head, m, last, contents)
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "Smith, who said ...": the relative pronoun stands for the noun it follows.
            noun = head.head.head
            return self.resolve_mention(_phrase(noun), last, contents)
        if head.pos_ == "PRON" or low in RELATIVE_PRONOUNS:
            # "it said", "I said" outside a quotation (the writer), "which": nothing named.
            if low == "it" and last is not None and last[0].kind in ("organization", "media"):
                prev = last[0]
                return Speaker(prev.name, prev.kind, "pronoun", m, None, dict(prev.ids))
            return Speaker(None, "unknown", "unresolved", m)
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None and head.pos_ != "PROPN":
            # "The operator, Nordfjord Lines, said": the name in apposition is the speaker.
            inner = self.resolve_mention(_phrase_with_compounds(appos), last, contents)
            inner.mention = m
            return inner
        if head.pos_ == "PROPN" or head.text[:1].isupper() and head.is_alpha:
            # A name already known as a person stays a person, whatever the tagger says now.
            known = self._find_person(_proper_phrase(head))
            if known is not None:
                written = set(name_words(mention.text))
                res = (
                    "registry"
                    if known.from_registry
                    else ("explicit" if set(name_words(known.name)) <= written else "alias")
                )
                return self._speaker_of(known, m, res, title=_title_text(mention, None))
            acronym = self._acronyms.get(head.text)
            if acronym is not None:
                return self._organisation(acronym, m)
        person_ent = _entity_in(mention, {"PERSON"})
        if (
            person_ent is not None
            and person_ent.root.i == head.i
            or (person_ent is not None and head.pos_ == "PROPN")
        ):
            return self._named_person(person_ent, mention, m)
        org_ent = _entity_in(mention, ORG_LABELS)
        if org_ent is not None and (org_ent.start <= head.i < org_ent.end):
            return self._organisation(_strip_det(org_ent.text), m)
        if head.pos_ == "PROPN":
            return self._organisation(_strip_det(_proper_phrase(head)), m)
        return self._description(mention, m, last)

    def _named_person(self, ent: Span, mention: Span, m: TextSpan) -> Speaker:
        person = self._person(ent.text, ent.start_char)
        person.last_seen = ent.start_char
        written = set(name_words(mention.text))
        full = set(name_words(person.name))
        resolution = (
            "registry" if person.from_registry else ("explicit" if full <= written else "alias")
        )
        title = _title_text(mention, ent)
        if title and title not in person.titles:
            person.titles.append(title)
        return self._speaker_of(person, m, resolution, title=title)

    def _speaker_of(
        self, person: Entity, m: TextSpan, resolution: str, title: str | None = None
    ) -> Speaker:
        return Speaker(
            name=person.name,
            kind=person.kind,
            resolution=resolution,  # type: ignore[arg-type]
            mention=m,
            title=title or (person.titles[0] if person.titles else None),
            ids=dict(person.ids),
        )

    def _organisation(self, name: str, m: TextSpan) -> Speaker:
        kind = "media" if self.lexicon.is_media(name) else "organization"
        hit = self.registry.lookup(name, kind)
        for o in self.orgs:
            if o.name.lower() == name.lower():
                o.last_seen = m.start
                break
        else:
            self.orgs.append(Entity(name=name, kind=kind, last_seen=m.start))
        if hit is not None:
            return Speaker(hit.name, hit.kind, "registry", m, None, dict(hit.ids))  # type: ignore[arg-type]
        return Speaker(name, kind, "explicit", m)  # type: ignore[arg-type]

    def _pronoun(
        self,
        tok: Token,
        m: TextSpan,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        low = tok.lower_
        if low in PLURAL:
            if last is not None and last[0].kind in ("organization", "group", "media"):
                prev = last[0]
                return Speaker(prev.name, prev.kind, "pronoun", m, prev.title, dict(prev.ids))
            return Speaker(None, "group", "unresolved", m)
        gender = "male" if low in MALE else "female" if low in FEMALE else None
        subject = self._recent_subject(tok, contents, gender)
        if last is not None and last[0].kind == "person" and self._near(last[1], m.start):
            prev = last[0]
            prev_person = self._find_person(prev.name) if prev.name else None
            compatible = (
                gender is None or prev_person is None or prev_person.gender in (None, gender)
            )
            # A person made the subject of a sentence since the last quote takes over,
            # unless the last speaker is the only one of the pronoun's gender.
            newer = subject is not None and subject[1] > last[1] and subject[0].name != prev.name
            if compatible and not (
                newer and subject is not None and subject[0].gender in (None, gender)
            ):
                return Speaker(prev.name, prev.kind, "pronoun", m, prev.title, dict(prev.ids))
        if subject is not None:
            return self._speaker_of(subject[0], m, "pronoun")
        if last is not None and last[0].kind == "person":
            prev = last[0]
            return Speaker(prev.name, prev.kind, "pronoun", m, prev.title, dict(prev.ids))
        return Speaker(None, "person", "unresolved", m)

    def _recent_subject(
        self, tok: Token, contents: list[tuple[int, int]], gender: str | None
    ) -> tuple[Entity, int] | None:
        """The latest person before ``tok`` that a pronoun can pick up: named as a sentence
        subject, or introduced for the first time (news introduces a speaker, then quotes
        "he says"); never a name inside reported content. Looks back a bounded distance."""
        k = bisect.bisect_left(self._mention_starts, tok.idx)
        for start, root_dep, same_sent_ok, person, first in reversed(
            self._mentions[max(0, k - 40) : k]
        ):
            if start >= tok.idx:
                continue
            if _inside(contents, start):
                continue
            subject = root_dep in ("nsubj", "nsubjpass")
            if not (subject or first):
                continue
            if not same_sent_ok and tok.sent.start_char <= start:
                continue
            if gender and person.gender not in (None, gender):
                continue
            return person, start
        return None

    def _description(self, mention: Span, m: TextSpan, last: tuple[Speaker, int] | None) -> Speaker:
        """ "the Ukrainian leader", "the ministry", "officials": who they describe, or the words."""
        head = mention.root
        lemma = head.lemma_.lower()
        modifiers = {
            t.lower_ for t in mention if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")
        }
        definite = any(t.lower_ in ("the", "this", "that") for t in mention if t.dep_ == "det")
        group = self.lexicon.roles.get(lemma)
        if definite and group is not None:
            for person in sorted(self.people, key=lambda p: -p.last_seen):
                if person.last_seen > m.start:
                    continue
                if _title_matches(person.titles, group, modifiers, self.lexicon):
                    return self._speaker_of(person, m, "description")
        if definite:
            for org in sorted(self.orgs, key=lambda o: -o.last_seen):
                if lemma in org.name.lower().split():
                    return Speaker(org.name, org.kind, "description", m)  # type: ignore[arg-type]
            for start, name in reversed(self._org_mentions):
                # "the ministry" -> "the Norwegian Foreign Ministry" named earlier
                if start < m.start and lemma in name.lower().split():
                    kind = "media" if self.lexicon.is_media(name) else "organization"
                    return Speaker(name, kind, "description", m)  # type: ignore[arg-type]
            if (
                lemma in ORG_NOUNS
                and last is not None
                and last[0].kind in ("organization", "media")
            ):
                prev = last[0]  # "the department said" right after the department spoke
                return Speaker(prev.name, prev.kind, "description", m, None, dict(prev.ids))
        if (
            definite
            and lemma not in ORG_NOUNS
            and lemma not in GROUP_NOUNS
            and head.tag_ in ("NN", "NNS")
        ):
            # "the 26-year-old right wing said": a definite description of a person just named
            salient = self._recent_subject(head, [], None)
            if salient is not None and self._near(salient[1], m.start):
                return self._speaker_of(salient[0], m, "description")
        known = self._find_person(mention.text) if mention.text[:1].isupper() else None
        if known is not None:
            return self._speaker_of(known, m, "alias", title=None)
        text = _strip_det(mention.text)
        kind = "group" if lemma in GROUP_NOUNS or head.tag_ in ("NNS", "NNPS") else "unknown"
        if lemma in ORG_NOUNS:
            kind = "organization"
        if self.lexicon.is_media(text):
            kind = "media"
        return Speaker(text, kind, "explicit", m)  # type: ignore[arg-type]


PERSONAL_PRONOUNS_SPEAKING = MALE | FEMALE | PLURAL
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _main_clause(tok: Token) -> bool:
    """Whether a subject token belongs to its sentence's main clause (or a clause
    coordinated with it): the most salient antecedent position (Centering theory)."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _full_name(ent: Span) -> str:
    """A PERSON entity with the name tokens the tagger left out ("Doug" + "Purdy")."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ in ("", "PERSON")
        and (doc[end - 1].head.i == end or doc[end].dep_ == "flat")
    ):
        end += 1
    return doc[ent.start : end].text


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the (sorted, possibly nested) spans."""
    k = bisect.bisect_right(spans, (pos, float("inf")))
    return any(s <= pos < e for s, e in spans[max(0, k - 8) : k])


def _title_matches(titles: list[str], group: str, modifiers: set[str], lexicon: Lexicon) -> bool:
    """A title of the same role group whose nationality, if any, agrees with the description's."""
    nationality = {m[:5] for m in modifiers if m[:1].isalpha() and m not in lexicon.roles}
    for title in titles:
        words = [w.strip(".,").lower() for w in title.replace("'s", " ").replace("’s", " ").split()]
        if not any(lexicon.roles.get(w) == group for w in words):
            continue
        places = {w[:5] for w in words if w not in lexicon.roles and w[:1].isalpha()}
        if not nationality or not places or nationality & places:
            return True
    return False


def _acronym_map(doc: Doc) -> dict[str, str]:
    """ "IRCC" -> "Immigration, Refugees and Citizenship Canada" when both are in the text.

    Candidates are the capitalised word runs of the text ("Parliamentary Budget Officer"),
    tagged as entities or not, with "of", "and", "for", "the" allowed inside.
    """
    out: dict[str, str] = {}
    glue = {"of", "and", "for", "the", "on", ","}
    run: list[Token] = []
    for tok in list(doc) + [None]:  # type: ignore[list-item]
        if tok is not None and (
            tok.text[:1].isupper() and tok.is_alpha or run and tok.lower_ in glue
        ):
            run.append(tok)
            continue
        while run and run[-1].lower_ in glue:
            run.pop()
        words = [t.text for t in run if t.text[:1].isupper() and t.lower_ not in glue]
        if len(words) >= 2:
            initials = "".join(w[0] for w in words).upper()
            out.setdefault(initials, _strip_det(doc[run[0].i : run[-1].i + 1].text))
        run = []
    return out


def _entity_in(span: Span, labels: set[str]) -> Span | None:
    # Only entities overlapping the span can match; they are sorted and do not overlap,
    # so bisect to the first one (a scan of every entity per mention was O(n^2)).
    ents = doc_ents(span.doc)
    ends = span.doc.user_data.get("quotes_ent_ends")
    if ends is None or len(ends) != len(ents):
        ends = span.doc.user_data["quotes_ent_ends"] = [e.end for e in ents]
    first = bisect.bisect_right(ends, span.start) if len(span) else 0
    for k in range(first, len(ents)):
        ent = ents[k]
        if len(span) and ent.start >= span.end:
            break
        if ent.label_ in labels and ent.start >= span.start and ent.end <= span.end:
            return ent
        if ent.label_ in labels and ent.start <= span.root.i < ent.end:
            return ent
    return None


def _title_before(ent: Span) -> str | None:
    """Title words written before a name in its noun phrase ("Russian Foreign Minister")."""
    start = ent.root.left_edge.i if ent.root.left_edge.i < ent.start else ent.start
    return _title_span(ent.doc, start, ent.start)


def _title_text(mention: Span, ent: Span | None) -> str | None:
    end = ent.start if ent is not None else mention.root.i
    return _title_span(mention.doc, mention.start, end)


def _title_span(doc: Doc, start: int, end: int) -> str | None:
    """The title as written between two token positions: determiners, possessive
    markers and given names (a name token the parser left outside the entity) removed."""
    toks = [t for t in doc[start:end] if t.dep_ != "det" and not t.is_punct or t.text == "-"]
    while toks and (toks[0].tag_ == "POS" or toks[0].is_punct):
        toks = toks[1:]
    from quotes.lexicon import load_lexicon

    roles = load_lexicon().roles
    while toks and (toks[-1].pos_ == "PROPN" and toks[-1].lower_ not in roles or toks[-1].is_punct):
        toks = toks[:-1]  # "Ukrainian President Volodymyr" -> "Ukrainian President"
    while toks and toks[0].pos_ not in ("PROPN", "NOUN", "ADJ") and toks[0].lower_ not in roles:
        toks = toks[1:]  # "when", "back", "Everything" before a name are not a title
    if not toks or not any(t.lower_ in roles or t.lemma_.lower() in roles for t in toks):
        return None
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])]


def _gender_near(ent: Span) -> str | None:
    """Gender the text itself gives a name: a title, or the first personal pronoun after it."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in MALE_TITLES:
        return "male"
    if ent.start > 0 and doc[ent.start - 1].lower_ in FEMALE_TITLES:
        return "female"
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    stop = min(len(doc), ent.sent.end + 25)
    for tok in doc[ent.end : stop]:
        if tok.ent_type_ == "PERSON":
            return None  # another person intervenes: no safe inference
        if tok.lower_ in MALE:
            return "male"
        if tok.lower_ in FEMALE:
            return "female"
    return None


def _owner_of(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("his", "her", "its", "their"):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    for child in noun.children:
        if child.dep_ == "acl":  # "a statement e-mailed to The Globe by Reagan Ruslim"
            for g in child.children:
                if g.dep_ == "agent":
                    return next((p for p in g.children if p.dep_ == "pobj"), None)
    return None


def _phrase(tok: Token) -> Span:
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i + 1
    return doc[start:end]


def _phrase_with_compounds(tok: Token) -> Span:
    """A name token with the compound words written before it ("Nordfjord Lines")."""
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i
    ):
        start -= 1
    return tok.doc[start : tok.i + 1]


def _proper_phrase(head: Token) -> str:
    """The proper name around ``head`` as written ("Moscow's foreign ministry" keeps its 's)."""
    toks = [
        t for t in subtree(head) if (t.pos_ == "PROPN" or t.i == head.i) and abs(t.i - head.i) <= 4
    ]
    if not toks:
        return head.text
    doc = head.doc
    return doc[min(t.i for t in toks) : max(t.i for t in toks) + 1].text


def _strip_det(text: str) -> str:
    t = text.strip()
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if t.startswith(det):
            t = t[len(det) :]
            break
    return _strip_possessive(t)


def _strip_possessive(text: str) -> str:
    t = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if t.endswith(suffix):
            return t[: -len(suffix)].strip()
    return t
