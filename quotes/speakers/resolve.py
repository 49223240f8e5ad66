"""Resolve each speaker mention to the person or organisation it names.

Walks the document's attributions in text order, the way a reader does, keeping a
registry of who has been named so far: a name gets its fullest form in the document
("Lavrov" -> "Sergey Lavrov"), a pronoun the most recent compatible speaker, a
description ("the Ukrainian leader", "the ministry") the entity it describes, and a
quotation with no speaker of its own the speaker just before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.detect.abbreviations import TITLES
from quotes.detect.attributions import Candidate
from quotes.detect.clauses import LISTED_REMIT, mention_of
from quotes.detect.cues import OUTLET_NOUNS, is_dateline
from quotes.detect.tree import subtree
from quotes.doctext import doc_ents, doc_text
from quotes.lexicon import Lexicon, load_lexicon
from quotes.records import Speaker, SpeakerMember, TextSpan
from quotes.speakers.ages import aged_after, aged_before, ages_written, bare_age
from quotes.speakers.confidence import RESOLUTION_CONFIDENCE
from quotes.speakers.descriptors import DescriptorIndex, describe
from quotes.speakers.documents import owner_of
from quotes.speakers.keys import speaker_key
from quotes.speakers.kinship import (
    KIN_NOUNS,
    KinLink,
    family_name,
    kin_gender,
    kin_links,
    kin_named_before,
    kin_relation,
)
from quotes.speakers.names import ascii_fold, fuller, name_words, same_name, same_word
from quotes.speakers.registry import SpeakerRegistry

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their"}
MALE_TITLES = {"mr", "mr.", "sir", "king", "prince", "lord"}
# Kinship and person nouns that give a name its gender where the text writes them with it
# ("her father Tarik", "Ana, his wife,", "Per Dahl, a retired fisherman").
MALE_NOUNS = {
    "father",
    "son",
    "brother",
    "husband",
    "grandfather",
    "grandson",
    "uncle",
    "nephew",
    "boyfriend",
    "dad",
    "stepfather",
    "stepson",
    "widower",
    "man",
    "boy",
    "fisherman",
    "businessman",
    "chairman",
    "spokesman",
    "congressman",
    "councilman",
    "policeman",
}
FEMALE_NOUNS = {
    "mother",
    "daughter",
    "sister",
    "wife",
    "grandmother",
    "granddaughter",
    "aunt",
    "niece",
    "girlfriend",
    "mom",
    "mum",
    "stepmother",
    "stepdaughter",
    "widow",
    "woman",
    "girl",
    "businesswoman",
    "chairwoman",
    "spokeswoman",
    "congresswoman",
    "councilwoman",
    "policewoman",
}
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

# Documents made by researchers, not issued by whoever just spoke: "a statement said" after
# the minister is the minister's, "a private survey suggested" is nobody's named here.
_STUDIES = frozenset({"study", "survey", "poll", "analysis", "assessment", "report", "review",
                      "audit", "research", "findings", "finding", "data", "estimate", "forecast"})


@dataclass
class Entity:
    """Someone named in the document so far."""

    name: str
    kind: str
    gender: str | None = None
    titles: list[str] = field(default_factory=list)
    # titles written with the full name ("Associate Professor Miriam Achterberg"): they
    # tell apart two people a family name fits, where a title met with the family name
    # alone may have been given to the wrong one
    named_titles: list[str] = field(default_factory=list)
    last_seen: int = 0
    ids: dict[str, str] = field(default_factory=dict)
    from_registry: bool = False
    votes: dict[str, int] = field(default_factory=dict)
    mention: TextSpan | None = None  # where the fullest form of the name is written
    spoke_at: int | None = None  # where a record last named this person the speaker
    written_at: list[int] = field(default_factory=list)  # where written in two words or more


class SpeakerResolver:
    """Document-level resolution state; one per document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, registry: SpeakerRegistry | None = None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.registry = registry or SpeakerRegistry()
        _relabel_datelines(doc)
        _relabel_titled_people(doc)
        self._companies = _relabel_companies(doc)
        self._story_start = _headline_end(doc_text(doc))  # after the headline, if any
        self.people: list[Entity] = []
        self.orgs: list[Entity] = []
        self._role_words = {w.rstrip(".") for w in lexicon.roles}
        # the people a name may stand for, and the given-name guess when none fits
        self._found: dict[tuple[str, int], tuple[list[Entity], Entity | None]] = {}
        # "Trump says he would pay": he or she opening reported words, while resolving them
        self._content_gender: str | None = None
        self._ages: list[tuple[int, Span, str]] | None = None  # read when first needed
        self._nationalities: set[str] | None = None  # the article's NORP words, when needed
        self._first_question: int | None = None  # where an interview's first "Q:" stands
        self._retyped: set[str] = set()  # names first guessed a person's, then "the company"
        # (head noun, speaker, position) of each speaker a description named
        self._described_speakers: list[tuple[str, Speaker, int]] = []
        # people named as a pair ("Tracy and Doug Brennan said"): each one's partner
        self._partners: dict[str, str] = {}
        self._kin: list[KinLink] | None = None  # the article's relatives, read when needed
        self._org_mentions = [
            (ent.start_char, _strip_det(_body_words(ent).text))
            for ent in doc_ents(doc)
            if ent.label_ in ("ORG", "NORP", "GPE")
            and len(ent) >= 2
            # a description the tagger took for a name ("the federal department") names
            # no body of its own
            and any(t.pos_ == "PROPN" for t in ent)
        ]
        self._name_labels: dict[str, dict[str, int]] = {}
        for ent in doc_ents(doc):
            # the whole name and, for one-word names in a list ("Brightwave, Nordmail"), each word
            keys = {_strip_det(ent.text).lower()} | {
                t.lower_ for t in ent if t.pos_ == "PROPN" and ent.label_ == "ORG"
            }
            for key in keys:
                votes = self._name_labels.setdefault(key, {})
                votes[ent.label_] = votes.get(ent.label_, 0) + 1
        self._collect_people()
        self._pair_partners()
        self.descriptors = DescriptorIndex(_name_spans(doc))
        self._subject_orgs = [
            e for e in doc_ents(doc) if e.label_ == "ORG" and e.root.dep_ in ("nsubj", "nsubjpass")
        ]
        self._org_counts: dict[str, int] = {}
        for e in doc_ents(doc):
            if e.label_ in ("ORG", "GPE"):
                key = _strip_det(e.text).lower()
                self._org_counts[key] = self._org_counts.get(key, 0) + 1
        self._documents = [
            (tok.idx, _document_lemma(tok, lexicon), owner)
            for tok in doc
            if tok.pos_ == "NOUN"
            and (
                tok.lemma_.lower() in lexicon.document_nouns
                or tok.lower_ in lexicon.document_nouns
                or tok.lemma_.lower() in lexicon.speech_nouns
            )
            and (owner := owner_of(tok)) is not None
        ]

    # -- the people and organisations the document names ------------------------------
    def _collect_people(self) -> None:
        """Cluster every PERSON name in the document by name variant, with gender and titles."""
        for ent in doc_ents(self.doc):
            if len(ent) == 1 and ent.text.isupper() and len(ent.text) > 1:
                continue  # "RCMP Sgt. Paul Dorsey": an acronym tagged PERSON is a body's
            if ent.label_ == "PERSON" and name_words(ent.text):
                full = _full_name(ent)
                title = _title_before(ent)
                person = self._person(full.text, full.start_char, title=title)
                if title and title not in person.titles:
                    person.titles.append(title)
                if title and len(name_words(full.text)) >= 2 and title not in person.named_titles:
                    person.named_titles.append(title)
                vote = _gender_near(ent)
                if vote is not None:
                    person.votes[vote] = person.votes.get(vote, 0) + 1
        self._collect_unlabelled_people()
        # "Brightwave said ... he": one stray pronoun does not make a person of a name the
        # tagger calls an organisation again and again
        self.people = [
            p
            for p in self.people
            if sum(p.votes.values()) >= 2 or " " in p.name or not self._filed_as_body(p.name)
        ]
        # "sending Edmonton to a fifth defeat" tagged PERSON beside "the Edmonton Oilers":
        # a lone word that opens a body's name, with no title or pronoun to make it
        # someone, is the place or the team
        openers = _body_name_openers(self.doc)
        self.people = [
            p
            for p in self.people
            if " " in p.name or p.votes or p.titles or p.from_registry
            or p.name.lower() not in openers
        ]
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
        self._complete_family_names()
        self._share_kin_family_names()
        self._acronyms = _acronym_map(self.doc)
        seen: set[int] = set()
        self._sents = list(self.doc.sents)
        self._sent_starts = [s.start_char for s in self._sents]
        self._sent_ends = [s.end_char for s in self._sents]
        self._cue_subjects: list[Span] = []
        self._cue_subject_starts: list[int] = []
        self._mentions: list[tuple[int, str, bool, Entity, bool]] = []
        self._mention_spans: dict[int, TextSpan] = {}
        for ent in doc_ents(self.doc):
            if not name_words(ent.text):
                continue
            if ent.label_ != "PERSON" and not (
                ent.label_ in ("ORG", "GPE", "NORP")
                and len(ent) >= 2
                and ent.text in self._misfiled
            ):
                continue
            person = self._find_person(_full_name(ent).text, ent.start_char)
            if person is None:
                continue
            dep = ent.root.dep_ if ent.root.dep_ in ("nsubj", "nsubjpass") else ent.root.head.dep_
            subject = ent.root
            if ent.root.dep_ in ("appos", "compound") and dep in ("nsubj", "nsubjpass"):
                subject = ent.root.head  # "Her captain, Lena Brandt, disagreed."
            elif ent.root.dep_ == "conj" and _conjunct_head(ent.root).dep_ in (
                "nsubj",
                "nsubjpass",
            ):
                subject = _conjunct_head(ent.root)
                dep = subject.dep_  # "Ms. Roe and Mr. Berg toured": both subjects
            elif ent.root.dep_ not in ("nsubj", "nsubjpass"):
                dep = ent.root.dep_
            if dep == "ROOT" and ent.root.pos_ == "PROPN":
                # "Retired pilot David Hartley, who lost 7 kg." cut off as a sentence of
                # its own: a name with no main verb above it is what the fragment is about
                dep = "nsubj"
            if dep in ("nsubj", "nsubjpass") and not _main_clause(subject):
                dep = "sub_nsubj"  # the subject of a subordinate clause is less salient
            # A first mention introduces a new speaker only when written in full ("Halifax
            # nurse Linda Morrison"); a lone word is too often a tagging slip.
            full = len(name_words(_full_name(ent).text)) >= 2
            # ... and so does a re-introduction in full with what they are ("results for
            # Halifax nurse Linda Morrison, 50"): news turns to them again.
            first = full and (id(person) not in seen or describe(ent) is not None)
            seen.add(id(person))
            self._mentions.append(
                (ent.start_char, dep, dep in ("nsubj", "nsubjpass"), person, first)
            )
            self._mention_spans[ent.start_char] = _span(ent)
        family_names = {name_words(p.name)[-1] for p in self.people if len(name_words(p.name)) >= 2}
        for tok in self.doc:
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and (tok.pos_ == "PROPN"
                     # "Jeffries disputed that account." with the name tagged a noun
                     or tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha
                     and tok.lower_ in family_names)
                and tok.ent_type_ != "PERSON"
            ):
                person = self._find_person(self._strip_title(_proper_phrase(tok)), tok.idx)
                if person is not None:
                    first = id(person) not in seen
                    seen.add(id(person))
                    dep = tok.dep_ if _main_clause(tok) else "sub_nsubj"
                    self._mentions.append((tok.left_edge.idx, dep, True, person, first))
                    self._mention_spans[tok.left_edge.idx] = _span(
                        self.doc[tok.left_edge.i : tok.i + 1]
                    )
        self._mentions.sort(key=lambda m: m[0])
        self._mention_starts = [m[0] for m in self._mentions]

    def _pair_partners(self) -> None:
        """ "Jessica's parents, Denise and Luc Moreau, sat ...": two given names written
        before one family name are a pair of the article's people, each the other's
        partner for "her husband" later (the noun's gender still has to fit)."""
        for match in _NAMED_PAIR.finditer(doc_text(self.doc)):
            first, second, family = match.groups()
            a = self._find_person(f"{first} {family}", match.start())
            b = self._find_person(f"{second} {family}", match.start())
            if a is None or b is None or a is b or not (
                name_words(a.name)[0] == ascii_fold(first)
                and name_words(b.name)[0] == ascii_fold(second)
            ):
                continue  # both must be people the article names so, not a guess
            self._partners.setdefault(a.name, b.name)
            self._partners.setdefault(b.name, a.name)

    def _complete_family_names(self) -> None:
        """A person known by one word whose full name the tagger missed ("Ana Lindqvist
        scored" with "Lindqvist" tagged ORG, then "Lindqvist said"): a listed given name
        written right before that word, the only one the article writes there, completes
        it."""
        single = {
            p.name.lower(): p for p in self.people if " " not in p.name and not p.from_registry
        }
        if not single:
            return
        given: dict[str, set[str]] = {}
        where: dict[str, Span] = {}
        for tok in self.doc[1:]:
            prev = self.doc[tok.i - 1]
            key = tok.lower_
            if (
                key in single
                and tok.text[:1].isupper()
                and prev.text[:1].isupper()
                and prev.is_alpha
                and prev.lower_ in self.lexicon.first_names
                and prev.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")
            ):
                given.setdefault(key, set()).add(prev.text)
                where.setdefault(key, self.doc[prev.i : tok.i + 1])
        for key, names in given.items():
            if len(names) != 1 or any(
                " " in p.name and same_name(p.name, key) for p in self.people
            ):
                continue  # two given names ("Caleb Jones", "Martin Jones"): nobody guessed
            person, span = single[key], where[key]
            person.name = span.text
            person.mention = _span(span)
            person.written_at.append(span.start_char)
            prior = self.lexicon.first_names.get(span[0].lower_)
            if prior is not None and person.gender is None and not person.votes:
                person.gender = prior  # a prior only: no pronoun said otherwise

    def _share_kin_family_names(self) -> None:
        """A child or sibling named by given name after the relative ("Maureen Doyle, 58,
        and her daughter Kelly"): the article means Kelly Doyle, and the record names her so
        rather than by a first name that groups with every other Kelly."""
        for ent in doc_ents(self.doc):
            if ent.label_ != "PERSON" or len(name_words(ent.text)) != 1:
                continue
            relative = kin_named_before(ent)
            if relative is None:
                continue
            person = self._find_person(ent.text, ent.start_char)
            if person is None or " " in person.name or person.from_registry:
                continue
            family = family_name(relative.text)
            full = f"{ent.text} {family}"
            if any(p.name == full for p in self.people):
                continue
            person.name = full
            person.mention = _span(ent)
            person.written_at.append(ent.start_char)

    def _collect_unlabelled_people(self) -> None:
        """Names the tagger missed or took for a place ("Nino Niederreiter" as GPE): a
        two- or three-word proper name in subject position that the text calls he or she."""
        doc = self.doc
        self._surnames = _surname_index(doc, self.lexicon)
        # words the tagger calls a place somewhere in the article ("Canada", "Norway")
        self._place_words = {e.text.lower() for e in doc_ents(doc)
                             if e.label_ == "GPE" and len(e) == 1}
        self._misfiled: set[str] = set()  # person names the tagger filed as bodies
        for tok in doc:
            if (
                tok.dep_ not in ("nsubj", "nsubjpass")
                or tok.pos_ != "PROPN"
                or tok.ent_type_ == "PERSON"
                # "The Criminal Code sets out ...": a law, a work, an event is nobody, and
                # a person's name takes no article
                or tok.ent_type_ in _NEVER_PEOPLE
                or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            ):
                continue
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i:
                start -= 1
            first_word = start
            while start < tok.i and doc[start].lower_.rstrip(".") in self._role_words:
                start += 1  # "President Volodymyr Zelenskyy": the title is not the name
            inner = [k for k in range(start, tok.i)
                     if doc[k].lower_.rstrip(".") in self._role_words]
            if inner:
                start = inner[-1] + 1  # "Fire Chief Renata Solis": a title of two words
            titled = start > first_word and tok.i - start >= 1  # a title and two name words
            words = doc[start : tok.i + 1]
            if not 1 <= len(words) <= 3 or not all(
                t.text[:1].isupper() and t.text[1:].islower() for t in words
            ):
                continue
            # One word alone ("Liv, a nurse from Tromsø, ... when she heard") only when
            # the tagger did not call it a place or a people, or a longer name in the
            # article ends with it: "Haddouchi says she ..." after "Amira Haddouchi"
            # (tagged ORG) is that person's family name.
            named = words
            if len(words) == 1 and tok.ent_type_ not in ("", "PERSON"):
                longer = self._surnames.get(tok.lower_)
                if longer is None and tok.ent_type_ != "ORG":
                    continue  # "Friday is a day she ...", "Montreal said it ..."
                if longer is not None:
                    named = longer
            elif len(words) == 1 and tok.ent_type_ == "":
                # "Dufresne, who has 19 goals, ..." after "33-year-old Mathieu Dufresne"
                # (tagged ORG): the family name of a longer name the article wrote
                longer = self._surnames.get(tok.lower_)
                if longer is not None and len(longer) >= 2:
                    named = longer
            if (
                named is words
                and len(words) == 1
                and (
                    # a capital that only opens the sentence ("Story continues below") is no
                    # name unless an apposition follows ("Liv, a nurse from ...")
                    tok.i == tok.sent.start
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
                    and tok.lower_ not in self.lexicon.first_names
                )
            ):
                continue
            if any(
                t.lower_ in self.lexicon.org_nouns or t.lower_ in self.lexicon.roles for t in words
            ):
                continue
            if len(words) >= 2 and words[-1].lower_ in self._place_words or (
                    len(words) >= 3 and not titled
                    and all(t.ent_type_ == "ORG" for t in words)):
                # "Alpine Racing Canada said ... She will": a body named for a place, or
                # three words the tagger calls an organisation, is no person for a pronoun
                continue
            if self.lexicon.is_media(words.text) or _media_name_around(words, self.lexicon):
                continue  # "The Washington Post said his plan ...": an outlet, never a person
            vote = _gender_near(words)
            if vote is None and not titled and not self._person_by_age(words, named):
                continue
            if named is not words:
                self._misfiled.add(named.text)
            person = self._person(named.text, named.start_char)
            if vote is not None:
                person.votes[vote] = person.votes.get(vote, 0) + 1

    def _person_by_age(self, words: Span, named: Span) -> bool:
        """ "Lavoie, 58, who won ..." after "Marguerite Lavoie" tagged FAC: a name written
        with an age is a person's, whom no pronoun need name."""
        if words[-1].lower_ in _SEAT_WORDS or words[-1].lower_ in _ORG_NAME_WORDS:
            return False
        return len(name_words(named.text)) >= 2 and (aged_after(words) or aged_before(named))

    def _person(
        self, name: str, pos: int, fresh: bool = False, gender: str | None = None,
        title: str | None = None,
    ) -> Entity:
        """The person of this name, merged with a variant named before; ``fresh`` keeps a
        lone given name apart from a full name that starts with it; ``gender`` (from "Mrs"
        or "Mr") and ``title`` ("Associate Professor" written with the full name of one of
        them) pick among people of one family name."""
        clean = self._strip_title(clean_name(name))
        offset = name.find(clean) if clean else -1
        written = TextSpan(clean, pos + offset, pos + offset + len(clean)) if offset >= 0 else None
        in_full = len(name_words(clean)) >= 2
        matches = [p for p in self.people if same_name(p.name, clean)]
        if len(matches) > 1 and gender is not None:
            matches = [p for p in matches if p.gender != _OTHER_GENDER[gender]] or matches
        if len(matches) > 1 and title and not in_full:
            matches = _with_title(matches, title)
        if matches:
            p = _nearest_written(matches, pos)
            if in_full and pos not in p.written_at:
                p.written_at.append(pos)
            if not p.from_registry:
                fullest = fuller(p.name, clean)
                if fullest != p.name and written is not None:
                    p.mention = written
                p.name = fullest
            return p
        given = None if fresh else self._given_name_match(clean)
        if given is not None:
            return given
        p = Entity(name=clean, kind="person", last_seen=pos, mention=written)
        if in_full:
            p.written_at.append(pos)
        hit = self.registry.lookup(clean, "person")
        if hit is not None:
            p.name, p.ids, p.from_registry = hit.name, dict(hit.ids), True
            p.titles.extend(hit.roles)
        self.people.append(p)
        return p

    def _strip_title(self, name: str) -> str:
        """ "Councillor Elif Demir" -> "Elif Demir", "Statnett spokesperson Ingrid Aas" ->
        "Ingrid Aas": the role word (and the body before it) the tagger put in the name."""
        words = name.split()
        roles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in self._role_words]
        if roles and roles[-1] > 0 and not words[roles[-1]][:1].isupper():
            words = words[roles[-1] + 1 :]  # a lower-case role inside: what precedes is its body
        elif roles and roles[-1] > 0 and 1 <= len(words) - roles[-1] - 1 <= 3:
            words = words[roles[-1] + 1 :]  # "Fire Chief Renata Solis": a title of two words
        while len(words) > 1 and words[0].lower().rstrip(".") in self._role_words:
            words = words[1:]
        return " ".join(words)

    def _find_person(
        self, name: str, at: int | None = None, title: str | None = None
    ) -> Entity | None:
        """The person a name stands for; of two who share a family name ("Belkacemi" for
        Khaled and for Megda Belkacemi), the one introduced with the ``title`` the mention
        gives, else the one who spoke last before ``at``."""
        key = (name, len(self.people))  # a new person can change the answer; a rename cannot
        if key not in self._found:
            # A family name written the same wins over a near spelling ("Lindqvist" is Anna
            # Lindqvist, not "Studio Lindkvist"); only then the fuzzy comparison.
            words = name_words(name)
            if not words and " " not in name.strip() and name[:1].isupper() and "." not in name:
                # "Sen told Reuters" after "Ritika Sen": a family name that is also a title
                words = (ascii_fold(name.strip()),)
            exact = [p for p in self.people if words and name_words(p.name)[-1:] == words[-1:]]
            pool = exact or self.people
            matches = [p for p in pool if same_name(p.name, name)] or (
                exact if not name_words(name) else [])
            self._found[key] = (matches, None if matches else self._given_name_match(name))
        matches, given = self._found[key]
        if not matches:
            return given
        if len(matches) > 1 and title:
            matches = _with_title(matches, title)
        titled = _title_gender(name.split()[:1])
        if len(matches) > 1 and titled is not None:
            # "Mrs Farrant said" after her son spoke: the title says which Farrant
            matches = [p for p in matches if p.gender != _OTHER_GENDER[titled]] or matches
        if len(matches) > 1 and self._content_gender is not None:
            # "Trump says he would pay": not Ivanka Trump
            other = _OTHER_GENDER[self._content_gender]
            matches = [p for p in matches if p.gender != other] or matches
        return _nearest_written(matches, at)

    def _content_subject_gender(self, cand: Candidate) -> str | None:
        """The gender of he or she opening reported words ("says she will"): a speaker
        who talks of themselves that way, to tell apart two people of one family name."""
        if cand.quotes:
            return None
        span = self.doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        return _PRONOUN_GENDER.get(span[0].lower_)

    def _given_name_match(self, name: str) -> Entity | None:
        """A one-word name that is the first word of exactly one full name in the article:
        a given name ("Henrik" for Henrik Solvang, a teenager) or a family name written
        first ("Chen" for Chen Lanfang); else an inner word of exactly one long name ("Lula"
        for Luiz Inácio Lula da Silva). Two people who
        share that word make it ambiguous, and then nobody is guessed."""
        words = name_words(name)
        if len(words) != 1 or len(words[0]) < 2:
            return None
        hits = [
            p
            for p in self.people
            if len(name_words(p.name)) >= 2 and same_word(name_words(p.name)[0], words[0])
        ]
        if not hits:
            # "Lula" for Luiz Inácio Lula da Silva, "Sánchez" for Pedro Sánchez
            # Pérez-Castejón: a word inside a long name the article shortens to it
            hits = [
                p
                for p in self.people
                if len(name_words(p.name)) >= 3
                and any(same_word(w, words[0]) for w in name_words(p.name)[1:-1])
            ]
        return hits[0] if len(hits) == 1 else None

    # -- resolution --------------------------------------------------------------------
    def resolve_all(self, cands: list[Candidate]) -> list[Speaker | None]:
        """Speakers for candidates in text order (the list must be sorted by position).

        Each speaker also gets its stable ``key``, the ``antecedent`` it was resolved
        through, and a confidence that falls with the length and weakness of the chain.
        """
        speakers: list[Speaker | None] = []
        last: tuple[Speaker, int] | None = None  # the previous attribution's speaker and position
        # ... and of the previous one not nested in another's reported words: "She said the
        # parent company had reported profits of £61m." then a quotation paragraph goes on
        # with her, not with the company her words mention
        outer: tuple[Speaker, int] | None = None
        outer_span = (-1, -1)
        # Reported words hide their names from pronouns after them; a sentence sourced
        # "according to X" is the writer's own, and its subject stays salient ("Chloe
        # Farrant was last seen ..., according to police. She had told friends ...").
        contents = [(c.start, c.end) for c in cands if c.rule != "according-to"]
        self._cue_subjects = sorted(
            (c.subject for c in cands if c.subject is not None), key=lambda sp: sp.start_char
        )
        self._cue_subject_starts = [sp.start_char for sp in self._cue_subjects]
        quoted = sorted({(q.inner_start, q.inner_end) for c in cands for q in c.quotes})
        self._described_speakers.clear()
        for cand in cands:
            spk: Speaker | None
            if cand.subject is not None and _quoted_words(cand.subject, cand, quoted):
                # 'Roe said "nobody knows the story," and added: "..."': the parse took a
                # word inside another quotation for the speaker; the statement goes on.
                spk = self._floating(cand.start, outer, contents)
            elif cand.subject is not None:
                self._content_gender = self._content_subject_gender(cand)
                spk = self.resolve_mention(cand.subject, last, contents)
                self._learn_gender(spk, self._content_gender)
                self._content_gender = None
                spk = self._with_co_speakers(spk, cand.subject, last, contents)
            elif cand.floating:
                # inside the outer words, or in the same paragraph as a quotation nested in
                # them ('he heard students shout, "Build that wall!" and "Go back ..."'), the
                # nested speaker goes on; a new paragraph goes on with the outer one
                nested = outer_span[0] <= cand.start < cand.end <= outer_span[1] or (
                    last is not None and self._paragraphs_between(last[1], cand.start) == 0)
                spk = self._floating(cand.start, last if nested else outer, contents)
            else:
                spk = None
            if (spk is not None and spk.kind in ("organization", "media") and spk.name
                    and spk.resolution != "registry"):
                # "UCW" and "the union" after "The United Care Workers union (UCW) said":
                # the body's name as the article spells it out, without the common noun
                # written after it, one name for all its records
                full = self._acronyms.get(spk.name)
                if full is not None and not self._known_person(full):
                    spk.name = full
                spk.name = _without_common_tail(spk.name)
            if spk is not None and spk.name and spk.resolution != "registry" and len(self.registry):
                hit = self.registry.lookup(spk.name, spk.kind)
                if hit is not None:  # a description resolved to an organisation, say
                    spk.name, spk.ids = hit.name, dict(hit.ids)
                    if spk.resolution == "explicit":
                        spk.resolution = "registry"
            if spk is not None:
                spk.key = speaker_key(spk.name, spk.kind) if spk.name else None
                if spk.antecedent is not None and spk.mention is not None:
                    if (spk.antecedent.start, spk.antecedent.end) == (
                        spk.mention.start,
                        spk.mention.end,
                    ) and spk.resolution != "floating":
                        spk.antecedent = None  # resolved through its own words
            speakers.append(spk)
            if spk is not None and spk.kind == "person" and spk.name:
                for person in self.people:
                    if person.name == spk.name:
                        person.spoke_at = cand.start
                # "She said ...": the pronoun that resolved to her says who she is for the
                # pronouns after it ("...; he said" is someone else)
                self._learn_gender(spk, _PRONOUN_GENDER.get(spk.mention.text.lower())
                                   if spk.mention else None)
            if spk is not None and spk.name and cand.subject is not None:
                root = cand.subject.root
                introduced = not any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                    for c in root.children
                )
                if (root.pos_ == "NOUN" and introduced and spk.mention is not None
                        # "health system says" left as its own words: a body to find
                        # later, not one to take up
                        and not (root.lemma_.lower() in self.lexicon.org_nouns
                                 and spk.name == _strip_det(spk.mention.text))):
                    # "a person familiar with the talks": new to the article, so a later
                    # "the person" can only be them
                    self._described_speakers.append((root.lemma_.lower(), spk, cand.start))
            if spk is not None and spk.name:
                # Remember where the attribution ends (its cue clause included): a name
                # inside that clause ("... said at a meeting with X") is not a new topic.
                last = (
                    spk,
                    max(cand.end, cand.cue_end or 0, cand.subject.end_char if cand.subject else 0),
                )
                if not outer_span[0] <= cand.start < cand.end <= outer_span[1]:
                    outer, outer_span = last, (cand.start, cand.end)
        if self._retyped:
            # A name the article later calls "the company" was an organisation throughout.
            for spk in speakers:
                if spk is not None and spk.kind == "person" and spk.name in self._retyped:
                    spk.kind = "organization"
                    spk.key = speaker_key(spk.name, spk.kind)
        return speakers

    def _floating(
        self, pos: int, last: tuple[Speaker, int] | None, contents: list[tuple[int, int]]
    ) -> Speaker | None:
        """A quotation paragraph with no cue of its own: the speaker just before it, unless
        the paragraphs between introduce someone else. A person made the subject there
        ("Ingrid Halvorsen, a farmer, lost half her crop.") is who the quotation continues;
        any other newcomer leaves it unresolved rather than carried past them. A paragraph
        that ends by saying someone issued a statement ("the DNC issued a statement
        apologizing to Sanders ...") hands the quotation to the issuer."""
        issuer = self._issuer_before(pos)
        if issuer is not None:
            spk = self.resolve_mention(mention_of(issuer), None, contents)
            if spk.name:
                spk.antecedent, spk.resolution = spk.mention, "floating"
                spk.confidence = 0.6
                return spk
        lo = last[1] if last is not None else max(0, pos - 1500)
        newcomer = self._subject_between(lo, pos, contents)
        described = self._described_newcomer(
            lo if newcomer is None else newcomer[1] + 1, pos, contents)
        if described is not None:
            # "Abena Osei said ... Her husband was blunter." then a quotation: the one just
            # described speaks, even when nobody names him
            spk = self.resolve_mention(_phrase(described), last, contents)
            if spk.kind == "person" and not (last is not None and spk.name == last[0].name):
                spk.antecedent = spk.antecedent or spk.mention
                spk.resolution = "floating"
                spk.confidence = 0.5
                return spk
        if described is None:
            introduced = self._introduced_just_before(pos, contents)
            if introduced is not None and (newcomer is None or introduced[1] > newcomer[1]) \
                    and not (
                last is not None and same_name(introduced[0].name, last[0].name)
            ):
                # "The loudest criticism came from Priya Venkataraman, who set up ..." then
                # a quotation paragraph: the one the paragraph brings in speaks
                spk = self._speaker_of(introduced[0], self._mention_spans.get(introduced[1]),
                                       "floating")
                spk.antecedent = spk.mention
                spk.confidence = 0.5
                return spk
        if newcomer is not None:
            person, start = newcomer
            written = self._mention_spans.get(start)
            if written is not None and len(name_words(written.text)) == 1:
                # "Okafor shrugged." after mother and son both spoke: the Okafor who spoke
                # last and was written in full, known only now that they have spoken
                person = self._find_person(written.text, start) or person
            prev = last[0] if last is not None else None
            if prev is not None and prev.kind == "person" and same_name(person.name, prev.name):
                return self._carried(prev, prev.mention, "floating", chained=True)
            if self._paragraphs_between(start, pos) <= 1:
                spk = self._speaker_of(person, self._mention_spans.get(start), "floating")
                spk.antecedent = spk.mention
                spk.confidence = 0.65
                return spk
            return None
        if last is None:
            return None
        if not self._near(last[1], pos):
            # One paragraph of the writer's own between the speaker's words and the next
            # quotation, naming nobody, does not change who is speaking; a name does.
            if self._paragraphs_between(last[1], pos) > 2 or self._names_between(last[1], pos):
                return None
            spk = self._carried(last[0], last[0].mention, "floating", chained=True)
            spk.confidence = min(spk.confidence or 0.5, 0.5)
            return spk
        return self._carried(last[0], last[0].mention, "floating", chained=True)

    def _introduced_just_before(
        self, pos: int, contents: list[tuple[int, int]]
    ) -> tuple[Entity, int] | None:
        """The one person the paragraph right before a quotation paragraph introduces, in
        full and for the first time, when that paragraph reports nobody's words: where it
        is written, and who."""
        text = doc_text(self.doc)
        para_start = text.rfind("\n", 0, pos)
        if para_start <= 0 or text[para_start:pos].strip(" \n\t\"'“”‘’«»„"):
            return None  # the quotation does not open its paragraph
        prev_end = len(text[:para_start].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if any(prev_start <= b and a < prev_end for a, b in contents):
            return None  # someone's words are reported there: the cue rules decide
        k = bisect.bisect_left(self._mention_starts, prev_start)
        found: dict[int, tuple[Entity, int]] = {}
        for start, dep, _subject, person, first in self._mentions[k:]:
            if start >= prev_end:
                break
            if dep == "poss" and not first:
                continue  # "Pruitt's younger sister, Kayla Pruitt": whose, not who
            if not first:
                return None  # someone known is named there too: no single newcomer
            found.setdefault(id(person), (person, start))
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_newcomer(
        self, lo: int, hi: int, contents: list[tuple[int, int]]
    ) -> Token | None:
        """The main-clause subject of the sentence just before ``hi`` when it describes one
        person ("Her husband was blunter.", "Another resident was angry."), after ``lo`` and
        outside reported content."""
        k = bisect.bisect_right(self._sent_ends, hi) - 1
        if k < 0:
            return None
        sent = self._sents[k]
        if sent.start_char < lo or doc_text(self.doc)[sent.end_char : hi].strip(" \n\t\"'“”‘’«»„"):
            return None  # not the sentence right before the quotation
        if any(t.is_quote for t in sent) or _inside(contents, sent.start_char):
            return None
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            return None
        lemma = subject.lemma_.lower()
        person = (lemma in PERSON_NOUNS or lemma in self.lexicon.roles or _profession(lemma))
        return subject if person else None

    def _names_between(
        self, lo: int, hi: int, labels: tuple[str, ...] = ("PERSON", "ORG", "NORP", "GPE"),
        contents: list[tuple[int, int]] | None = None,
    ) -> bool:
        """Whether a person or body is named between two offsets; names inside ``contents``
        (reported words) are not counted when given."""
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return True
        return any(
            e.label_ in labels and not (contents and _inside(contents, e.start_char))
            for e in span.ents
        )

    def _subject_between(
        self, lo: int, hi: int, contents: list[tuple[int, int]]
    ) -> tuple[Entity, int] | None:
        """The latest person made a main-clause subject between two offsets, outside any
        reported content."""
        k = bisect.bisect_left(self._mention_starts, hi)
        sent_of_hi = bisect.bisect_right(self._sent_starts, hi)
        for start, dep, _ok, person, _first in reversed(self._mentions[max(0, k - 40) : k]):
            if start < lo:
                break
            # "when Musk took to Twitter with this: '...'": a subordinate subject in the
            # quotation's own sentence leads into it
            own = dep == "sub_nsubj" and bisect.bisect_right(self._sent_starts, start) == sent_of_hi
            if (dep in ("nsubj", "nsubjpass") or own) and not _inside(contents, start):
                return person, start
        return None

    def _with_co_speakers(
        self,
        spk: Speaker,
        subject: Span,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        """ "Roe and Lund said", "reply Burton and Nick": every speaker of one statement, in
        ``members``, and a name that names them all."""
        head = subject.root
        listed = _listed_names(head)
        if listed:
            # "Kyle's parents, Tracy and Doug Brennan, said": the names are the speakers
            first = self._member(listed[0], listed, last, contents)
            if first is None:
                return spk
            spk, head = first, listed[0]
        others = listed[1:] or [c for c in head.conjuncts
                                if c.i > head.i and c.pos_ in ("PROPN", "NOUN")]
        listed_after = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                             and c.ent_type_ == head.ent_type_ == "PERSON"), None)
        if not others and listed_after is not None:
            # "Jeff Roe, Ana Lund and Per Berg said": the parser took the second for an
            # apposition of the first, the third for its conjunct
            others = [listed_after, *(c for c in listed_after.conjuncts if c.pos_ == "PROPN")]
        # "and" on the head, or on a later name of a list of names ("Roe, Lund and Berg")
        joiners = [head, *others] if all(o.pos_ == "PROPN" for o in others) else [head]
        joined_by_and = any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                            for t in joiners for c in t.children)
        if not others or not joined_by_and or spk.name is None:
            return spk
        ent = next((e for e in doc_ents(self.doc) if e.start <= head.i < e.end), None)
        if (ent is not None and ent.label_ != "PERSON"
                and any(ent.start <= o.i < ent.end for o in others)):
            return spk  # "Procter & Gamble", "Marks & Spencer": one name, one speaker
        if LISTED_REMIT.search(subject.text):
            return spk  # "the Ministry of Fisheries, Forests and Rural Affairs": one body
        if not listed and head.pos_ == "PROPN":
            # "Tracy and Doug Brennan said": a lone given name shares the family name after it
            shared = self._member(head, [head, *others], last, contents)
            if shared is not None and shared.name != spk.name:
                spk = Speaker(shared.name, shared.kind, spk.resolution, spk.mention)
        members = [SpeakerMember(spk.name, spk.kind, speaker_key(spk.name, spk.kind), spk.mention)]
        for tok in others:
            phrase = _phrase_with_compounds(tok)
            other = self._member(tok, [head, *others], last, contents)
            if other is None or other.name is None:
                return spk
            key = speaker_key(other.name, other.kind)
            members.append(SpeakerMember(other.name, other.kind, key, _span(phrase)))
        if len(members) == 2 and all(mb.kind == "person" and mb.name for mb in members):
            a, b = (mb.name or "" for mb in members)
            self._partners[a], self._partners[b] = b, a
        names = [mb.name or "" for mb in members]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        end = max(t.idx + len(t) for t in [head, *others])
        mention = TextSpan(doc_text(self.doc)[subject.start_char : end], subject.start_char, end)
        return Speaker(joined, "group", spk.resolution, mention, None, {}, members=members)

    def _member(
        self, tok: Token, names: list[Token], last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker | None:
        """One of several people named together; a lone given name before a full name takes
        its family name ("Tracy and Doug Brennan": Tracy Brennan)."""
        phrase = _phrase_with_compounds(tok)
        final = _phrase_with_compounds(names[-1])
        if (
            len(phrase) == 1
            and tok.i != names[-1].i
            and len(final) >= 2
            and tok.ent_type_ == "PERSON"
            and phrase.text.lower() in self.lexicon.first_names
            and self._alone(phrase.text, tok.idx)
        ):
            m = TextSpan(phrase.text, phrase.start_char, phrase.end_char)
            return self._named_words(f"{phrase.text} {final[-1].text}", phrase, m)
        spk = self.resolve_mention(phrase, last, contents)
        return spk if spk.name is not None else None

    def _partner_of(
        self, mention: Span, noun: Token, last: tuple[Speaker, int] | None
    ) -> Speaker | None:
        """ "Her husband said" after "Tracy and Doug Brennan said" and Tracy Brennan
        speaking: the one she was named beside, when the noun's gender fits him."""
        poss = _possessive_of(noun)
        if poss is None:
            return None
        owner = self.resolve_mention(mention.doc[poss.i : poss.i + 1], last, [])
        partner = self._partners.get(owner.name or "")
        person = self._find_person(partner, mention.start_char) if partner else None
        gender = "male" if noun.lower_ in MALE_NOUNS else "female" if (
            noun.lower_ in FEMALE_NOUNS) else None
        if person is None or gender and person.gender not in (None, gender):
            return None
        spk = self._speaker_of(person, TextSpan(mention.text, mention.start_char,
                                                mention.end_char), "description")
        spk.antecedent = person.mention  # where the pair was named
        spk.confidence = 0.6  # a relation read from the article: a reviewer should look
        return spk

    def _kin_links(self) -> list[KinLink]:
        """The article's kin relations (read once, when first needed)."""
        if self._kin is None:
            gender_of = {}
            for ent in doc_ents(self.doc):
                if ent.label_ == "PERSON":
                    found = self._find_person(ent.text, ent.start_char)
                    gender_of[ent.text] = found.gender if found is not None else None
            self._kin = kin_links(self.doc, gender_of)
        return self._kin

    def _relative_of(
        self, mention: Span, noun: Token, last: tuple[Speaker, int] | None
    ) -> Speaker | None:
        """ "Her mother said" after "Her daughter, Layla Haddad, sat nearby" and Layla
        speaking: the one person the article made that relative of her."""
        poss = _possessive_of(noun)
        if poss is None:
            return None
        owner = self.resolve_mention(mention.doc[poss.i : poss.i + 1], last, [])
        if owner.kind != "person" or not owner.name:
            return None
        wanted, gender = noun.lower_, kin_gender(noun.lower_)
        found: dict[str, Entity] = {}
        for link in self._kin_links():
            if link.relation != kin_relation(wanted) or link.owner.start_char > mention.start_char:
                continue
            holder = self._find_person(link.owner.text, link.owner.start_char)
            person = self._find_person(link.relative.text, link.relative.start_char)
            if holder is None or person is None or holder.name != owner.name:
                continue
            if person.gender in (None, gender) and person.name != owner.name:
                found[person.name] = person
        if len(found) != 1:
            return None  # two mothers, or none: nobody guessed
        (person,) = found.values()
        spk = self._speaker_of(person, TextSpan(mention.text, mention.start_char,
                                                mention.end_char), "description")
        spk.antecedent = person.mention
        spk.confidence = 0.6  # a relation read from the article: a reviewer should look
        return spk

    def _named_force(self, m: TextSpan) -> Speaker | None:
        """ "according to police" after "Kestrel Falls RCMP say": the one police force the
        article named by a proper name within reach; None when it named none or several."""
        pos = m.start
        kind_words = self.lexicon.body_kinds.get("police", frozenset())
        named = [*self._org_mentions, *((o.last_seen, o.name) for o in self.orgs)]
        def force(name: str) -> bool:
            return len(name.split()) >= 2 and name[:1].isupper() and _fits(name, kind_words)

        forces = {name for start, name in named
                  if start < pos and pos - start <= _KIND_REACH and force(name)}
        if not forces:
            # "Mounties in Fraser Bend say ..." in the lead, "Fraser Bend RCMP" later: the
            # one force the article goes on to name
            forces = {name for start, name in named
                      if pos < start <= pos + _KIND_REACH and force(name)}
        if len(forces) != 1:
            return None
        name = forces.pop()
        text = doc_text(self.doc)
        at = text.rfind(name, 0, pos)
        if at < 0:
            at = text.find(name, pos)
        antecedent = TextSpan(name, at, at + len(name)) if at >= 0 else None
        return Speaker(name, "organization", "description", m, antecedent=antecedent)

    def _noun_subject_before(self, lemma: str, pos: int) -> bool:
        """Whether a subject with this noun stands in the article before ``pos``."""
        return any(t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass")
                   for t in self.doc if t.idx < pos)

    def _alone(self, given: str, pos: int) -> bool:
        """Whether a given name stands for nobody the article named in full before."""
        known = self._find_person(given, pos)
        return known is None or known.name == given

    def _carried(
        self, prev: Speaker, m: TextSpan | None, resolution: str, chained: bool = False
    ) -> Speaker:
        """The previous attribution's speaker, taken up by a new mention (a pronoun, "the
        statement", a floating quotation), with the previous mention as its antecedent."""
        spk = Speaker(
            prev.name,
            prev.kind,
            resolution,  # type: ignore[arg-type]
            m,
            prev.title,
            dict(prev.ids),
            antecedent=prev.mention,
            members=list(prev.members),
        )
        if chained and prev.resolution in ("pronoun", "floating", "description"):
            # a chain of weak links: the reviewer should look first
            spk.confidence = RESOLUTION_CONFIDENCE[resolution] - 0.15
        return spk

    def _same_description(self, lemma: str, before: int) -> Speaker | None:
        """The latest speaker, within reach, whose cue subject introduced a description with
        this head noun ("a person familiar with the talks" for "the person")."""
        found = self._described_before(lemma, before)
        return found[0] if found is not None else None

    def _described_before(self, lemma: str, before: int) -> tuple[Speaker, int] | None:
        """That speaker, with where the description was introduced."""
        for noun, spk, pos in reversed(self._described_speakers):
            if pos < before and before - pos <= _KIND_REACH and noun == lemma:
                return spk, pos
        return None

    def _earlier_owner(self, lemma: str, before: int) -> Token | None:
        """ "the report said": the owner of the latest report named with its owner."""
        family = _NUMBERS if lemma in _NUMBERS else {lemma}
        for pos, noun, owner in reversed(self._documents):
            if pos < before and noun in family:
                return owner
        return None

    def _neuter(
        self,
        tok: Token,
        m: TextSpan,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        """ "it said": the organisation that spoke last, else the latest organisation made a
        subject nearby. A person is never "it"."""
        if last is not None and last[0].kind in ("organization", "media"):
            return self._carried(last[0], m, "pronoun")
        org = self._recent_org_subject(tok.idx, contents)
        if org is not None:
            name, span = org
            kind = "media" if self.lexicon.is_media(name) else "organization"
            return Speaker(name, kind, "pronoun", m, antecedent=span)  # type: ignore[arg-type]
        return Speaker(None, "organization", "unresolved", m)

    def _recent_org_subject(
        self, before: int, contents: list[tuple[int, int]]
    ) -> tuple[str, TextSpan] | None:
        """The latest organisation written as a subject within two paragraphs before."""
        for ent in reversed(self._subject_orgs):
            if ent.start_char >= before:
                continue
            if not self._near(ent.end_char, before):
                return None
            if _inside(contents, ent.start_char):
                continue
            return _strip_det(ent.text), _span(ent)
        return None

    def _plural_antecedent(
        self, tok: Token, contents: list[tuple[int, int]]
    ) -> tuple[str, TextSpan] | None:
        """ "they said": the latest plural noun phrase made a subject nearby ("the players",
        "officials"), outside reported content."""
        sent_start = tok.sent.start
        lo = max(0, sent_start - 80)
        for cand in reversed(self.doc[lo : tok.i]):
            if (
                cand.dep_ in ("nsubj", "nsubjpass")
                and (cand.tag_ in ("NNS", "NNPS") or _joined_by_and(cand))
                and not _inside(contents, cand.idx)
                and self._near(cand.idx, tok.idx)
                # "asking not to be identified because the talks are private. ..., they
                # added": a subordinate clause's subject is no speaker unless it names people
                and (_main_clause(cand) or cand.lemma_.lower() in GROUP_NOUNS
                     or cand.lemma_.lower() in self.lexicon.roles
                     or cand.lemma_.lower() in PERSON_NOUNS)
            ):
                phrase = mention_of_group(cand)
                if _joined_by_and(cand):
                    end = max(c.i for c in cand.children if c.dep_ == "conj") + 1
                    phrase = self.doc[phrase.start : end]  # "Kwame and Abena Osei"
                return _strip_det(phrase.text), _span(phrase)
        return None

    def _joint_subject(
        self, phrase: TextSpan, last: tuple[Speaker, int] | None, contents: list[tuple[int, int]]
    ) -> Speaker | None:
        """ "Kwame and Abena Osei had been due to fly. They said ...": the people a
        coordinated subject names, every one a member; None for any other plural."""
        span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None:
            return None
        head = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
        if head is None or not _joined_by_and(head) or head.pos_ != "PROPN":
            return None
        first = self.resolve_mention(_phrase_with_compounds(head), last, contents)
        if first.kind != "person" or not first.name:
            return None
        joint = self._with_co_speakers(first, span, last, contents)
        return joint if joint.members else None

    def _near(self, prev_pos: int, pos: int) -> bool:
        """Within the same or the next paragraph: news quotes run on for one paragraph at most."""
        between = doc_text(self.doc)[prev_pos:pos]
        return between.count("\n") - between.count("\n \n") - between.count("\n .\n") <= 2

    def _paragraphs_between(self, prev_pos: int, pos: int) -> int:
        """Paragraph breaks between two offsets: a run of line breaks, with blank or " ."
        separator lines inside it, is one break."""
        return len(_PARAGRAPH_BREAK.findall(doc_text(self.doc), prev_pos, pos))

    def resolve_mention(
        self,
        mention: Span,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        """The speaker a mention refers to, with how it was decided."""
        m = TextSpan(mention.text, mention.start_char, mention.end_char)
        head = mention.root
        # "The WHO said": an acronym in capitals is a name, never the pronoun it spells
        low = head.lower_ if not (head.text.isupper() and len(head.text) > 1) else head.text
        if mention.text in ("Q", "A"):
            # "Q:" / "A:" of a printed interview: the interviewer or the interviewee. The
            # label names nobody; the interviewee is the person the introduction named
            # last before the first question ("Ingrid Solheim ... spoke to the Herald").
            interviewee = self._interviewee(m.start) if mention.text == "A" else None
            if interviewee is not None:
                spk = self._speaker_of(interviewee[0], m, "description")
                spk.antecedent = self._mention_spans.get(interviewee[1], interviewee[0].mention)
                spk.confidence = 0.6
                return spk
            return Speaker(None, "person", "unresolved", m)
        age = bare_age(mention)
        if age is not None:
            return self._aged(age, m, last, contents)
        if (
            head.lemma_.lower() in OUTLET_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("appos", "compound", "poss") for c in head.children)
        ):
            outlet = self._recent_outlet(m.start)
            if outlet is not None:
                # "According to the paper" after "reported by the newspaper Handelsblatt"
                name = _strip_det(outlet.text)
                return Speaker(name, "media", "description", m, antecedent=_span(outlet))
        lemma = _document_lemma(head, self.lexicon)
        # A statement or a document ("the ministry's statement", "the Lakeside Institute study")
        # speaks for its owner; documents never speak for themselves.
        if lemma in self.lexicon.speech_nouns or lemma in self.lexicon.document_nouns:
            # "the report said" is the report named earlier; "a statement said" is a new one
            indefinite_doc = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)
            owner = owner_of(head) or (None if indefinite_doc
                                       else self._earlier_owner(lemma, m.start))
            if owner is not None:
                owner_span = _phrase(owner)
                inner = self.resolve_mention(owner_span, last, contents)
                inner.mention = m
                inner.antecedent = _span(owner_span)
                return inner
            poss = next((c for c in head.children if c.dep_ == "poss"
                         and c.lower_ in ("its", "their", "his", "her")), None)
            if poss is not None:
                # "according to its website": the body or person the pronoun stands for
                word = self.doc[poss.i : poss.i + 1]
                inner = (self._neuter(poss, _span(word), last, contents) if poss.lower_ == "its"
                         else self.resolve_mention(word, last, contents))
                if inner.name:
                    inner.mention = m
                    return inner
            if (
                lemma in self.lexicon.speech_nouns
                # "a private survey suggested": a study is its makers', not the last speaker's
                and lemma not in _STUDIES
                and head.tag_ == "NN"  # "a statement said", not "Reports say": hearsay
                and last is not None
                and last[0].name
                and last[0].kind in ("person", "organization")
                and self._near(last[1], m.start)
            ):
                prev = last[0]  # "a statement said": the statement of whoever was just speaking
                return self._carried(prev, m, "description")
            if head.pos_ == "NOUN":
                # "according to court documents": a documentary source, named by what it
                # is; no one's identity (confidence stays low: nobody to check it with)
                words = _strip_det(_description_words(mention))
                source = Speaker(words or None, "document", "description", m)
                source.confidence = 0.3
                return source
        if low in PERSONAL_PRONOUNS_SPEAKING and len(mention) <= 2:
            return self._pronoun(head, m, last, contents)
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "Smith, who said ...": the relative pronoun stands for the noun it follows.
            noun = head.head.head
            inner = self.resolve_mention(_phrase(noun), last, contents)
            # the record names "who" as the mention and the noun it stands for
            inner.antecedent = inner.antecedent or inner.mention
            inner.mention = m
            return inner
        bare = not any(c.dep_ == "prep" for c in head.children)  # not "one of the players"
        if bare and low in PRONOUN_WORDS or low in RELATIVE_PRONOUNS:
            # "it said": the organisation just speaking or just named; "I said" outside a
            # quotation (the writer), "which": nothing named. Decided by the word, not the
            # tag: the tagger calls rare names pronouns ("Nilsen-D'Arcy").
            if low == "it":
                return self._neuter(head, m, last, contents)
            return Speaker(None, "unknown", "unresolved", m)
        if head.pos_ == "PROPN" and head.dep_ == "appos" and head.head.pos_ == "NOUN":
            body = self._body_in_apposition(head.head, _phrase_with_compounds(head), m)
            if body is not None:
                return body  # "the grid operator Statnett said", the cue's subject the name
        person = _person_after_outlet(head)
        if person is not None:
            # "Speaking to Lesana 24, a television channel based in Lesana, her running mate
            # Daniel Obi-Mensah said": the parse made the channel the subject
            inner = self.resolve_mention(_phrase_with_compounds(person), last, contents)
            inner.mention = m
            return inner
        # "Its co-founder, Ama Mensah": the parser may split a hyphenated noun into sister
        # subjects, so the name hangs on a word of the mention other than its root
        roots = [t for t in mention if t.head.i < mention.start or t.head.i >= mention.end]
        appos = next((c for t in [head, *roots] for c in t.children
                      if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None and head.pos_ != "PROPN":
            # "The operator, Nordfjord Lines, said": the name in apposition is the speaker.
            name = _phrase_with_compounds(appos)
            body = self._body_in_apposition(head, name, m)
            if body is not None:
                return body
            if len(name) == 1 and any(c.dep_ == "poss" for c in head.children):
                # "Lindgren's father, Samuel, says": a given name the article introduces
                # through someone else is a new person, not another Joseph named before.
                person = self._person(name.text, name.start_char, fresh=True)
                person.last_seen = name.start_char
                spk = self._speaker_of(person, m, "description")
                spk.antecedent = _span(name)
                return spk
            inner = self.resolve_mention(name, last, contents)
            inner.mention = m
            return inner
        if (head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN"
                and not is_dateline(head.head)):
            # "Solberg, the ferocious brawler who calls herself ...": a description in
            # apposition to a name is that name, whatever the article described before
            # ("VANCOUVER — Residents of ... say": not a dateline, which is a place).
            name = _phrase_with_compounds(head.head)
            if (
                head.lemma_.lower() not in self.lexicon.org_nouns
                and name.root.ent_type_ != "PERSON"
                and self._find_person(name.text) is None
                and _person_like(name.text, self.lexicon)
            ):
                # a person's noun ("brawler", "who calls herself"): the name is a person's,
                # in full where the article wrote it so ("Kari Solberg", tagged ORG)
                longer = self._surnames.get(name.text.lower()) if len(name) == 1 else None
                return self._named_words((longer or name).text, mention, m)
            inner = self.resolve_mention(name, last, contents)
            inner.mention = m
            return inner
        named = _name_after(head, self.lexicon)
        if named is not None:
            # "according to market research firm Veltrix": the name the description
            # introduces, even where the parser left it outside the phrase.
            if head.lemma_.lower() in self.lexicon.org_nouns or self.lexicon.is_media(named):
                return self._organisation(named, m)
            return self._named_words(named, mention, m)
        if head.pos_ == "PROPN" or head.text[:1].isupper() and head.is_alpha:
            # A name already known as a person stays a person, whatever the tagger says now.
            title = _title_text(mention, None)
            known = self._by_age_order(_proper_phrase(head), mention) or self._find_person(
                _proper_phrase(head), head.idx, title)
            if known is not None:
                written = set(name_words(mention.text))
                res = (
                    "registry"
                    if known.from_registry
                    else ("explicit" if set(name_words(known.name)) <= written else "alias")
                )
                if title and title not in known.titles:
                    known.titles.append(title)  # "Mayor Ana Ruiz" the tagger left untyped
                known.last_seen = max(known.last_seen, mention.start_char)
                return self._speaker_of(known, m, res, title=title)
            acronym = self._acronyms.get(head.text)
            if acronym is not None and not self._known_person(acronym):
                return self._organisation(acronym, m)
        if (
            head.ent_type_ == "NORP"
            and head.tag_ == "NNP"
            and any(t.lower_ == "the" for t in mention if t.dep_ == "det")
        ):
            # "the Ohio Democrat said": a party or nationality in the singular with
            # "the" describes a person just made the subject, not a body.
            salient = self._recent_subject(head, contents, None)
            if salient is not None and self._near(salient[1], m.start):
                spk = self._speaker_of(salient[0], m, "description")
                spk.antecedent = self._mention_spans.get(salient[1])
                return spk
        titled_untyped = (
            head.pos_ == "PROPN"
            and head.ent_type_ == ""
            and _proper_span(head)[0].lower_.rstrip(".") in self._role_words
        )  # "Mayor Tove Lindahl" with no entity type at all
        if head.pos_ == "PROPN" and (head.ent_type_ not in ("", "PERSON") or titled_untyped):
            # The tagger calls many rare names places or bodies ("said Brekke", tagged ORG);
            # a person-like name the text calls he or she, describes by a role ("Karin
            # Dahl, a professor"), or that starts with a listed given name, is a person.
            span = _proper_span(head)
            titled = span.start
            while titled < head.i and span.doc[titled].lower_.rstrip(".") in self._role_words:
                titled += 1  # "Mayor Ana Roe" (with "Roe" tagged LAW): the title is no name
            title = span.doc[span.start : titled].text if titled > span.start else None
            span = span.doc[titled : span.end]
            given = len(span) >= 2 and span[0].lower_ in self.lexicon.first_names
            described = describe(span)
            role = title is not None or (
                described is not None and any(n in self.lexicon.roles for n in described.nouns)
            )
            if _person_like(span.text, self.lexicon) and (given or role or _gender_near(span)):
                spk = self._named_words(span.text, mention, m)
                spk.title = spk.title or title
                return spk
        person_ent = _entity_in(mention, {"PERSON"})
        if (
            person_ent is not None
            and person_ent.root.i == head.i
            or (person_ent is not None and head.pos_ == "PROPN")
        ):
            return self._named_person(person_ent, mention, m)
        if (head.pos_ == "PROPN" and head.text.isupper() and len(head.text) >= 2
                and head.lower_ in self.lexicon.roles
                and any(c.dep_ == "det" for c in head.children)):
            # "the GM said", "The Alberta MP, who ...": a role's letters, tagged a name
            return self._description(mention, m, last)
        org_ent = _entity_in(mention, ORG_LABELS)
        if (
            org_ent is not None
            and org_ent.start <= head.i < org_ent.end
            # "the rookie defenceman" tagged ORG is a description, not a body's name
            and any(
                t.pos_ == "PROPN" or t.text[:1].isupper() and t.i != t.sent.start for t in org_ent
            )
        ):
            body = _with_listed_remit(_body_words(org_ent), mention)
            return self._organisation(_strip_det(body), m)
        if head.pos_ == "PROPN" and head.is_lower and head.is_alpha:
            # "the minister said" with "minister" tagged a proper noun: no name is written
            # in lower case, so it is the description it reads as
            return self._description(mention, m, last)
        if head.pos_ == "PROPN":
            name = _strip_det(_proper_phrase(head))
            bare = self._strip_title(name)
            if (bare != name and _person_like(bare, self.lexicon)
                    and head.ent_type_ in ("", "PERSON")):
                name = bare  # "Fire Chief Renata Solis", untagged: a titled person
            if (
                head.ent_type_ == ""
                and _person_like(name, self.lexicon)
                and not self._filed_as_body(name)
            ):
                # A name the tagger gave no type, speaking: people speak far more often
                # than bodies without a telltale word ("Brekke said", not "Nordfjord Lines").
                return self._named_words(name, mention, m)
            return self._organisation(name, m)
        return self._description(mention, m, last)

    def _body_in_apposition(self, noun: Token, name: Span, m: TextSpan) -> Speaker | None:
        """A name in apposition to a body's noun is that body, whatever the tagger called it
        ("the grid operator Statnett", tagged PERSON); None for any other noun, or one a
        possessive makes someone's ("Lindgren's father, Samuel")."""
        if noun.lemma_.lower() not in self.lexicon.org_nouns or any(
            c.dep_ == "poss" for c in noun.children
        ):
            return None
        clean = clean_name(name.text)
        self._retyped.add(clean)
        return self._organisation(clean, m)

    def _by_age_order(self, name: str, mention: Span) -> Entity | None:
        """ "The younger Doyle said": of the people a family name fits, the youngest (or,
        for "the elder", "the older", the oldest) by the ages the article gives them; None
        when the mention compares no ages or the ages are not all known."""
        order = next((t.lower_ for t in mention if t.lower_ in _AGE_ORDER), None)
        if order is None:
            return None
        people = [p for p in self.people if same_name(p.name, name)]
        if len(people) < 2:
            return None
        if self._ages is None:
            self._ages = ages_written(self.doc)
        age_of: dict[int, int] = {}
        for pos, ent, written in self._ages:
            person = self._find_person(_full_name(ent).text, pos)
            if person is not None and written.isdigit():
                age_of.setdefault(id(person), int(written))
        young = _AGE_ORDER[order] == "young"
        if all(id(p) in age_of for p in people):
            pick = min if young else max
            return pick(people, key=lambda p: age_of[id(p)])
        # no ages for all: "his younger brother, Cody Lavallee" or a child named with its
        # parent orders the two
        for link in self._kin_links():
            if link.younger is None:
                continue
            owner = self._find_person(link.owner.text, link.owner.start_char)
            relative = self._find_person(link.relative.text, link.relative.start_char)
            if owner in people and relative in people and owner is not relative:
                return relative if link.younger == young else owner
        return None

    def _aged(
        self, age: str, m: TextSpan, last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        """ "The 54-year-old said": the person last written with that age ("Ingrid
        Solbakken, 54"), else a person just made the subject, else the person who spoke
        just before with nobody named since; always a person, never the words."""
        if self._ages is None:
            self._ages = ages_written(self.doc)
        for pos, ent, written in reversed(self._ages):
            if pos < m.start and written == age:
                person = self._find_person(_full_name(ent).text, pos)
                if person is not None:
                    spk = self._speaker_of(person, m, "description")
                    spk.antecedent = person.mention
                    return spk
        since = last[1] if last is not None else 0
        subject = self._subject_between(since, m.start, contents)
        if subject is not None and self._near(subject[1], m.start):
            spk = self._speaker_of(subject[0], m, "description")
            spk.antecedent = self._mention_spans.get(subject[1], subject[0].mention)
            return spk
        if (
            last is not None
            and last[0].kind == "person"
            and last[0].name
            and self._near(last[1], m.start)
            # an age names a person: a country or a body in between is no rival
            and not self._names_between(last[1], m.start, ("PERSON",), contents)
        ):
            return self._carried(last[0], m, "description")
        return Speaker(None, "person", "unresolved", m)

    def _interviewee(self, pos: int) -> tuple[Entity, int] | None:
        """The person last made a subject before the interview's first "Q:" label, if that
        label comes before ``pos``."""
        if self._first_question is None:
            found = re.search(r"(?m)^\s*Q\s*[:.]", doc_text(self.doc))
            self._first_question = found.start() if found else -1  # read once per article
        first_q = self._first_question
        if first_q < 0 or first_q > pos:
            return None
        k = bisect.bisect_left(self._mention_starts, first_q)
        for start, _dep, subject, person, _first in reversed(self._mentions[:k]):
            if subject and not self.lexicon.is_media(person.name):
                return person, start  # the one the introduction is about, not the outlet
        return None

    def _issuer_before(self, pos: int) -> Token | None:
        """The subject of "X issued a statement ..." when that is the last sentence of the
        paragraph just before ``pos``; else None."""
        text = doc_text(self.doc)
        para_start = text.rfind("\n", 0, pos)
        if para_start <= 0 or text[para_start:pos].strip(" \n\t\"'“”‘’«»„"):
            return None  # the quotation does not open its paragraph
        prev_end = len(text[:para_start].rstrip())
        span = self.doc.char_span(max(0, prev_end - 1), prev_end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span[0].sent.root
        if root.lemma_.lower() not in _ISSUING:
            return None
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self.lexicon.speech_nouns:
            return None
        return next((c for c in root.children if c.dep_ == "nsubj"), None)

    def _body_named_next(self, lemma: str, after: int) -> tuple[str, TextSpan] | None:
        """The first body named within the next sentence or so whose name says it is of
        the description's kind ("their union" ... "the Teachers' Federation"), when the
        article named none of that kind before."""
        kind_words = self.lexicon.body_kinds.get(lemma, frozenset()) | {lemma}
        if any(start < after and _fits(name, kind_words) for start, name in self._org_mentions):
            return None  # one named before: the backward steps decide
        text = doc_text(self.doc)
        named = list(self._org_mentions)
        for full in self._acronyms.values():  # capitalised runs the tagger did not call ORG
            at = text.find(full, after)
            if at >= 0:
                named.append((at, full))
        for start, name in sorted(named):
            if after < start <= after + _AHEAD_REACH and _fits(name, kind_words):
                at = text.find(name, start)
                return name, TextSpan(name, at, at + len(name)) if at >= 0 else TextSpan(
                    name, start, start + len(name))
        return None

    def _recent_outlet(self, before: int) -> Span | None:
        """The news outlet named last before ``before`` (within reach): a name the lexicon
        lists or calls an outlet ("Handelsblatt" in "the newspaper Handelsblatt")."""
        best = None
        for ent in doc_ents(self.doc):
            if ent.start_char >= before:
                break
            if before - ent.start_char > _KIND_REACH or ent.label_ not in ORG_LABELS | {
                "PERSON", "WORK_OF_ART"
            }:
                continue
            prev = self.doc[ent.start - 1] if ent.start > 0 else None
            if self.lexicon.is_media(ent.text) or (
                prev is not None and prev.lemma_.lower() in OUTLET_NOUNS
            ):
                best = ent
        return best

    def _untyped_guess(self, prev: Speaker, prev_pos: int, pos: int) -> bool:
        """Whether the previous speaker, just before, is a name taken for a person's only
        by the guess that untyped names speak as people: never tagged PERSON, no gender."""
        if prev.kind != "person" or not prev.name or not self._near(prev_pos, pos):
            return False
        if self._name_labels.get(prev.name.lower(), {}).get("PERSON", 0):
            return False
        person = self._find_person(prev.name)
        return person is None or person.gender is None and not person.votes

    def _filed_as_body(self, name: str) -> bool:
        """Whether the tagger, wherever it typed this name in the article, called it an
        organisation far more often than a person ("Brightwave said" untyped, "Brightwave, Nordmail"
        tagged ORG): the article's own evidence outweighs the guess that names speak as
        people."""
        labels = self._name_labels.get(name.lower())
        if labels is None:
            return False
        # a stray PERSON among several ORG tags is the tagger's slip, not evidence
        return labels.get("ORG", 0) > 2 * labels.get("PERSON", 0)

    def _named_words(self, name: str, mention: Span, m: TextSpan) -> Speaker:
        """A person named by words the tagger did not mark as a name."""
        person = self._person(name, mention.start_char)
        person.last_seen = mention.start_char
        title = _title_text(mention, None)  # "Mayor Ana Ruiz" the tagger left untyped
        if title and title not in person.titles:
            person.titles.append(title)
        full = set(name_words(person.name)) <= set(name_words(name))
        resolution = "registry" if person.from_registry else "explicit" if full else "alias"
        spk = self._speaker_of(person, m, resolution)
        if resolution == "alias":
            spk.antecedent = person.mention
        return spk

    def _named_person(self, ent: Span, mention: Span, m: TextSpan) -> Speaker:
        full_span = _full_name(ent)
        company = self._company_named(full_span.text)
        if company is not None:
            return self._organisation(company, m)
        before = [ent.doc[ent.start - 1].text] if ent.start > 0 else []
        titled = _title_gender([ent[0].text, *before])  # "Mrs Farrant said": not her son
        title = _title_text(mention, ent)
        person = self._by_age_order(full_span.text, mention) or self._person(
            full_span.text, full_span.start_char, gender=titled, title=title)
        person.last_seen = ent.start_char
        written = set(name_words(mention.text))
        full = set(name_words(person.name))
        resolution = (
            "registry" if person.from_registry else ("explicit" if full <= written else "alias")
        )
        if title and title not in person.titles:
            person.titles.append(title)
        return self._speaker_of(person, m, resolution, title=title)

    def _with_full_body_names(self, text: str, mention: Span) -> str:
        """ "A Nimbra spokesperson" -> "Nimbra Systems spokesperson": a body named short
        inside a description, written with the full name the article gives it, so the
        record (and a group-by on it) says whose spokesperson."""
        for ent in mention.ents:
            if ent.label_ != "ORG" or ent.text not in text:
                continue
            fuller = self._fuller_org(_strip_det(ent.text))
            if fuller != _strip_det(ent.text) and fuller not in text:
                text = text.replace(_strip_det(ent.text), fuller, 1)
        return text

    def _learn_gender(self, spk: Speaker | None, said: str | None) -> None:
        """A speaker of no known gender takes the one a resolved "she said" or reported
        words opening with he or she ("Sen told Reuters she expected ...") give, for the
        pronouns after."""
        if said is None or spk is None or spk.kind != "person" or not spk.name:
            return
        person = self._find_person(spk.name)
        if person is not None and person.gender is None and not person.votes:
            person.gender = said

    def _thing_noun(self, lemma: str) -> bool:
        """Whether a noun names a thing, never a person: a document, something said, a
        body's word ("the hospital trust"), a broadcast or a time ("the ad said")."""
        return (
            lemma in self.lexicon.document_nouns
            or lemma in self.lexicon.speech_nouns
            or lemma in _STUDIES
            or lemma in _ORG_NAME_WORDS
            or lemma in _THING_NOUNS
        )

    def _company_named(self, name: str) -> str | None:
        """The company a PERSON-tagged name stands for: the name itself or the first word
        of one ("Velora" for "Velora Pharma"), relabelled a company by `_relabel_companies`."""
        if not self._companies:
            return None
        if name in self._companies:
            return name
        hits = [c for c in self._companies if " " not in name and c.split()[0] == name]
        return hits[0] if len(hits) == 1 else None

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
            # where the name was written in full: the chain a reviewer checks
            antecedent=person.mention if resolution != "explicit" else None,
        )

    def _organisation(self, name: str, m: TextSpan) -> Speaker:
        # "ETFO" -> "Elementary Teachers' Federation of Ontario": the fullest form written
        # (never a person's name of those initials: "AP" is not Anna Price)
        full = self._acronyms.get(name) if name.isupper() else None
        name = full if full is not None and not self._known_person(full) else name
        name = self._fuller_org(name)
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

    def _fuller_org(self, name: str) -> str:
        """ "Nordvik" -> "Nordvik Shipping Co." when the article names it in full (and
        no other organisation starts the same way); "Roads Administration" -> "Norwegian
        Public Roads Administration", the tail of exactly one full name."""
        prefix = name.lower() + " "
        # a title-cased headline is no full name
        longer = {n for at, n in self._org_mentions
                  if n.lower().startswith(prefix) and at >= self._story_start}
        if not longer and len(name.split()) >= 2:
            # "the Roads Administration" after "the Norwegian Public Roads Administration":
            # the tail of exactly one body's full name
            tails = {n for _, n in self._org_mentions if n.lower().endswith(" " + name.lower())}
            return tails.pop() if len(tails) == 1 else name
        if not longer:
            return name
        # "Nordvik" after "Nordvik Shipping" and "Nordvik Shipping Co.": one company
        # written ever more fully; two different continuations are two bodies.
        fullest = max(longer, key=len)
        if not all(fullest.lower().startswith(n.lower()) for n in longer):
            return name
        # News names a body in full first and shortly after ("Nordvik Shipping Co. ...
        # Nordvik said"); a short form written before the long one ("Brightwave" long before
        # "Brightwave Research") names something else.
        text = doc_text(self.doc)
        first_long = min(start for start, n in self._org_mentions if n in longer)
        first_short = text.find(name, self._story_start)  # a headline writes it short
        return fullest if first_short < 0 or first_short >= first_long else name

    def _pronoun(
        self,
        tok: Token,
        m: TextSpan,
        last: tuple[Speaker, int] | None,
        contents: list[tuple[int, int]],
    ) -> Speaker:
        low = tok.lower_
        if low in PLURAL:
            group = self._plural_antecedent(tok, contents)
            if (
                last is not None
                and last[0].kind in ("organization", "group", "media")
                and (group is None or group[1].start < last[1])
            ):
                return self._carried(last[0], m, "pronoun", chained=True)
            if group is not None:
                joint = self._joint_subject(group[1], last, contents)
                if joint is not None:
                    joint.mention, joint.resolution, joint.antecedent = m, "pronoun", group[1]
                    return joint
                return Speaker(group[0], "group", "pronoun", m, antecedent=group[1])
            return Speaker(None, "group", "unresolved", m)
        gender = "male" if low in MALE else "female" if low in FEMALE else None
        subject = self._recent_subject(tok, contents, gender)
        described_before = self._described_subject_of_sentence_before(tok, gender)
        if (described_before is not None and last is not None
                and described_before[1].start > last[1]
                and described_before[0].name != last[0].name):
            # "Whitlock said ... The chief disputes that. She said": the person the sentence
            # before described takes over from the last speaker
            person, phrase = described_before
            spk = self._speaker_of(person, m, "pronoun")
            spk.antecedent = phrase
            return spk
        if last is not None and last[0].kind == "person" and self._near(last[1], m.start):
            prev = last[0]
            prev_person = self._find_person(prev.name) if prev.name else None
            compatible = (
                gender is None or prev_person is None or prev_person.gender in (None, gender)
            )
            if prev_person is None:
                # "a spokeswoman said ... he said": a description of the other gender
                compatible = compatible and not _other_gender_noun(prev.name, gender)
            # A person made the subject of a sentence since the last quote takes over,
            # unless the last speaker is the only one of the pronoun's gender.
            newer = subject is not None and subject[1] > last[1] and subject[0].name != prev.name
            if (newer and subject is not None and subject[0].gender is None and gender
                    and prev_person is not None and prev_person.gender == gender
                    and self._subordinate_mention(subject[1])):
                # "Harris said ... after she heard that Vickers was running, and she said":
                # a subordinate subject of no known gender does not take over from the
                # last speaker, known to be of the pronoun's
                newer = False
            if compatible and not (
                newer and subject is not None and subject[0].gender in (None, gender)
            ):
                return self._carried(prev, m, "pronoun", chained=True)
        if described_before is not None and (
                subject is None or described_before[1].start > subject[1]):
            # "The lead author agrees on that point. She noted ...": the sentence before
            # made a description the subject, and the article said who that is
            person, phrase = described_before
            spk = self._speaker_of(person, m, "pronoun")
            spk.antecedent = phrase
            return spk
        if subject is not None:
            spk = self._speaker_of(subject[0], m, "pronoun")
            spk.antecedent = self._mention_spans.get(subject[1])
            return spk
        last_person = self._find_person(last[0].name) if last is not None and last[0].name else None
        if last is not None and last[0].kind == "person" and not _other_gender_noun(
            last[0].name, gender
        ) and (gender is None or last_person is None or last_person.gender in (None, gender)):
            spk = self._carried(last[0], m, "pronoun", chained=True)
            spk.confidence = min(spk.confidence or 0.7, 0.7)  # far back: a weak link
            return spk
        described = _described_subject_before(tok, self.lexicon, gender)
        if described is not None:
            # "An official raised his hand and asked: '...?' he said": nobody is named, but
            # the sentence's subject is a person described; the record keeps that mention
            phrase = _phrase(described)
            return Speaker(_strip_det(phrase.text), "person", "pronoun", m,
                           antecedent=_span(phrase), confidence=0.5)
        return Speaker(None, "person", "unresolved", m)

    def _described_subject_of_sentence_before(
        self, tok: Token, gender: str | None
    ) -> tuple[Entity, TextSpan] | None:
        """For a pronoun opening its sentence: the person the sentence before made its
        main subject by a definite description the article wrote with their name ("The
        lead author agrees." after "lead author Hannah Okafor"), of the pronoun's gender."""
        sent = tok.sent
        if sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in
                                  tok.doc[sent.start : tok.i]):
            return None
        before = tok.doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if (subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN"
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)):
            return None
        lemma = subject.lemma_.lower()
        modifiers = {t.lower_ for t in subject.subtree
                     if t.i != subject.i and t.pos_ in ("ADJ", "PROPN", "NOUN")}
        found = self.descriptors.lookup(lemma, modifiers, subject.idx)
        person: Entity | None = None
        if found is not None and found.name.label_ == "PERSON":
            person = self._find_person(clean_name(_full_name(found.name).text),
                                       found.name.start_char)
        group = self.lexicon.roles.get(lemma)
        if person is None and group is not None:
            # "The chief disputes that." after "Chief Maureen Tsakoza": the title says who
            titled = [p for p in self.people if p.last_seen < subject.idx
                      and _title_matches(p.titles, group, modifiers | {lemma}, self.lexicon)]
            person = max(titled, key=lambda p: p.last_seen) if titled else None
        if person is None or gender and person.gender not in (None, gender):
            return None
        return person, _span(_phrase(subject))

    def _recent_subject(
        self, tok: Token, contents: list[tuple[int, int]], gender: str | None
    ) -> tuple[Entity, int] | None:
        """The person before ``tok`` that a pronoun can pick up, from the nearest sentence
        that offers one (Centering: salience within a sentence, recency across them): its
        main-clause subject first, then a subordinate clause's subject ("It is a decision
        that Ferraz found alarming."), then a person introduced for the first time (news
        introduces a speaker, then quotes "he says"); never a name inside reported
        content, never one of another gender. Looks back a bounded distance."""
        k = bisect.bisect_left(self._mention_starts, tok.idx)
        best: tuple[Entity, int] | None = None
        best_rank = 9
        best_sent = -1
        for start, root_dep, same_sent_ok, person, first in reversed(
            self._mentions[max(0, k - 40) : k]
        ):
            if start >= tok.idx:
                continue
            sent = bisect.bisect_right(self._sent_starts, start)
            if best is not None and sent != best_sent:
                break
            if _inside(contents, start):
                continue
            if root_dep in ("nsubj", "nsubjpass"):
                rank = 0
            elif root_dep == "sub_nsubj":
                rank = 1
            elif first and not self._pronoun_subject_before(start, gender):
                # "He told psychologists shooters such as Anders Bakke were idols. He also
                # told ...": a newcomer named after a he/she subject is not who "he" is.
                rank = 2
            else:
                continue
            if not same_sent_ok and tok.sent.start_char <= start:
                continue
            if gender and person.gender not in (None, gender):
                continue
            if rank < best_rank:
                best, best_rank, best_sent = (person, start), rank, sent
        return best

    def _subordinate_mention(self, start: int) -> bool:
        """Whether the name mentioned at ``start`` is the subject of a subordinate clause."""
        k = bisect.bisect_left(self._mention_starts, start)
        return k < len(self._mentions) and self._mentions[k][0] == start and (
            self._mentions[k][1] == "sub_nsubj")

    def _pronoun_subject_before(self, pos: int, gender: str | None) -> bool:
        """Whether the sentence holding ``pos`` has a subject pronoun of this gender
        before it: that sentence is about someone named earlier (Centering's continue)."""
        words = MALE if gender == "male" else FEMALE if gender == "female" else MALE | FEMALE
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None:
            return False
        sent = tok[0].sent
        return any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in words
            for t in self.doc[sent.start : tok[0].i]
        )

    def _next_named_speaker(self, after: int) -> Span | None:
        """The first cue subject after ``after`` written as a proper name, within one
        paragraph break; past the break only a bare name ("..., said Eleanor Brandt"):
        one the text describes anew ("said Tom Alvarez, who lives two blocks away") is
        someone else being introduced."""
        k = bisect.bisect_right(self._cue_subject_starts, after)
        for subject in self._cue_subjects[k : k + 3]:
            breaks = self._paragraphs_between(after, subject.start_char)
            if breaks > 1:
                return None
            if subject.root.pos_ == "PROPN" or subject.root.ent_type_ == "PERSON":
                if breaks and _introduced(subject):
                    return None
                return subject
        return None

    def _named_before(
        self, name: str, pos: int, group: str | None, modifiers: set[str]
    ) -> bool:
        """Whether the article named this person before ``pos`` with no title of the
        description's role: "A spokeswoman said ..." introduces someone new, never the chief
        executive named two paragraphs up; "A Vancouver hockey coach says" after a caption's
        "Coach Stephen Gillis" is still him."""
        k = bisect.bisect_left(self._mention_starts, pos)
        for _s, _d, _ok, person, _f in self._mentions[:k]:
            if person.name == name:
                return group is None or not _title_matches(
                    person.titles, group, modifiers, self.lexicon
                )
        return False

    def _next_titled(self, group: str, modifiers: set[str], after: int,
                     word: str | None = None, breaks: int = 1) -> Span | None:
        """ "A Superior Court judge chastised the station, saying ..." then "Justice Ana Roe
        directed ...": the next person named with a title of the description's role, within
        one paragraph break, is who the description introduced, speaking or not. A title
        with the description's very word ("A Crown prosecutor urged ..." then "Crown
        prosecutor Sandra Whitlock") is looked for up to ``breaks`` paragraphs on."""
        for ent in doc_ents(self.doc):
            if ent.start_char <= after or ent.label_ != "PERSON":
                continue
            far = self._paragraphs_between(after, ent.start_char)
            if far > max(1, breaks):
                return None
            title = _title_before(ent)
            if not title or not _title_matches([title], group, modifiers, self.lexicon):
                continue
            if far <= 1 or word is not None and _title_has_word([title], word, self.lexicon):
                return ent
            return None  # someone else of the role, named first
        return None

    def _described(self, name: Span, m: TextSpan, noun: str) -> Speaker:
        """The speaker a description points to through the name it was written with; a
        description by a person's noun ("the goalie") makes the name a person's, whatever
        the tagger called it."""
        text = clean_name(_full_name(name).text) if name.label_ == "PERSON" else name.text
        person = self._find_person(text, name.start_char)
        if person is None and noun not in self.lexicon.org_nouns:
            run = _name_run(name.root)
            if _person_like(run.text, self.lexicon):
                person = self._person(run.text, run.start_char)
        if person is not None:
            spk = self._speaker_of(person, m, "description")
        else:
            org = _strip_det(name.text)
            kind = "media" if self.lexicon.is_media(org) else "organization"
            spk = Speaker(org, kind, "description", m)  # type: ignore[arg-type]
        spk.antecedent = _span(name)
        if person is not None and person.mention is not None:
            if person.mention.start <= name.start_char < person.mention.end:
                spk.antecedent = person.mention  # the whole name where it was written
        return spk

    def _body_the_story_names(self, mention: Span, head: Token) -> tuple[str, TextSpan] | None:
        """For a bare plural in the lead paragraph ("foreign observers said"): the first
        body named later whose name holds the noun ("Coastal States Observer Mission"),
        when none was named before it."""
        text = doc_text(self.doc)
        lead_start = len(text) - len(text[self._story_start :].lstrip())
        lead_end = text.find("\n", lead_start)
        if not lead_start <= mention.start_char < (lead_end if lead_end > 0 else len(text)):
            return None
        if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            return None
        stem = head.lemma_.lower()
        if len(stem) < 5:
            return None

        def holds(name: str) -> bool:
            return any(w.lower().startswith(stem) for w in name.split() if w[:1].isupper())

        if any(holds(n) for at, n in self._org_mentions if at < mention.start_char):
            return None
        for at, name in self._org_mentions:
            if at > mention.end_char and holds(name):
                found = text.find(name, at)
                return name, TextSpan(name, found, found + len(name)) if found >= 0 else (
                    TextSpan(name, at, at + len(name)))
        return None

    def _modifier_conflict(self, mention: Span, head: Token, name: str | None) -> bool:
        """Whether a description names its own body apart from ``name``: "the UN
        humanitarian office" is no other body's office, "the Velkarian army" not the
        Dalmiran ministry's. A proper word before the noun must be in the name; a
        nationality must not meet another nationality there."""
        if not name:
            return False
        if self._nationalities is None:
            self._nationalities = {
                e.text.lower() for e in doc_ents(self.doc) if e.label_ == "NORP"}
        written = re.findall(r"[\w'’-]+", name)
        words = [w.lower() for w in written]
        # nationalities in the name: the article's NORP words, and words of their shape
        # ("Dalmiran" in "the Dalmiran Ministry of Defence", tagged as part of the body)
        demonyms = {w.lower() for w in written if w[:1].isupper() and len(w) > 4
                    and w.lower().endswith(("an", "ese", "ish"))} | (
            set(words) & self._nationalities)

        def named(word: str) -> bool:
            return any(w[:5] == word[:5] for w in words)

        for tok in mention:
            if tok.i >= head.i or not tok.text[:1].isupper() or tok.dep_ == "det":
                continue
            low = tok.lower_
            if tok.ent_type_ == "NORP" or low in self._nationalities:
                others = [w for w in demonyms if w[:5] != low[:5]]
                if others and not named(low):
                    return True
            elif tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod", "poss") \
                    and not named(low):
                return True
        return False

    def _known_person(self, name: str) -> bool:
        """Whether a name is that of a person the article names in full, or the family
        name of one ("Arsenault told reporters" tagged ORG after "Pauline Arsenault")."""
        words = name_words(name)
        if len(words) == 1:
            return any(len(pw) >= 2 and pw[-1] == words[0]
                       for pw in (name_words(p.name) for p in self.people))
        return len(words) >= 2 and any(
            len(name_words(p.name)) >= 2 and same_name(p.name, name) for p in self.people)

    def _capitalised_body(self, noun: str, before: int) -> TextSpan | None:
        """The latest name before ``before`` written in capitals and ending with the noun
        capitalised ("Western Prairie Hockey League" for "the league"), within the reach a
        description looks back; a run the tagger named a person or a place is none."""
        text = doc_text(self.doc)
        start = max(0, before - _KIND_REACH)
        pattern = re.compile(rf"\b((?:[A-Z][\w'’&.-]*\s+){{1,5}}){re.escape(noun.capitalize())}\b")
        found: TextSpan | None = None
        for hit in pattern.finditer(text, start, before):
            words = hit.group(0).split()
            while words and words[0].lower() in _CAPITALISED_OPENERS:
                words = words[1:]
            if len(words) < 2:
                continue
            name = " ".join(words)
            at = hit.end() - len(name)
            span = self.doc.char_span(at, hit.end(), alignment_mode="expand")
            if span is None or any(t.ent_type_ in ("PERSON", "GPE", "DATE") for t in span[-1:]):
                continue
            found = TextSpan(name, at, hit.end())
        return found

    def _salient_body(self, label: str, before: int, noun: str = "") -> tuple[str, TextSpan] | None:
        """ "the company", "the city": the organisation or place of that kind the article
        is about: of those named in the last two paragraphs, the one named most often in
        the article so far (the latest on a tie); else the article's most named one."""
        nearby: list[Span] = []
        earlier: list[Span] = []
        text = doc_text(self.doc)
        for ent in doc_ents(self.doc):
            if ent.start_char >= before:
                break
            if ent.label_ != label or self.lexicon.is_media(ent.text) or _dateline(ent):
                continue
            if label == "ORG" and self._known_person(ent.text):
                # "Nadia Haddad" tagged ORG once is still the student, no company; a family
                # name is a body only as the article writes it with the noun ("the Trump
                # campaign" for "the campaign")
                if not (noun and len(ent) == 1 and f"{ent.text} {noun}" in text):
                    continue
            earlier.append(ent)
            if self._near(ent.end_char, before):
                nearby.append(ent)
        subjects = [e for e in nearby if e.root.dep_ in ("nsubj", "nsubjpass")]
        pool = subjects or nearby or [e for e in earlier if self._org_counts.get(_key(e), 0) >= 2]
        if not (subjects or nearby) and pool and earlier:
            # far back, the article's most named body only while no other body of the kind
            # was named since ("the company" after its sponsor, not the federation)
            latest = earlier[-1]
            if all(_key(latest) != _key(e) for e in pool):
                return None
        if not pool:
            return None
        best = max(enumerate(pool), key=lambda p: (self._org_counts.get(_key(p[1]), 0), p[0]))[1]
        if label == "ORG" and self._known_person(best.text):
            return f"{best.text} {noun}", _span(best)
        return _strip_det(best.text), _span(best)

    def _description(self, mention: Span, m: TextSpan, last: tuple[Speaker, int] | None) -> Speaker:
        """ "the Ukrainian leader", "the ministry", "officials": who they describe, or the words."""
        head = mention.root
        doc = mention.doc
        while head.i + 2 < mention.end and _tight_hyphen(doc, head.i + 1):
            head = doc[head.i + 2]  # "her co-star", split in three: the noun is "star"
        lemma = head.lemma_.lower()
        noun = _before_postpositive(head)
        if noun is not None:
            lemma = noun.lemma_.lower()  # "a guard present during the attack": a guard
        modifiers = {
            t.lower_ for t in mention if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN")
        }
        # The head's own article: "the negotiations" inside "a person familiar with the
        # negotiations" makes nothing definite.
        definite = any(
            t.dep_ == "det"
            and t.lower_ in ("the", "this", "that")
            and (t.head.i == head.i or t.head.head.i == head.i and t.head.i < head.i)
            for t in mention
        )
        # "his father", "her lawyer": a possessive pronoun makes a description as definite,
        # for the article's own descriptions ("Lindgren's father, Samuel").
        owned = any(
            t.dep_ == "poss" and t.lower_ in ("his", "her", "their")
            and (t.head.i == head.i or t.head.i == head.i - 2 and _tight_hyphen(doc, head.i - 1))
            for t in mention
        )
        # "One council diplomat, who asked not to be named, said": the latest unnamed
        # speaker this noun introduced, against whom a person named earlier loses
        unnamed = self._described_before(lemma, m.start) if definite else None
        # "minister" tagged NNP; "the GM", "the Alberta MP": a role's letters
        role_letters = head.tag_ == "NNP" and head.text.isupper() and head.lower_ in (
            self.lexicon.roles)
        singular_noun = (head.pos_ == "NOUN" and head.tag_ == "NN"
                         or head.tag_ == "NNP" and head.is_lower or role_letters)
        if (definite or owned) and singular_noun:
            # The article's own words first: "said the rookie goalie" after "rookie
            # goalie Ana Lindqvist" or "Lindqvist, a rookie goalie".
            described = self.descriptors.lookup(lemma, modifiers, m.start)
            if described is not None and not (unnamed is not None and unnamed[1] > described.pos):
                return self._described(described.name, m, lemma)
            if described is not None and unnamed is not None:
                # "Tamar Gvaramia, a veteran diplomat, ..." then "One council diplomat ...
                # said": "the diplomat" is the one described last
                return self._carried(unnamed[0], m, "description")
        if owned and lemma in _SPOUSE_NOUNS:
            partner = self._partner_of(mention, head, last)
            if partner is not None:
                return partner
        if owned and lemma in KIN_NOUNS and head.tag_ == "NN":
            relative = self._relative_of(mention, head, last)
            if relative is not None:
                return relative
        # "the three military leaders", "the officials": many people, never one of them
        plural = (head.tag_ in ("NNS", "NNPS") and head.lower_ != lemma
                  and not (head.i > 0 and head.doc[head.i - 1].text == "-"))  # sergeant-at-arms
        if plural and definite and last is not None and len(last[0].members) >= 2 and (
            self._near(last[1], m.start)
            # "The lawyers pointed to McCain and Romney ... the lawyers said": the noun
            # takes up its own earlier subject, not the pair named since
            and not self._noun_subject_before(lemma, last[1])
        ):
            # "The WHO and UNICEF warned ... the two agencies said": the speakers just named
            counted = next((_NUMBER_WORDS.get(t.lower_) for t in mention
                            if t.lower_ in _NUMBER_WORDS), None)
            if counted is None or counted == len(last[0].members):
                return self._carried(last[0], m, "description")
        group = self.lexicon.roles.get(lemma)
        if definite and group is not None and not plural:
            earlier = sorted((p for p in self.people if p.last_seen <= m.start),
                             key=lambda p: -p.last_seen)
            # "the councillor": a person titled with the very word ("Coun. Wesley
            # Cardinal") before one of the same role group ("Chief Marlene Cardinal")
            worded = [p for p in earlier if _title_has_word(p.titles, lemma, self.lexicon)]
            for person in worded + [p for p in earlier if p not in worded]:
                if _title_matches(person.titles, group, modifiers | {lemma}, self.lexicon):
                    if unnamed is not None and unnamed[1] > person.last_seen:
                        return self._carried(unnamed[0], m, "description")
                    spk = self._speaker_of(person, m, "description")
                    spk.antecedent = person.mention
                    return spk
            ahead = self._next_titled(group, modifiers, m.end, lemma)
            if ahead is not None and _title_has_word([_title_before(ahead) or ""], lemma,
                                                     self.lexicon):
                # "... as the finance minister insisted the books are balanced." then
                # "Finance Minister Corinne Aldous tabled ...": a lead names the role first
                spk = self.resolve_mention(ahead, None, [])
                if spk.kind == "person" and spk.name:
                    spk.mention, spk.resolution = m, "description"
                    spk.antecedent = _span(ahead)
                    spk.confidence = 0.6  # named after the mention: a reviewer should look
                    return spk
        if definite and head.pos_ == "NOUN":
            # "A person familiar with the talks said ..." then "according to the person":
            # the definite description takes up the speaker the same noun described
            earlier = self._same_description(lemma, m.start)
            if earlier is not None:
                return self._carried(earlier, m, "description")
        if (lemma == "police" and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in head.children
        )) or lemma in ("mountie", "mounties"):
            # "according to police"; "Mounties in Fraser Bend say" (the RCMP's nickname)
            force = self._named_force(m)
            if force is not None:
                return force
        def own(name: str | None) -> bool:
            return not self._modifier_conflict(mention, head, name)

        if definite:
            for org in sorted(self.orgs, key=lambda o: -o.last_seen):
                if lemma in org.name.lower().split() and own(org.name):
                    return Speaker(org.name, org.kind, "description", m)  # type: ignore[arg-type]
            for start, name in reversed(self._org_mentions):
                # "the ministry" -> "the Norwegian Foreign Ministry" named earlier
                if start < m.start and lemma in name.lower().split() and own(name):
                    kind = "media" if self.lexicon.is_media(name) else "organization"
                    return Speaker(name, kind, "description", m)  # type: ignore[arg-type]
            written = self._capitalised_body(lemma, m.start) if (
                lemma in self.lexicon.org_nouns and head.tag_ == "NN") else None
            if written is not None and own(written.text):
                # "The Western Prairie Hockey League has suspended ..., the league said": a
                # body's name the tagger missed, written in capitals ending with the noun
                spk = Speaker(written.text, "organization", "description", m,
                              antecedent=written)
                spk.confidence = 0.7
                return spk
            kind_words = self.lexicon.body_kinds.get(lemma, frozenset())
            label = self.lexicon.org_nouns.get(lemma)
            if (
                label is not None
                and last is not None
                and last[0].kind in ("organization", "media")
                and _named_body(last[0].name)
                and not _anchored(head)
                and self._near(last[1], m.start)
                and (not kind_words or _fits(last[0].name, kind_words))
                and own(last[0].name)
            ):
                # "the department said" right after the department spoke
                return self._carried(last[0], m, "description")
            if kind_words:
                # "the regulator" after "the Financial Conduct Authority" and "Harlow Bank":
                # the latest body named nearby whose name says it is of that kind
                text = doc_text(self.doc)
                for start, name in reversed(self._org_mentions):
                    if start >= m.start or m.start - start > _KIND_REACH:
                        continue
                    if _fits(name, kind_words) and own(name):
                        kind = "media" if self.lexicon.is_media(name) else "organization"
                        spk = Speaker(name, kind, "description", m)  # type: ignore[arg-type]
                        at = text.find(name, start, m.start)
                        spk.antecedent = TextSpan(name, at, at + len(name)) if at >= 0 else None
                        return spk
            if (
                label is not None
                and last is not None
                and last[0].kind in ("organization", "media")
                and _named_body(last[0].name)
                and not _anchored(head)
                and self._near(last[1], m.start)
                and own(last[0].name)
            ):
                return self._carried(last[0], m, "description")
            if (
                label == "ORG"
                and last is not None
                and self._untyped_guess(last[0], last[1], m.start)
                and own(last[0].name)
            ):
                # "Snapchat said ... The company noted": the name guessed to be a person's
                # (untyped, never called he or she) was the company's.
                spk = self._carried(last[0], m, "description")
                spk.kind = "organization"
                self._retyped.add(spk.name or "")
                return spk
            if (label is not None and head.tag_ == "NN" and lemma not in self.lexicon.state_bodies
                    and not _anchored(head)):
                salient = self._salient_body(label, m.start, lemma)
                if salient is not None and own(salient[0]):
                    name, span = salient
                    name = self._fuller_org(name)  # "Halvern" -> "Halvern Pharma"
                    kind = "media" if self.lexicon.is_media(name) else "organization"
                    spk = Speaker(name, kind, "description", m, antecedent=span)  # type: ignore[arg-type]
                    spk.confidence = 0.7  # the body the article is about: a guess
                    return spk
        # "..., health system says": a headline drops its articles; the lead names the body
        headline = m.start < self._story_start and not any(c.dep_ == "det" for c in head.children)
        if ((definite or owned or headline) and lemma in self.lexicon.org_nouns
                and head.tag_ == "NN" and not _anchored(head)):
            ahead = self._body_named_next(lemma, m.end)
            if ahead is not None:
                # "Teachers have voted to strike, their union announced. The Elementary
                # Teachers' Federation of Ontario said ...": a lead names the body next
                name, span = ahead
                kind = "media" if self.lexicon.is_media(name) else "organization"
                spk = Speaker(name, kind, "description", m, antecedent=span)  # type: ignore[arg-type]
                spk.confidence = 0.6  # named after the mention: a reviewer should look
                return spk
        if (
            definite
            and lemma not in self.lexicon.org_nouns
            and lemma not in GROUP_NOUNS
            and (head.tag_ in ("NN", "NNS") or role_letters)
            and not plural
            and not self._thing_noun(lemma)
        ):
            # "the 26-year-old right wing said": a definite description of a person just named
            salient = self._recent_subject(head, [], None)
            if salient is not None and self._near(salient[1], m.start):
                return self._speaker_of(salient[0], m, "description")
            if (salient is not None and last is not None and last[0].kind == "person"
                    and last[0].name and same_name(last[0].name, salient[0].name)
                    and self._near(last[1], m.start)
                    and not self._names_between(last[1], m.start, ("PERSON",))):
                # "Soltys called the RCMP. She said ... 'People are angry,' the mayor said":
                # the subject named two paragraphs up, speaking since
                return self._carried(last[0], m, "description")
        indefinite = any(
            c.lower_ in ("a", "an", "one") and c.dep_ in ("det", "nummod") for c in head.lefts
        ) or (
            # "a ceremony its director described as ...", then "Dr Eleanor Voss, who has led
            # the museum, said": a body's role not yet named is introduced like "a judge"
            lemma in self.lexicon.roles
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.lefts)
        )
        if (
            indefinite
            and head.tag_ == "NN"
            and lemma not in self.lexicon.org_nouns
            and lemma not in self.lexicon.document_nouns
            and lemma not in ANONYMOUS_NOUNS
        ):
            # News introduces a speaker by description and names them next: "A Superior
            # Court judge said ..." then "... said Justice Ana Roe." The next speaker named
            # within a paragraph break is who the description introduced.
            named = self._next_named_speaker(m.end)
            if named is None and group is not None:
                named = self._next_titled(group, modifiers, m.end, lemma, breaks=3)
            if named is not None:
                spk = self.resolve_mention(named, None, [])
                if spk.kind == "person" and spk.name and not self._named_before(
                    spk.name, m.start, group, modifiers
                ):
                    spk.mention, spk.resolution = m, "description"
                    spk.antecedent = _span(named)
                    spk.confidence = 0.7
                    return spk
        lead_body = self._body_the_story_names(mention, head) if plural else None
        if lead_body is not None:
            # "foreign observers said" in the lead, then "The Coastal States Observer
            # Mission ... said": news names in the story the body its lead describes
            name, span = lead_body
            spk = Speaker(name, "organization", "description", m, antecedent=span)
            spk.confidence = 0.6  # named after the mention: a reviewer should look
            return spk
        # a name written as the whole mention; never a name inside a description ("Port
        # workers in Rotterdam" are not Rotterdam)
        named_head = mention.text[:1].isupper() and mention.root.pos_ == "PROPN"
        known = self._find_person(mention.text, mention.start_char) if named_head else None
        if known is not None:
            return self._speaker_of(known, m, "alias", title=None)
        text = _strip_det(_description_words(mention))
        if noun is not None:
            text = _strip_det(mention.doc[mention.start : noun.i + 1].text)
        text = self._with_full_body_names(text, mention)
        one_person = head.tag_ == "NN" and (
            lemma in PERSON_NOUNS or lemma in self.lexicon.roles or lemma in MALE_NOUNS
            or lemma in FEMALE_NOUNS or _profession(lemma))
        kind = "group" if lemma in GROUP_NOUNS or head.tag_ in ("NNS", "NNPS") else "unknown"
        if one_person:
            # "a witness told Reuters", "a spokeswoman for the agency": one person, whom a
            # later "he" or "she" can take up
            kind = "person"
        if lemma in self.lexicon.org_nouns or kind == "unknown" and lemma in _ORG_NAME_WORDS:
            kind = "organization"  # "the hospital trust"
        if head.tag_ == "NN" and any(
            c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
            for c in head.children
        ):
            # "One software developer, who asked not to be named, said": "who" is a person's
            kind = "person"
        if kind != "person" and (self.lexicon.is_media(text) or lemma in MEDIA_NOUNS):
            kind = "media"  # not "a spokeswoman for the agency": a person, for a body
        return Speaker(text, kind, "explicit", m)  # type: ignore[arg-type]


