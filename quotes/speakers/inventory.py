"""Who speaks in a set of documents: each speaker once, with the ways the articles name them.

An inventory is the starting point for a speaker registry: a fact-checker runs it over a
batch of articles, sees "Volodymyr Zelensky" written as "Zelensky", "President Zelensky"
and "Volodymyr Zelenskyy" across outlets, and saves the rows as registry entries
(:func:`to_registry_entries`) to edit and pass back with ``--speakers``.

Records are grouped by canonical speaker name (case and spacing ignored); person names
that are the same name in another spelling or a shorter form (``same_name``) are merged
across documents, since the engine only merges them within one document. Pronouns and
descriptions ("he", "the Ukrainian leader") are counted as references, not listed as
variants: they are not names a registry can match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

from quotes.records import Attribution
from quotes.speakers.keys import speaker_key
from quotes.speakers.names import TITLE_WORDS, ascii_fold, name_words, same_name

UNRESOLVED_LABEL = "(unresolved)"

# Resolutions whose mention is the speaker's own name as written; "pronoun" and
# "description" mentions are references, "floating" ones repeat the previous mention.
NAME_RESOLUTIONS = {"explicit", "alias", "registry"}
# Words that stand for a speaker without naming one: a record whose speaker "name" is one
# of these is counted as unresolved.
PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "him",
    "her",
    "them",
    "we",
    "i",
    "you",
    "us",
    "his",
    "hers",
    "their",
    "its",
    "himself",
    "herself",
    "themselves",
    "who",
    "whom",
    "which",
    "that",
    "this",
    "these",
    "those",
    "one",
    "some",
    "each",
    "all",
    "any",
    "anyone",
    "someone",
    "everyone",
    "everybody",
    "somebody",
    "nobody",
    "none",
    "both",
}
# Honorifics are no role: "Mr." is not a title a registry should keep.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle"}
# Kinds whose canonical name is often just the words of a description ("officials").
DESCRIPTIVE_KINDS = {"group", "document", "unknown"}
# Words that may stand lower-case inside a name ("Sergio de la Vega", "Ministry of Health").
NAME_PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "der",
    "den",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "bin",
    "ibn",
    "al",
    "el",
    "of",
    "and",
    "for",
    "the",
    "on",
    "in",
    "y",
    "&",
}
_DETERMINER = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_EDGE_PUNCT = " \"'“”‘’«»()[]<>{},;:!?*|/\\@#>-–—"


@dataclass
class SpeakerSummary:
    """One speaker of the inventory (``name`` is None for the row of unresolved records)."""

    name: str | None
    kind: str = "unknown"
    records: int = 0
    documents: list[str] = field(default_factory=list)
    variants: dict[str, int] = field(default_factory=dict)  # name as written -> records
    # Names written for a person that are no form of their name: a spokesperson speaking
    # for them, a nickname, or a resolution error. Shown for review, never made aliases.
    other_names: dict[str, int] = field(default_factory=dict)
    references: int = 0  # records naming them by pronoun or description
    titles: list[str] = field(default_factory=list)  # most frequent first
    ids: dict[str, str] = field(default_factory=dict)
    resolutions: dict[str, int] = field(default_factory=dict)
    from_registry: bool = False
    named: bool = True  # a proper name a registry can hold, not "officials"
    # The records' ``speaker.key`` for this speaker (``key``, the canonical name's) and every
    # key merged into it here ("person:zelensky" from an article that never wrote the full
    # name): the values a pipeline joins records on.
    key: str | None = None
    keys: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written by ``quotes speakers --format json``."""
        return asdict(self)


