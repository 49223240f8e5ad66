"""Typed attribution records: the contract fact-check pipelines read.

Every record serialises to a dict valid against ``schemas/attribution.schema.json``.
Offsets are Python code points into the document text as read, end exclusive,
so ``text[quote.start:quote.end] == quote.text`` always holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

AttributionType = Literal["direct", "indirect", "mixed", "according_to", "unattributed"]
SpeakerKind = Literal["person", "organization", "media", "group", "document", "unknown"]
Resolution = Literal[
    "explicit", "alias", "registry", "pronoun", "description", "floating", "unresolved"
]

ATTRIBUTION_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "unattributed")


@dataclass
class TextSpan:
    """A piece of the document: its text and where it stands."""

    text: str
    start: int
    end: int


@dataclass
class Cue:
    """The words that carry the attribution ("said", "according to", "wrote on Telegram")."""

    text: str
    start: int
    end: int
    lemma: str
    cls: str | None = None  # lexicon class: neutral, distancing, factive, ...
    negated: bool = False


@dataclass
class SpeakerMember:
    """One of several speakers of one statement ("Roe and Lund said")."""

    name: str | None
    kind: SpeakerKind = "unknown"
    key: str | None = None
    mention: TextSpan | None = None


@dataclass
class Speaker:
    """Who said it: the canonical name, the mention as written, and the earlier mention
    it was resolved through (``antecedent``), so a reviewer can check the chain."""

    name: str | None
    kind: SpeakerKind = "unknown"
    resolution: Resolution = "unresolved"
    mention: TextSpan | None = None
    title: str | None = None
    ids: dict[str, str] = field(default_factory=dict)
    key: str | None = None
    antecedent: TextSpan | None = None
    members: list[SpeakerMember] = field(default_factory=list)
    # How far the resolver trusts the chain that gave the name (not written: the record's
    # own ``confidence`` carries it); None means the resolution's usual figure.
    confidence: float | None = field(default=None, compare=False, repr=False)


@dataclass
class Relay:
    """A medium that passed the statement on ("as reported by Sky News")."""

    name: str
    text: str
    start: int
    end: int


@dataclass
class Hedge:
    """One cue of sourcing or modality, with its class."""

    type: str
    text: str
    start: int
    end: int


@dataclass
class DocumentMeta:
    """Where the text came from, so a record can be traced back to its article."""

    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    # How the text the offsets index was made from the source, so it can be rebuilt:
    # the codec the bytes were decoded with, then the steps taken ("decode",
    # "decode+ftfy", "decode+trafilatura", "json", ...), and the JSON Lines line.
    encoding: str | None = None
    text_from: str | None = None
    line: int | None = None


@dataclass
class ClaimRef:
    """The claim group a record belongs to (``quotes claims``): a key to join on."""

    key: str
    size: int = 1


@dataclass
class Attribution:
    """One place where the article reports what someone said or claimed."""

    doc_id: str
    type: AttributionType
    quote: TextSpan
    cue: Cue | None = None
    speaker: Speaker | None = None
    hedges: list[Hedge] = field(default_factory=list)
    stance: str | None = None
    relayed_by: Relay | None = None
    confidence: float = 0.5
    sentence: TextSpan | None = None  # offsets only are kept in JSON; see to_dict
    paragraph: tuple[int, int] | None = None
    positions: list[tuple[int, int]] = field(default_factory=list)
    document: DocumentMeta | None = None
    schema_version: str = SCHEMA_VERSION
    # The detector rule that found the record ("cue-after-direct", "according-to", ...):
    # why the record exists, and what evaluation groups errors by. None for records made
    # elsewhere (by hand, or before rules were named).
    rule: str | None = None
    # The segments actually said, when the quote span holds words that are not (the cue
    # and speaker of '"A," she said, "B."'): each a TextSpan of the document, in order,
    # the first starting at quote.start and the last ending at quote.end. Empty: all of it.
    parts: list[TextSpan] = field(default_factory=list)
    claim: ClaimRef | None = None  # set by quotes claims; absent from JSON when None

    @property
    def id(self) -> str:
        """Stable id: the same document and span always give the same id.

        The type is left out on purpose: correcting a record's type (in review, or by a
        better rule) must not change its id, or every reference to it breaks.
        """
        key = f"{self.doc_id}\x1f{self.quote.start}\x1f{self.quote.end}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form validated by the schema."""
        d: dict[str, Any] = {
            "schema_version": self.schema_version,
            "id": self.id,
            "doc_id": self.doc_id,
            "type": self.type,
            "quote": asdict(self.quote),
            "cue": _cue_dict(self.cue),
            "speaker": _speaker_dict(self.speaker),
            "hedges": [asdict(h) for h in self.hedges],
            "stance": self.stance,
            "relayed_by": asdict(self.relayed_by) if self.relayed_by else None,
            "confidence": round(float(self.confidence), 3),
            "context": {
                "sentence": (
                    {"start": self.sentence.start, "end": self.sentence.end}
                    if self.sentence
                    else None
                ),
                "paragraph": (
                    {"start": self.paragraph[0], "end": self.paragraph[1]}
                    if self.paragraph
                    else None
                ),
            },
            "positions": [{"start": s, "end": e} for s, e in (self.positions or [])],
            "document": asdict(self.document) if self.document else {"id": self.doc_id},
        }
        if self.parts:
            d["quote"]["parts"] = [asdict(p) for p in self.parts]
        if self.rule:
            d["rule"] = self.rule
        if self.claim is not None:
            d["claim"] = asdict(self.claim)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        """Rebuild a record read from JSON (the inverse of :meth:`to_dict`)."""
        ctx = d.get("context") or {}
        sent = ctx.get("sentence")
        para = ctx.get("paragraph")
        cue = d.get("cue")
        spk = d.get("speaker")
        rel = d.get("relayed_by")
        doc = d.get("document")
        return cls(
            doc_id=d["doc_id"],
            type=d["type"],
            quote=TextSpan(d["quote"]["text"], d["quote"]["start"], d["quote"]["end"]),
            cue=Cue(
                text=cue["text"],
                start=cue["start"],
                end=cue["end"],
                lemma=cue.get("lemma", ""),
                cls=cue.get("class"),
                negated=bool(cue.get("negated", False)),
            )
            if cue
            else None,
            speaker=Speaker(
                name=spk.get("name"),
                kind=spk.get("kind", "unknown"),
                resolution=spk.get("resolution", "unresolved"),
                mention=TextSpan(**spk["mention"]) if spk.get("mention") else None,
                title=spk.get("title"),
                ids=dict(spk.get("ids") or {}),
                key=spk.get("key"),
                antecedent=TextSpan(**spk["antecedent"]) if spk.get("antecedent") else None,
                members=[
                    SpeakerMember(
                        name=m.get("name"),
                        kind=m.get("kind", "unknown"),
                        key=m.get("key"),
                        mention=TextSpan(**m["mention"]) if m.get("mention") else None,
                    )
                    for m in spk.get("members") or []
                ],
            )
            if spk
            else None,
            hedges=[Hedge(**h) for h in d.get("hedges") or []],
            stance=d.get("stance"),
            relayed_by=Relay(**rel) if rel else None,
            confidence=float(d.get("confidence", 0.5)),
            sentence=TextSpan("", sent["start"], sent["end"]) if sent else None,
            paragraph=(para["start"], para["end"]) if para else None,
            positions=[(p["start"], p["end"]) for p in d.get("positions") or []],
            document=DocumentMeta(**doc) if doc else None,
            schema_version=d.get("schema_version", SCHEMA_VERSION),
            rule=d.get("rule"),
            parts=[TextSpan(p["text"], p["start"], p["end"])
                   for p in d["quote"].get("parts") or []],
            claim=ClaimRef(key=d["claim"]["key"], size=int(d["claim"].get("size", 1)))
            if isinstance(d.get("claim"), dict) else None,
        )