# Compounds of "list", the one common -ist word that names no one.
_LISTS = frozenset({"checklist", "playlist", "shortlist", "wishlist", "waitlist", "blacklist",
                    "whitelist", "watchlist", "tracklist"})


def _profession(lemma: str) -> bool:
    """Whether a noun names someone by what they practise: English makes such nouns with
    -ist, -ician and -eer ("a pharmacist", "the physician", "an engineer"), so no list of
    jobs is needed."""
    if lemma.endswith("ician"):
        return len(lemma) > 6
    if lemma.endswith("eer"):
        return len(lemma) > 6 and lemma not in ("career", "veneer")  # engineer, volunteer
    return lemma.endswith("ist") and len(lemma) > 5 and lemma not in _LISTS


PERSONAL_PRONOUNS_SPEAKING = MALE | FEMALE | PLURAL
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Nouns for news media named by what they are ("media outlets reported").
MEDIA_NOUNS = {"outlet", "media", "newspaper", "broadcaster", "tabloid", "press", "daily"}
# Nouns of sources the article keeps anonymous ("a person familiar with the talks"):
# never linked to the next name.
ANONYMOUS_NOUNS = {"person", "source", "official", "insider", "individual", "someone"}
# The closed class of pronouns that name nobody by themselves.
PRONOUN_WORDS = {
    "it",
    "its",
    "i",
    "me",
    "we",
    "us",
    "you",
    "one",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "nobody",
    "no-one",
    "none",
    "this",
    "these",
    "those",
    "each",
    "both",
    "all",
    "some",
    "many",
    "few",
    "several",
    "others",
    "another",
    "either",
    "neither",
    "whoever",
    "what",
    "myself",
    "ourselves",
    "yourself",
    "itself",
    "themselves",
}