def speaker_inventory(records: Iterable[Attribution | dict[str, Any]]) -> list[SpeakerSummary]:
    """Summarise the speakers of ``records``: most records first, then by name.

    Records whose speaker has no name (or no speaker at all) form one last row with
    ``name=None``, so the counts add up to the number of records.
    """
    groups: dict[str, _Group] = {}
    unresolved = _Group()
    for rec in records:
        doc_id, speaker = _fields(rec)
        name = _clean_space(speaker.get("name") or "") if speaker else ""
        if not name or name.casefold() in PRONOUNS:  # "it", "who": nobody was found
            unresolved.add(doc_id, speaker or {})
            continue
        groups.setdefault(name.casefold(), _Group()).add(doc_id, speaker)
    summaries = [g.summary() for g in _merge_people(list(groups.values()))]
    summaries.sort(key=lambda s: (-s.records, (s.name or "").casefold(), s.name or ""))
    if unresolved.records:
        row = unresolved.summary()
        row.name, row.named, row.kind = None, False, "unknown"
        summaries.append(row)
    return summaries


def to_registry_entries(summaries: Iterable[SpeakerSummary]) -> list[dict[str, Any]]:
    """Registry entries (``{name, aliases, kind, roles, ids}``) for the named speakers.

    Aliases are the written name variants other than the canonical name; roles are the
    titles seen. The unresolved row and descriptive speakers ("officials") are left out:
    a registry entry for them would only mislabel other articles.
    """
    entries = []
    for s in summaries:
        if s.name is None or not s.named:
            continue
        seen = {s.name.casefold()}
        aliases = []
        for variant in s.variants:
            if variant.casefold() not in seen:
                seen.add(variant.casefold())
                aliases.append(variant)
        entries.append(
            {
                "name": s.name,
                "aliases": aliases,
                "kind": s.kind,
                "roles": list(s.titles),
                "ids": dict(s.ids),
            }
        )
    return entries


def name_as_written(
    mention: str, kind: str, title: str | None = None, canonical: str | None = None
) -> str | None:
    """The name in a mention, without title, article or descriptors, or None when it is no name.

    "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky"; "The Russian Defense
    Ministry" -> "Russian Defense Ministry"; "Moscow's statement" -> "Moscow"; "the
    nonpartisan Tax Foundation" -> "Tax Foundation"; "he" and "the ministry's statement"
    -> None. Given the ``canonical`` name of a person, leading words are dropped until the
    rest is a form of it ("NYPD Commissioner James O'Neill" -> "James O'Neill").
    """
    text = _trim(_clean_space(mention))
    if title and text.casefold().startswith(title.casefold() + " "):
        text = text[len(title) + 1 :]
    text = _DETERMINER.sub("", text)
    if canonical and text.casefold() == canonical.casefold():
        return text if _looks_named(text, kind) else None
    words = [_trim(w) if len(w) > 2 else w for w in text.split()]
    words = [w for w in words if w]
    if kind == "person":
        words = _person_name_words(words, canonical)
    else:
        # "Moscow's statement": the owner of a statement speaks, the statement is no name.
        cut = next((i for i, w in enumerate(words) if _POSSESSIVE.search(w)), None)
        if cut is not None and not any(_capitalised(w) for w in words[cut + 1 :]):
            words = words[: cut + 1]
    while words and not _capitalised(words[0]):
        words.pop(0)  # "many Democrats", "nonpartisan Commission", "60 percent of voters"
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    text = " ".join(w for w in words if w)
    if not text or text.casefold() in PRONOUNS:
        return None
    return text if _looks_named(text, kind) else None


def _person_name_words(words: list[str], canonical: str | None) -> list[str]:
    """The run of name words at the end of a person mention: a title or nationality goes
    before it, a place after "of" ("Elijah Cummings of Maryland") is no part of it."""
    keep: list[str] = []
    for word in reversed(words):
        if _is_title_word(word) or not (_capitalised(word) or word.lower() in NAME_PARTICLES):
            break
        keep.insert(0, word)
    cut = next((i for i, w in enumerate(keep) if w in ("of", "from")), None)
    if cut:
        keep = keep[:cut]
    if canonical:
        # Drop leading words ("NYPD", "Commissioner") until the rest is a form of the name.
        for start in range(len(keep)):
            if same_person_name(" ".join(keep[start:]), canonical):
                return keep[start:]
    return keep