PART_JOINER = " … "


def words_said(quote: dict[str, Any]) -> str:
    """The words said, for showing or exporting a claim: the quote's parts joined by an
    ellipsis when it has parts ('We will rebuild … and it will take years'), else its text.

    Parts that no longer fit the quote (a reviewer corrected its text) are ignored.
    """
    text = str(quote.get("text") or "")
    parts = quote.get("parts") or []
    if not parts or not isinstance(parts, list):
        return text
    try:
        fits = (parts[0]["start"] == quote["start"] and parts[-1]["end"] == quote["end"]
                and all(isinstance(p.get("text"), str) for p in parts))
    except (KeyError, TypeError, AttributeError):
        return text
    return PART_JOINER.join(p["text"] for p in parts) if fits else text


def _cue_dict(cue: Cue | None) -> dict[str, Any] | None:
    if cue is None:
        return None
    return {
        "text": cue.text,
        "start": cue.start,
        "end": cue.end,
        "lemma": cue.lemma,
        "class": cue.cls,
        "negated": cue.negated,
    }


def _speaker_dict(spk: Speaker | None) -> dict[str, Any] | None:
    if spk is None:
        return None
    return {
        "name": spk.name,
        "kind": spk.kind,
        "resolution": spk.resolution,
        "mention": asdict(spk.mention) if spk.mention else None,
        "title": spk.title,
        "ids": dict(spk.ids),
        "key": spk.key,
        "antecedent": asdict(spk.antecedent) if spk.antecedent else None,
        "members": [
            {
                "name": m.name,
                "kind": m.kind,
                "key": m.key,
                "mention": asdict(m.mention) if m.mention else None,
            }
            for m in spk.members
        ],
    }