# Broadcasts, publications, events and times: what a definite description by these nouns
# says ("the ad said", "the day's schedule said") comes from no person just named.
_THING_NOUNS = frozenset({
    "ad", "advert", "advertisement", "commercial", "clip", "spot", "video", "footage", "film",
    "movie", "show", "programme", "program", "episode", "book", "journal", "magazine",
    "appearance", "conversation", "event", "rally", "campaign", "average", "page", "poster",
    "sign", "banner", "day", "week", "month", "year", "night", "morning", "afternoon",
    "evening", "side", "message", "song", "album", "app",
})

# Words for one set of published numbers: "figures published by the ministry" then "the
# data show" are the same numbers, the ministry's.
_NUMBERS = frozenset({"figures", "data", "numbers", "statistics", "stats"})


def _document_lemma(tok: Token, lexicon: Lexicon) -> str:
    """ "figures", "findings" are listed as written; others by lemma."""
    return tok.lower_ if tok.lower_ in lexicon.document_nouns else tok.lemma_.lower()


_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3}
_PRONOUN_GENDER = {"he": "male", "she": "female"}
_OTHER_GENDER = {"male": "female", "female": "male"}


def _media_name_around(words: Span, lexicon: Lexicon) -> bool:
    """Whether the words belong to a news outlet's name the tagger marked ("The Washington
    Post" around "Post")."""
    for ent in words.doc.ents:
        if ent.start <= words.start < ent.end or ent.start < words.end <= ent.end:
            return lexicon.is_media(ent.text)
    return False