def same_person_name(a: str, b: str) -> bool:
    """Two forms of one person's name (or one name that is all title words: "King")."""
    return a.casefold() == b.casefold() or same_name(a, b)


class _Group:
    """The records of one canonical name, counted as they come."""

    def __init__(self) -> None:
        self.records = 0
        self.names: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.documents: dict[str, None] = {}  # ordered set
        self.variants: Counter[str] = Counter()
        self.other_names: Counter[str] = Counter()
        self.references = 0
        self.titles: Counter[str] = Counter()
        self.ids: dict[str, str] = {}
        self.resolutions: Counter[str] = Counter()
        self.keys: Counter[str] = Counter()

    def add(self, doc_id: str | None, speaker: dict[str, Any]) -> None:
        self.records += 1
        if doc_id:
            self.documents.setdefault(doc_id, None)
        resolution = speaker.get("resolution") or "unresolved"
        self.resolutions[resolution] += 1
        kind = speaker.get("kind") or "unknown"
        self.kinds[kind] += 1
        if speaker.get("name"):
            self.names[_clean_space(speaker["name"])] += 1
            key = speaker.get("key") or speaker_key(speaker["name"], kind)
            if key:
                self.keys[key] += 1
        title = _clean_space(speaker.get("title") or "")
        if _is_role(title):
            self.titles[title] += 1
        for key, value in (speaker.get("ids") or {}).items():
            self.ids.setdefault(str(key), str(value))
        mention = speaker.get("mention") or {}
        text = mention.get("text") if isinstance(mention, dict) else None
        if not text or resolution == "floating":
            return  # a floating quote repeats the previous attribution's mention
        written = (
            name_as_written(text, kind, speaker.get("title"), speaker.get("name"))
            if resolution in NAME_RESOLUTIONS
            else None
        )
        canonical = speaker.get("name")
        if written and kind == "person" and canonical and not same_person_name(written, canonical):
            self.other_names[written] += 1
        elif written:
            self.variants[written] += 1
        else:
            self.references += 1

    def absorb(self, other: _Group) -> None:
        self.records += other.records
        self.names.update(other.names)
        self.kinds.update(other.kinds)
        for doc_id in other.documents:
            self.documents.setdefault(doc_id, None)
        self.variants.update(other.variants)
        self.other_names.update(other.other_names)
        self.references += other.references
        self.titles.update(other.titles)
        for key, value in other.ids.items():
            self.ids.setdefault(key, value)
        self.resolutions.update(other.resolutions)
        self.keys.update(other.keys)

    @property
    def kind(self) -> str:
        known = [(n, k) for k, n in self.kinds.items() if k != "unknown"]
        return max(known)[1] if known else "unknown"

    @property
    def from_registry(self) -> bool:
        return bool(self.ids) or self.resolutions["registry"] > 0

    @property
    def name(self) -> str:
        """The most used canonical form, the fuller one on a tie; for a person a full name
        before a lone family name ("Erin Kim", not "Kim")."""
        person = self.kind == "person"
        return max(
            self.names,
            key=lambda n: (
                person and len(name_words(n)) >= 2,
                self.names[n],
                len(name_words(n)),
                len(n),
                n,
            ),
        )

    def summary(self) -> SpeakerSummary:
        name = self.name if self.names else None
        kind = self.kind
        return SpeakerSummary(
            name=name,
            kind=kind,
            records=self.records,
            documents=list(self.documents),
            variants=dict(self.variants.most_common()),
            other_names=dict(self.other_names.most_common()),
            references=self.references,
            titles=[t for t, _ in self.titles.most_common()],
            ids=dict(self.ids),
            resolutions=dict(self.resolutions.most_common()),
            from_registry=self.from_registry,
            named=bool(name) and _looks_named(name, kind),
            key=speaker_key(name, kind) if name else None,
            keys=[k for k, _ in self.keys.most_common()],
        )