def _other_gender_noun(name: str | None, gender: str | None) -> bool:
    """Whether a description names someone of the other gender than a pronoun's ("a
    spokeswoman" for *he*)."""
    if not name or gender is None:
        return False
    words = {w.lower() for w in name.split()}
    return bool(words & (FEMALE_NOUNS if gender == "male" else MALE_NOUNS))


def _with_title(people: list[Entity], title: str) -> list[Entity]:
    """Of people one family name fits, those introduced in full with the title a mention
    gives ("Associate Professor Achterberg" is the one introduced as Associate Professor
    Miriam Achterberg, "Dr Achterberg" her brother Dr Samuel Achterberg); all of them when
    the title tells none apart."""
    def norm(t: str) -> str:
        return " ".join(w.strip(".").lower() for w in t.split())

    wanted = norm(title)
    same = [p for p in people if any(norm(t) == wanted for t in p.named_titles)]
    return same if 0 < len(same) < len(people) else people


def _nearest_written(people: list[Entity], at: int | None) -> Entity:
    """Of people one short name fits, who it stands for at ``at``: of those who have spoken
    before, the one written in full last ("Johnson says" after "Secretary Jeh Johnson
    says", not Gary Johnson quoted hours earlier); else the first named. One who never
    spoke ("his wife Heidi Cruz", "her late father Khaled Belkacemi") does not take the
    name from the person the article quotes."""
    if at is None or len(people) == 1:
        return people[0]
    spoken = [
        (max((w for w in p.written_at if w < at), default=-1), i)
        for i, p in enumerate(people)
        if p.spoke_at is not None and p.spoke_at < at
    ]
    if spoken:
        return people[max(spoken)[1]]
    # nobody has spoken yet: the first named in the text (the list holds the tagger's
    # names before the ones it missed)
    return min(people, key=lambda p: min(p.written_at, default=1 << 30))


def _key(ent: Span) -> str:
    return _strip_det(ent.text).lower()


def _span(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _name_spans(doc: Doc) -> list[Span]:
    """Every name the article may describe: people and organisations the tagger found,
    and proper names it left untagged ("shipping company Nordvik")."""
    names = [e for e in doc_ents(doc) if e.label_ in ("PERSON", "ORG")]
    tagged = {e.root.i for e in names}
    for tok in doc:
        if (
            tok.pos_ == "PROPN"
            and not tok.ent_type_
            and tok.i not in tagged
            and tok.dep_ not in ("compound", "flat")
            and (any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" for c in tok.children)
                 # "Lacasse, 61, is a soft-spoken family physician" with no tag on the name
                 or tok.dep_ == "nsubj" and tok.head.lemma_ == "be")
        ):
            names.append(doc[tok.i : tok.i + 1])
    return names


# Adjectives written after the noun they describe, which the parser may take for the head.
_POSTPOSITIVE = frozenset({"present", "responsible", "involved", "concerned", "available"})


def _before_postpositive(head: Token) -> Token | None:
    """ "a private security professional present during the attack": the noun before a
    postpositive adjective the parser made the phrase's head."""
    if head.lower_ not in _POSTPOSITIVE or head.i == 0:
        return None
    noun = head.doc[head.i - 1]
    if noun.head.i == head.i and noun.dep_ in ("amod", "nmod", "compound") and noun.is_alpha:
        return noun
    return None


def _description_words(mention: Span) -> str:
    """A description as a name: up to its relative clause or a comma ("sources familiar
    with the situation", not "... who were not authorized to speak")."""
    end = mention.end
    for tok in mention:
        if tok.i > mention.root.i and (
            tok.dep_ == "relcl" or tok.tag_ in ("WP", "WDT") or tok.text in (",", "(")
        ):
            end = min(end, tok.left_edge.i if tok.dep_ == "relcl" else tok.i)
            break
    return mention.doc[mention.start : max(end, mention.root.i + 1)].text


def _title_gender(words: list[str]) -> str | None:
    """The gender a title among ``words`` gives ("Mrs", "Mr"), else None."""
    low = {w.lower() for w in words}
    return "male" if low & MALE_TITLES else "female" if low & FEMALE_TITLES else None


def _joined_by_and(tok: Token) -> bool:
    """Whether a noun heads a coordination with "and" ("Kwame and Abena Osei")."""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in tok.children) and any(
        c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)