def _merge_people(groups: list[_Group]) -> list[_Group]:
    """Merge person groups that carry one name in two spellings or lengths.

    Full names (two words or more) join the largest cluster whose name is the same name;
    a lone family name joins a cluster only when exactly one matches ("Trump" stays
    apart when both Donald and Melania Trump speak). A registry name wins as canonical.
    """
    people = sorted((g for g in groups if g.kind == "person"), key=lambda g: (-g.records, g.name))
    merged: list[_Group] = [g for g in groups if g.kind != "person"]
    clusters: list[_Group] = []
    singles: list[_Group] = []
    for g in people:
        if len(name_words(g.name)) < 2:
            singles.append(g)
            continue
        home = next((c for c in clusters if _same_person(c, g)), None)
        if home is None:
            clusters.append(g)
        else:
            _absorb_keeping_registry_name(home, g)
    for g in singles:
        homes = [c for c in clusters if same_name(c.name, g.name)]
        if len(homes) == 1:
            _absorb_keeping_registry_name(homes[0], g)
        else:
            clusters.append(g)
    return merged + clusters


def _same_person(a: _Group, b: _Group) -> bool:
    if a.ids and b.ids and any(b.ids.get(k) not in (None, v) for k, v in a.ids.items()):
        return False  # two registry entries with different ids are two people
    return same_name(a.name, b.name)


def _absorb_keeping_registry_name(home: _Group, other: _Group) -> None:
    registry_name = home.name if home.from_registry else other.name if other.from_registry else None
    home.absorb(other)
    if registry_name is not None:
        # Make the registry's spelling the most used one, so it stays canonical.
        home.names[registry_name] = max(home.names.values()) + 1


def _fields(rec: Attribution | dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    """(doc_id, speaker as a dict) of a typed record or of a record read from JSON."""
    if isinstance(rec, Attribution):
        spk = rec.speaker
        return rec.doc_id, asdict(spk) if spk is not None and is_dataclass(spk) else None
    speaker = rec.get("speaker")
    doc_id = rec.get("doc_id") or (rec.get("document") or {}).get("id")
    return doc_id, speaker if isinstance(speaker, dict) else None


def _clean_space(text: str) -> str:
    return " ".join(str(text).split())


def _is_role(title: str) -> bool:
    """A title worth keeping as a role: not an honorific ("Mr."), not one lower-case word
    the title finder picked up by mistake ("when", "back")."""
    words = re.findall(r"[a-z]+", ascii_fold(title))
    if not words or set(words) <= HONORIFICS:
        return False
    return len(title.split()) > 1 or _capitalised(title)


def _trim(text: str) -> str:
    """Without quotes, brackets and markup debris at the ends; a possessive ' is kept."""
    return text.lstrip(_EDGE_PUNCT).rstrip(_EDGE_PUNCT.replace("'", "").replace("’", ""))


def _capitalised(word: str) -> bool:
    """A word that opens with a capital, or a part that does ("al-Shabaab")."""
    for part in re.split(r"[-‐'’]", word):
        letters = [ch for ch in part if ch.isalpha()]
        if letters and letters[0].isupper():
            return True
    return False


def _is_title_word(word: str) -> bool:
    """ "President", "Gen.", "Commander-in-Chief": words of a title, not of a name."""
    parts = re.split(r"[-‐]", ascii_fold(word).strip(".,"))
    return any(part.rstrip(".") in TITLE_WORDS for part in parts if part)


def _looks_named(text: str, kind: str) -> bool:
    """A proper name: a capitalised word, and for a group or unknown kind a name all through.

    A group's "name" is often a description that opened its sentence ("Officials", "New
    York judge", "one Democratic source"): it is a name only as an acronym ("NATO") or
    when every word is capitalised or a particle ("Friends of the Earth").
    """
    words = text.split()
    if not any(_capitalised(w) for w in words):
        return False
    if kind not in DESCRIPTIVE_KINDS:
        return True
    if len(words) == 1:
        core = words[0].strip(".,'’")
        return len(core) > 1 and core.replace(".", "").isupper()
    return _capitalised(words[0]) and all(
        _capitalised(w) or w.lower() in NAME_PARTICLES for w in words
    )