def mention_of_group(tok: Token) -> Span:
    """A plural subject as a name: its phrase up to a relative clause or a comma."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ in ("cc", "preconj")):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("amod", "prep", "compound") and not any(
            t.dep_ == "relcl" or t.is_punct for t in subtree(child)
        ):
            end = child.right_edge.i + 1
        else:
            break
    return doc[start:end]


def _introduced(name: Span) -> bool:
    """Whether the text describes a name where it stands: a noun before it ("retired
    teacher Grace Liu"), an apposition or a relative clause ("Tom Alvarez, who lives ...")."""
    root = name.root
    if describe(name) is not None:
        return True
    return any(c.dep_ in ("appos", "relcl", "acl") for c in root.children)


def _conjunct_head(tok: Token) -> Token:
    """The first of a run of conjuncts ("Roe" in "Roe, Vik and Berg"), by a bounded climb."""
    for _ in range(20):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _main_clause(tok: Token) -> bool:
    """Whether a subject token belongs to its sentence's main clause (or a clause
    coordinated with it): the most salient antecedent position (Centering theory)."""
    verb = tok.head
    for _ in range(50):  # a bounded climb: a hostile chain of conjuncts is thousands deep
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ == "ROOT"


def _full_name(ent: Span) -> Span:
    """A PERSON entity with the name tokens the tagger left out ("Doug" + "Purdy", and a
    listed given name before it: "Tore" + "Sohlberg")."""
    doc = ent.doc
    start = ent.start
    before = doc[start - 1] if start > 0 else None
    lexicon = load_lexicon()
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.ent_type_ == ""
        and before.head.i == start
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in lexicon.roles
        and (
            before.lower_ in lexicon.first_names
            # an unlisted given name, with no other name word before it ("Tore Sohlberg",
            # not the "Sor" of "Vest Sor MP Ana Lind")
            or start < 2
            or doc[start - 2].pos_ != "PROPN"
        )
    ):
        ent = doc[start - 1 : ent.end]
    start = ent.start
    while start > 1 and _joining_hyphen(doc, start - 1) and doc[start - 2].text[:1].isupper():
        start -= 2  # "Koroma-Diallo" with only "Diallo" tagged
    end = ent.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ in ("", "PERSON")
        and (doc[end - 1].head.i == end or doc[end].dep_ == "flat")
    ):
        end += 1
    while end < len(doc) - 1 and _joining_hyphen(doc, end) and doc[end + 1].ent_type_ in (
        "", "PERSON"
    ):
        end += 2  # "Adeyemi-Cole" with only "Adeyemi" tagged
    return doc[start:end]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the (sorted, possibly nested) spans."""
    k = bisect.bisect_right(spans, (pos, float("inf")))
    return any(s <= pos < e for s, e in spans[max(0, k - 8) : k])


# Words that put a lawyer on one side of a case: "the prosecutor" is not the "Defence
# lawyer" of the same trial, though both are in the legal role group.
_SIDES = {"prosecutor": "prosecution", "prosecution": "prosecution", "prosecuting": "prosecution",
          "crown": "prosecution", "defence": "defence", "defense": "defence"}


def _title_words(title: str) -> list[str]:
    """A title's words, lower case, without stops, commas and possessive endings."""
    return [w.strip(".,").lower() for w in title.replace("'s", " ").replace("’s", " ").split()]


def _title_has_word(titles: list[str], word: str, lexicon: Lexicon) -> bool:
    """Whether a title holds the role word itself, written out or abbreviated ("Coun.")."""
    return any(lexicon.role_words.get(w, w) == word for t in titles for w in _title_words(t))


def _title_matches(titles: list[str], group: str, modifiers: set[str], lexicon: Lexicon) -> bool:
    """A title of the same role group whose nationality, if any, agrees with the
    description's, and whose side of a case, if any, too."""
    nationality = {m[:5] for m in modifiers if m[:1].isalpha() and m not in lexicon.roles}
    sides = {_SIDES[m] for m in modifiers if m in _SIDES}
    for title in titles:
        words = _title_words(title)
        # an abbreviated title is listed with its stop ("sen.", "coun.")
        if not any((lexicon.roles.get(w) or lexicon.roles.get(w + ".")) == group for w in words):
            continue
        written = {_SIDES[w] for w in words if w in _SIDES}
        if sides and written and not sides & written:
            continue
        places = {w[:5] for w in words if w not in lexicon.roles and w[:1].isalpha()}
        if not nationality or not places or nationality & places:
            return True
    return False


def _without_common_tail(name: str) -> str:
    """ "United Care Workers union" -> "United Care Workers": lower-case words after a
    body's proper name of two words or more describe it; they are not its name."""
    words = name.split()
    glue = {"of", "and", "for", "the", "&", "de", "du", "des", "la", "le"}
    while (len(words) > 2 and words[-1].isalpha() and words[-1].islower()
           and sum(w[:1].isupper() for w in words[:-1]) >= 2
           and all(w[:1].isupper() or w in glue for w in words[:-1])):
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


def _acronym_map(doc: Doc) -> dict[str, str]:
    """ "IRCC" -> "Immigration, Refugees and Citizenship Canada" when both are in the text.

    Candidates are the capitalised word runs of the text ("Parliamentary Budget Officer"),
    tagged as entities or not, with "of", "and", "for", "the" allowed inside.
    """
    out: dict[str, str] = {}
    glue = {"of", "and", "for", "the", "on", ",", "'", "’", "'s", "’s"}  # "Teachers' Federation
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
    """The entity at the phrase's head, else the first one inside it ("Vest Agder Labour
    MP Ana Lind" is Ana Lind, whatever the tagger made of "Vest")."""
    # Only entities overlapping the span can match; they are sorted and do not overlap,
    # so bisect to the first one (a scan of every entity per mention was O(n^2)).
    ents = doc_ents(span.doc)
    ends = span.doc.user_data.get("quotes_ent_ends")
    if ends is None or len(ends) != len(ents):
        ends = span.doc.user_data["quotes_ent_ends"] = [e.end for e in ents]
    first = bisect.bisect_right(ends, span.start) if len(span) else 0
    inside = None
    for k in range(first, len(ents)):
        ent = ents[k]
        if len(span) and ent.start >= span.end:
            break
        if ent.label_ not in labels:
            continue
        if ent.start <= span.root.i < ent.end:
            return ent
        if inside is None and ent.start >= span.start and ent.end <= span.end:
            inside = ent
    return inside


def _title_before(ent: Span) -> str | None:
    """Title words written before a name in its noun phrase ("Russian Foreign Minister")."""
    start = ent.root.left_edge.i if ent.root.left_edge.i < ent.start else ent.start
    if start == ent.start and start > 0 and ent.doc[start - 1].text in TITLES:
        start -= 1  # "Her brother, Coun. Wesley Cardinal": the parser hung the title apart
    head = ent.root.head
    if (start == ent.start and ent.root.dep_ == "appos" and head.i == ent.start - 1
            and head.pos_ in ("PROPN", "NOUN")):
        start = head.left_edge.i  # "Auditor General Hélène Vasquez" parsed as an apposition
    return _title_span(ent.doc, start, ent.start)


def _title_text(mention: Span, ent: Span | None) -> str | None:
    """The title written before the name: outside the entity, or inside it when the
    tagger took it for part of the name ("Councillor Priya Nandakumar" as one PERSON)."""
    end = ent.start if ent is not None else mention.root.i
    if ent is not None:
        roles = load_lexicon().roles
        inner = ent.start
        while inner < ent.end - 1 and ent.doc[inner].lower_.rstrip(".") in roles:
            inner += 1
        if inner > ent.start:
            end = inner
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


def _body_name_openers(doc: Doc) -> set[str]:
    """The first word of every name of two or more words the tagger calls a body or a
    place ("Edmonton" of "the Edmonton Oilers", "Halden" of "Halden Council")."""
    openers = set()
    for ent in doc_ents(doc):
        words = [t for t in ent if t.pos_ == "PROPN"]
        if ent.label_ in ("ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT") and len(words) >= 2:
            openers.add(words[0].lower_)
    return openers


def _gender_near(ent: Span) -> str | None:
    """Gender the text itself gives a name: a title, or the first personal pronoun after it
    that is a subject (a possessive or an object only when no subject pronoun follows, and
    never the object of the name's own verb: "Starmer thanked her" is someone else)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in MALE_TITLES:
        return "male"
    if ent.start > 0 and doc[ent.start - 1].lower_ in FEMALE_TITLES:
        return "female"
    kin = _kin_gender(ent)
    if kin is not None:
        return kin
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    stop = min(len(doc), ent.sent.end + 25)
    own: set[int] | None = None
    if not _main_clause(ent.root):
        # "Roe said Berg would run ..., and she said": a pronoun outside the subordinate
        # clause a subject stands in is as likely about the sentence's own subject
        own = {t.i for t in subtree(ent.root.head)}
        stop = ent.sent.end
    other: str | None = None  # the first possessive or object pronoun, if no subject one
    for tok in doc[ent.end : stop]:
        if own is not None and tok.i not in own:
            continue
        if tok.ent_type_ == "PERSON":
            break  # another person intervenes: no safe inference past them
        gender = "male" if tok.lower_ in MALE else "female" if tok.lower_ in FEMALE else None
        if gender is None:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return gender  # "Starmer accepted her resignation. ... he thanked her": he
        if tok.dep_ in ("dobj", "dative") and tok.head.i == ent.root.head.i:
            continue  # "Starmer thanked her": an object of the name's own verb is someone else
        other = other or gender
    return other


_KIND_REACH = 3000  # characters back a description looks for a body of its kind
# Verbs that put out a statement whose words the next paragraph may quote.
_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "put"})
_AHEAD_REACH = 400  # characters ahead a lead's "their union" looks for the body it names


def _fits(name: str | None, kind_words: frozenset[str]) -> bool:
    """Whether a body's name says it is of a kind ("Financial Conduct Authority": a regulator)."""
    return bool(name) and bool(kind_words & {w.lower().strip(".,") for w in (name or "").split()})


_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _name_after(head: Token, lexicon: Lexicon) -> str | None:
    """The proper name written right after a role or body noun ("market research firm
    Veltrix", "rookie defenceman Ola Lindqvist" where the parser kept the noun as head), when
    the parse did not make it the phrase's head or apposition."""
    low = head.lemma_.lower()
    if head.pos_ != "NOUN" or not (low in lexicon.org_nouns or low in lexicon.roles):
        return None
    doc = head.doc
    words: list[str] = []
    i = head.i + 1
    while i < len(doc) and i < head.sent.end and len(words) < 3:
        tok = doc[i]
        word = (
            tok.text.rstrip(".") if i + 1 == head.sent.end or tok.text.endswith(".") else tok.text
        )
        if (
            not word[:1].isupper()
            or not word.replace("-", "").isalnum()
            or tok.ent_type_ in _NOT_NAMES
        ):
            break
        if tok.head.i == head.i and tok.dep_ == "appos" and tok.pos_ == "PROPN":
            return None  # an apposition proper: resolved through the parse
        words.append(word)
        if word != tok.text:
            break
        i += 1
    return " ".join(words) if words else None


def _quoted_words(subject: Span, cand: Candidate, quoted: list[tuple[int, int]]) -> bool:
    """Whether a speaker mention lies inside a quotation that holds neither the cue nor
    the candidate's own start: quoted words are what someone said, never who said it."""
    k = bisect.bisect_right(quoted, (subject.start_char, 1 << 62)) - 1
    if k < 0:
        return False
    lo, hi = quoted[k]
    if not lo <= subject.start_char < hi:
        return False
    cue = cand.cue_start
    return not (cue is not None and lo <= cue < hi) and not lo <= cand.start < hi


def _surname_index(doc: Doc, lexicon: Lexicon) -> dict[str, Span]:
    """Two- and three-word person-like names the tagger filed as a body or place ("Amira
    Haddouchi" as ORG), by their last word; a word two such names end with is left out."""
    found: dict[str, Span] = {}
    clash: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or not 2 <= len(ent) <= 3:
            continue
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in ent):
            continue
        if not _person_like(ent.text, lexicon) or ent[0].lower_ in ("the",):
            continue
        last = ent[-1].lower_
        if last in found and found[last].text != ent.text:
            clash.add(last)
        found.setdefault(last, ent)
    return {k: v for k, v in found.items() if k not in clash}


def _body_words(ent: Span) -> Span:
    """An organisation's name without the verb the tagger ran into it ("the Financial
    Conduct Authority fined" -> "the Financial Conduct Authority"), with the "for" or
    "of" phrase the tagger cut off it."""
    doc = ent.doc
    end = ent.end
    while end - 1 > ent.start and doc[end - 1].pos_ in ("VERB", "AUX"):
        end -= 1
    if end == ent.end and end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and (
            doc[end].head.i == end - 1):
        # "Front Street Neighbors for Fair Budgets" tagged only up to "Neighbors": the
        # capitalised words of its "for" or "of" phrase are the name's
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and (
                doc[k].ent_type_ in ("", "ORG")):
            k += 1
        if k > end + 1 and doc[k - 1].head.i in range(end, k):
            end = k
    return doc[ent.start : end]


# Nouns for the one a person lives with ("her husband", "his wife")
_SPOUSE_NOUNS = frozenset({"husband", "wife", "partner", "spouse"})
# Singular nouns for several people ("The couple, Ana Roe and Per Lund, said")
_PAIR_NOUNS = frozenset({"couple", "pair", "duo", "trio", "family"})


def _anchored(head: Token) -> bool:
    """ "The works council at Kestrel's Eindhoven plant": a description tied to a named
    place or body by its own phrase introduces that body; it takes up no one named before."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "of", "for", "in", "from")
        and any(t.pos_ == "PROPN" for t in c.subtree)
        for c in head.children
    )


def _listed_names(head: Token) -> list[Token]:
    """The names a plural description lists in apposition ("Kyle's parents, Tracy and Doug
    Brennan,", "the two founders, Ana Roe and Per Lund,"), whether the parser hung them as an
    apposition or as a conjunct of the noun; [] for anything else."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" and head.lemma_.lower() not in _PAIR_NOUNS:
        return []
    first = next((c for c in head.rights if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                  and head.doc[c.left_edge.i - 1].text == ","), None)
    if first is None:
        return []
    names = [first, *(c for c in first.conjuncts if c.i > first.i and c.pos_ == "PROPN")]
    names += [c for c in head.conjuncts if c.i > first.i and c.pos_ == "PROPN"
              and c not in names]
    names.sort(key=lambda t: t.i)
    return names if len(names) >= 2 else []


def _with_listed_remit(ent: Span, mention: Span) -> str:
    """An organisation's name in full when the tagger split its remit's list into three
    names ("the Department for Culture", "Media", "Sport"), as far as the mention goes."""
    text = doc_text(ent.doc)
    words = _strip_det(ent.text)
    at = ent.end_char - len(words)
    listed = LISTED_REMIT.match(text, at, mention.end_char)
    return listed.group(0) if listed and listed.end() > ent.end_char else ent.text


# "The younger Doyle", "the elder Ramos": a comparison of the ages of one family
_AGE_ORDER = {"younger": "young", "youngest": "young", "older": "old", "oldest": "old",
              "elder": "old", "eldest": "old"}

def _kin_gender(ent: Span) -> str | None:
    """The gender of a noun the parse writes with the name: before it in its phrase ("her
    father Tarik"), or in apposition ("Ana Roe, his wife", "the widow, Ana Roe")."""
    root = ent.root
    nouns = [
        t for t in ent.doc[max(root.left_edge.i, ent.start - 3) : ent.start] if t.pos_ == "NOUN"
    ]
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for noun in nouns:
        low = noun.lower_
        if low in MALE_NOUNS:
            return "male"
        if low in FEMALE_NOUNS:
            return "female"
    return None


def _phrase(tok: Token) -> Span:
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i + 1
    return doc[start:end]


# Nouns for one person that a pronoun may pick up when nobody is named.
PERSON_NOUNS = frozenset(MALE_NOUNS | FEMALE_NOUNS | {
    "official", "spokesperson", "witness", "driver", "resident", "officer", "teacher",
    "doctor", "nurse", "student", "worker", "neighbour", "neighbor", "passenger", "owner",
    "employee", "customer", "visitor", "farmer", "manager", "lawyer", "voter", "fan",
    "professional", "guard", "survivor", "bystander", "victim", "parent", "patient", "guest",
    "tourist", "colleague", "friend", "relative", "pilot", "soldier", "firefighter"})


def _described_subject_before(tok: Token, lexicon: Lexicon, gender: str | None) -> Token | None:
    """A singular subject noun for a person ("an official", "the driver") earlier in the
    pronoun's sentence, of the pronoun's gender when the noun has one."""
    sent = tok.sent
    for cand in reversed(tok.doc[sent.start : tok.i]):
        if cand.dep_ != "nsubj" or cand.pos_ != "NOUN" or cand.tag_ != "NN":
            continue
        lemma = cand.lemma_.lower()
        if gender == "male" and lemma in FEMALE_NOUNS or gender == "female" and lemma in MALE_NOUNS:
            continue
        if lemma in lexicon.roles or lemma in PERSON_NOUNS:
            return cand
    return None


def _phrase_with_compounds(tok: Token) -> Span:
    """A name token with the compound words written before it ("Nordfjord Lines"), and
    the first part of a joined name the tokenizer split at its hyphen ("Koroma-Diallo")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and (
        doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i
        or _joining_hyphen(doc, start - 1) and doc[start - 2].text[:1].isupper()
    ):
        start -= 2 if _joining_hyphen(doc, start - 1) else 1
    return doc[start : tok.i + 1]


def _person_after_outlet(head: Token) -> Token | None:
    """The person named in apposition to an outlet noun the parse made a cue's subject
    ("Speaking to Radio Vesta, a local station, councillor Ana Roe said"): a news outlet
    said nothing there; the person after it did."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in OUTLET_NOUNS:
        return None
    for appos in (c for c in head.children if c.dep_ in ("appos", "conj")):
        for tok in (appos, *(c for c in appos.children if c.dep_ == "appos")):
            if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
                return tok
    return None


def _possessive_of(noun: Token) -> Token | None:
    """The possessive of a noun ("her" of "her husband"), also where the parser hung it on
    the first piece of a split word ("His ex-wife", "her co-star")."""
    doc = noun.doc
    hosts = [noun]
    if noun.i >= 2 and _tight_hyphen(doc, noun.i - 1):
        hosts.append(doc[noun.i - 2])
    return next((c for h in hosts for c in h.children if c.dep_ == "poss"), None)


def _tight_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written tight between two words: the tokenizer
    splits "co-star", "ex-wife" and "Adeyemi-Cole" in three."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A tight hyphen joining the parts of a name ("Adeyemi-Cole", "al-Nouri")."""
    return _tight_hyphen(doc, i) and doc[i - 1].is_alpha and doc[i + 1].text[:1].isupper()


def _proper_phrase(head: Token) -> str:
    """The proper name around ``head`` as written ("Moscow's foreign ministry" keeps its 's),
    never past a comma or bracket ("Tore Sohlberg, a leading Oslo-based expert")."""
    return _proper_span(head).text


def _name_run(head: Token) -> Span:
    """The contiguous proper-noun words around ``head`` ("Ana Lindqvist" in "Rookie goalie
    Ana Lindqvist")."""
    doc = head.doc
    lo = hi = head.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo, hi + 1):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].dep_ == "flat":
        hi += 1
    return doc[lo : hi + 1]


def _proper_span(head: Token) -> Span:
    doc = head.doc
    lo, hi = head.i, head.i
    # "Lindqvist and Obama": a conjoined name is another speaker, never part of this one
    # (a conjunct inside a name, "the Bill and Melinda Gates Foundation", hangs lower)
    joiners = [c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "or", "&")]
    others = {t.i for c in head.children if c.dep_ == "conj" and joiners for t in subtree(c)}
    others |= {c.i for c in joiners}
    for t in subtree(head):
        if t.pos_ != "PROPN" or abs(t.i - head.i) > 4 or t.i in others:
            continue
        between = doc[min(t.i, head.i) : max(t.i, head.i) + 1]
        if any(b.text in (",", "(", ")", ";", ":", "/", "—", "–") for b in between):
            continue
        lo, hi = min(lo, t.i), max(hi, t.i)
    return doc[lo : hi + 1]


# Words that make an untyped name an organisation's ("Nordfjord Lines", "Acme Inc.").
_ORG_NAME_WORDS = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "ag",
    "sa",
    "gmbh",
    "group",
    "holdings",
    "partners",
    "lines",
    "systems",
    "technologies",
    "labs",
    "media",
    "news",
    "press",
    "bank",
    "fund",
    "trust",
    "capital",
    "energy",
    "motors",
    "airlines",
    "airways",
    "international",
    "canada",
    "foundation",
    "institute",
    "centre",
    "center",
    "society",
    "network",
    "club",
    "fc",
    "united",
    "city",
    "pharma",
    "pharmaceuticals",
    "therapeutics",
    "biosciences",
    "biotech",
    "logistics",
    "industries",
    "enterprises",
    "brands",
    "foods",
    "resources",
    "mining",
    "minerals",
    "petroleum",
    "telecom",
    "communications",
    "studios",
    "entertainment",
    "software",
    "robotics",
    "healthcare",
    "insurance",
    "financial",
    "securities",
    "investments",
    "ventures",
    "properties",
    "shipping",
    "railways",
    "solutions",
    "athletic",  # football clubs: "Harwick Athletic", "Bristol Rovers", "Wigan Wanderers"
    "rovers",
    "wanderers",
    "albion",
    "rangers",
}


def _named_body(name: str | None) -> bool:
    """Whether a body's speaker name is a proper name ("the Interior Ministry"), not common
    words ("authorities"): only a named body is what "the company said" takes up."""
    return bool(name) and any(w[:1].isupper() for w in name.split())


def _headline_end(text: str) -> int:
    """Where the story starts after a headline: a short first line in title case or with
    no full stop."""
    end = text.find("\n")
    line = text[: max(end, 0)].strip()
    if not 0 < len(line) <= 150:
        return 0
    words = line.split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return end if title_case or not line.endswith((".", '"', "”")) else 0


def _dateline(ent: Span) -> bool:
    """ "FRANKFURT, June 3 -", "COPIAPÓ, Chile (Reuters) –": a place in capitals opening a
    paragraph says where the story was filed, whatever the tagger typed it; it is no body
    "the company" can mean."""
    doc = ent.doc
    if not (ent.text.isupper() and len(ent.text) > 2):
        return False
    if ent.start > 0 and "\n" not in doc[ent.start - 1].text_with_ws:
        return False
    return ent.end < len(doc) and doc[ent.end].text in (",", "(", "-", "–", "—")


def _relabel_datelines(doc: Doc) -> None:
    """ "KESTREL FALLS, B.C. —" tagged PERSON: a dateline is a place, for the whole article,
    so no later "Kestrel Falls RCMP" or "Falls said" is taken for a person of that name."""
    ents = doc_ents(doc)
    if any(e.label_ != "GPE" and _dateline(e) for e in ents):
        doc.user_data["quotes_ents"] = tuple(
            Span(doc, e.start, e.end, label="GPE") if e.label_ != "GPE" and _dateline(e) else e
            for e in ents
        )


# Capitalised words that open a sentence or a headline before a body's name, not part of it.
_CAPITALISED_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "for", "but", "and", "when",
                                  "after", "as", "while", "since", "by", "with", "from", "said",
                                  "says"})

# "Denise and Luc Moreau": two given names sharing the family name after them.
_NAMED_PAIR = re.compile(r"\b([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][A-Za-z'’-]+)\b")

# Entity types the tagger gives to things that never speak as a person would.
_NEVER_PEOPLE = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE", "DATE", "TIME",
                           "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def _relabel_titled_people(doc: Doc) -> None:
    """ "Coun. Wesley Cardinal" tagged ORG: a name after a personal title abbreviation is a
    person's, whatever the tagger said; the title stands before the PERSON span, where the
    title rules read it."""
    ents = doc_ents(doc)

    def titled(e: Span) -> bool:
        return (e.label_ != "PERSON" and len(e) >= 2 and e[0].text in TITLES
                and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in e[1:]))

    if any(titled(e) for e in ents):
        doc.user_data["quotes_ents"] = tuple(
            Span(doc, e.start + 1, e.end, label="PERSON") if titled(e) else e for e in ents
        )


# Letters after a name that are honours or offices, not the name: "Simon Ashworth KC",
# "Ana Lind MP", "Sir Ian Roe CBE". One list for cutting them off a name and for telling
# them from a body's acronym ("Kestrel Falls RCMP").
_POST_NOMINALS = ("KC", "QC", "MP", "MEP", "MSP", "MLA", "MPP", "MHA", "MNA", "TD", "OBE",
                  "CBE", "MBE", "KBE", "DBE", "PhD", "Esq")
_PERSONAL_CAPITALS = frozenset({w.upper() for w in _POST_NOMINALS} | {"JR", "SR"})


def _acronym_end(word: str) -> bool:
    """ "Kestrel Falls RCMP", "Harbour City NHS": a name ending in a body's acronym."""
    return (len(word) >= 3 and word.isalpha() and word.isupper()
            and word not in _PERSONAL_CAPITALS and not set(word) <= set("IVXLC"))


def _relabel_companies(doc: Doc) -> set[str]:
    """ "Velora Pharma", "Harwick Athletic" tagged PERSON: a name ending in a company's or a
    club's word, or a lone word opening a body's name ("Aurora" beside "Aurora Launch
    Systems"), never called he or she nor given a title, is an organisation. Its entities
    are relabelled ORG for the whole article, so "the company" and "the club" find it."""
    names: dict[str, list[Span]] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) >= 2 and (
            ent[-1].lower_ in _ORG_NAME_WORDS
            or _acronym_end(ent[-1].text) and not ent[-2].text.isupper()  # not "KESTREL FALLS"
        ):
            names.setdefault(ent.text, []).append(ent)
    # "Aurora" tagged PERSON in an article about "Aurora Launch Systems": a lone word that
    # opens a body's name, with no person of that family name written in full
    openers = {
        e[0].lower_ for e in doc_ents(doc)
        if e.label_ == "ORG" and sum(t.pos_ == "PROPN" for t in e) >= 2 and e[0].pos_ == "PROPN"
    }
    family = {e[-1].lower_ for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) >= 2}
    for ent in doc_ents(doc):
        if (ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in openers
                and ent.text.lower() not in family and ent[0].text[:1].isupper()):
            names.setdefault(ent.text, []).append(ent)
    companies = {
        name for name, ents in names.items()
        if not any(_gender_near(e) is not None or _title_before(e) for e in ents)
    }
    if companies:
        doc.user_data["quotes_ents"] = tuple(
            Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e.text in companies
            else e
            for e in doc_ents(doc)
        )
    return companies


def _person_like(name: str, lexicon: Lexicon) -> bool:
    """Whether an untyped proper name reads as a person's: one to three capitalised words,
    none an organisation's word, no acronym, not a media outlet."""
    words = name.replace("’s", "").replace("'s", "").split()
    # four words only after a listed given name ("Julie A. Diaz Martinez")
    longest = 4 if words and words[0].lower() in lexicon.first_names else 3
    if not 1 <= len(words) <= longest or lexicon.is_media(name):
        return False
    for w in words:
        low = w.lower()
        if not w[:1].isupper() or w.isupper() and len(w) > 1:
            return False
        if low in _ORG_NAME_WORDS or low in lexicon.org_nouns or low in lexicon.roles:
            return False
    if (len(words) >= 2 and words[-1].lower() in _SEAT_WORDS
            and words[0].lower() not in lexicon.first_names):  # "Benny Hill" stays a person
        return False  # "Downing Street said": a government by the street it sits in
    return True


# Last words of places that stand for those who sit there ("Downing Street", "Capitol
# Hill", "Buckingham Palace"): never a person's name.
_SEAT_WORDS = frozenset({"street", "avenue", "road", "square", "palace", "house", "hill",
                         "hall", "castle", "plaza"})


_GLUED = " \t\u00a0―—–-\"“”'‘’"  # dashes and marks a tokenizer glues to a name


def _strip_det(text: str) -> str:
    t = text.strip().lstrip(_GLUED)
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if t.startswith(det):
            t = t[len(det) :]
            break
    else:
        if re.match(r"(?i)one (?!of\b)[a-z]", t):
            t = t[4:]  # "One council diplomat said": "one" as an article, not "one of them"
    return _strip_possessive(t)


def _strip_possessive(text: str) -> str:
    t = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if t.endswith(suffix):
            return t[: -len(suffix)].strip()
    return t


_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t.]*\n)*")
_NAME_END = re.compile(r"\s*[,/(|;:\[]\s*|(?<=\w)['’]s\b")


def clean_name(name: str) -> str:
    """A person's name as the tagger gave it, cut where the name ends: at a possessive
    ("Tore Sohlberg’s Oslo"), a comma ("Tore Sohlberg, a leading"), the
    slash of a byline ("Kari Dahl / Nordic News") or a bracket."""
    name = name.lstrip(_GLUED)
    listed = LISTED_REMIT.match(name)
    cut = listed.group(0) if listed else _NAME_END.split(name, maxsplit=1)[0]
    cut = _POST_NOMINAL.sub("", cut)
    return _strip_possessive(cut).strip() or _strip_possessive(name)


# The post-nominal letters (_POST_NOMINALS) at the end of a name, cut off it.
_POST_NOMINAL = re.compile(
    r"(?<=\w)(?:,?\s+(?:" + "|".join(_POST_NOMINALS) + r")\.?)+\s*$")
