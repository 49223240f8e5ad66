"""The record dataclasses: JSON round trip, stable ids, schema validity, offset invariant."""

from __future__ import annotations

import copy
import json

import pytest

from quotes.records import (
    SCHEMA_VERSION,
    Attribution,
    Cue,
    DocumentMeta,
    Hedge,
    Relay,
    Speaker,
    TextSpan,
    is_valid,
    load_schema,
    record_problems,
    validate_records,
)

TEXT = "Mayor Lena Brandt said the pier would reopen, as reported by Nordic News."


def full_record() -> Attribution:
    """A record with every optional part filled, spans cut from TEXT."""

    def span(s: str) -> tuple[str, int, int]:
        i = TEXT.index(s)
        return s, i, i + len(s)

    q, c, m, r = (
        span("the pier would reopen"),
        span("said"),
        span("Mayor Lena Brandt"),
        span("as reported by Nordic News"),
    )
    return Attribution(
        doc_id="ravensby-7",
        type="indirect",
        quote=TextSpan(*q),
        cue=Cue(*c, lemma="say", cls="neutral", negated=False),
        speaker=Speaker(
            name="Lena Brandt",
            kind="person",
            resolution="explicit",
            mention=TextSpan(*m),
            title="Mayor",
            ids={"wikidata": "Q90000009"},
        ),
        hedges=[Hedge("relayed", *r)],
        stance="hearsay",
        relayed_by=Relay("Nordic News", *r),
        confidence=0.8123,
        sentence=TextSpan("", 0, len(TEXT)),
        paragraph=(0, len(TEXT)),
        positions=[(q[1], q[2])],
        document=DocumentMeta(
            id="ravensby-7", path="ravensby.txt", encoding="utf-8", text_from="decode"
        ),
    )


def minimal_record() -> Attribution:
    return Attribution(doc_id="d", type="unattributed", quote=TextSpan("x", 0, 1))


@pytest.mark.parametrize("make", [full_record, minimal_record])
def test_to_dict_validates(make):
    d = make().to_dict()
    assert record_problems(d) == []
    assert is_valid(d)
    assert d["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("make", [full_record, minimal_record])
def test_round_trip_through_json(make):
    rec = make()
    d = json.loads(json.dumps(rec.to_dict()))
    back = Attribution.from_dict(d)
    assert without_nulls(back.to_dict()) == without_nulls(rec.to_dict())
    assert back.id == rec.id
    # A second trip changes nothing at all.
    assert Attribution.from_dict(back.to_dict()).to_dict() == back.to_dict()


def without_nulls(d):
    """A record with null object members dropped: absent and null mean the same to a reader."""
    if isinstance(d, dict):
        return {k: without_nulls(v) for k, v in d.items() if v is not None}
    if isinstance(d, list):
        return [without_nulls(v) for v in d]
    return d


def test_round_trip_keeps_every_field():
    back = Attribution.from_dict(full_record().to_dict())
    assert back.speaker.ids == {"wikidata": "Q90000009"}
    assert back.speaker.title == "Mayor"
    assert back.cue.cls == "neutral"
    assert back.relayed_by.name == "Nordic News"
    assert back.hedges[0].type == "relayed"
    assert back.paragraph == (0, len(TEXT))
    assert back.document.encoding == "utf-8"


def test_id_is_stable_and_depends_on_document_and_span_only():
    a, b = full_record(), full_record()
    assert a.id == b.id
    assert len(a.id) == 16
    b.speaker.name = "Someone Else"  # the id names the place, not the interpretation
    b.confidence = 0.1
    b.type = "mixed" if a.type != "mixed" else "direct"  # a type fix keeps the id
    assert a.id == b.id
    for change in (
        lambda r: setattr(r, "doc_id", "other"),
        lambda r: setattr(r.quote, "start", r.quote.start + 1),
        lambda r: setattr(r.quote, "end", r.quote.end - 1),
    ):
        c = full_record()
        change(c)
        assert c.id != a.id


def test_id_is_a_known_value():
    """Pinned so that a change of the id scheme is a deliberate, visible decision."""
    rec = Attribution(doc_id="doc", type="direct", quote=TextSpan("abc", 10, 13))
    assert rec.id == "69865634596f339b"


def test_schema_is_draft_2020_12_and_lists_every_type():
    from quotes.records import ATTRIBUTION_TYPES

    schema = load_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["properties"]["type"]["enum"] == list(ATTRIBUTION_TYPES)


# Records broken one field at a time: each problem names the field.
BREAKS = [
    ("type", lambda d: d.update(type="rumour"), "type"),
    ("missing quote", lambda d: d.pop("quote"), ""),
    ("negative offset", lambda d: d["quote"].update(start=-1), "quote/start"),
    ("speaker kind", lambda d: d["speaker"].update(kind="alien"), "speaker"),
    ("confidence > 1", lambda d: d.update(confidence=1.5), "confidence"),
    ("schema version", lambda d: d.update(schema_version="2.0"), "schema_version"),
    ("hedge without type", lambda d: d["hedges"][0].pop("type"), "hedges/0"),
    ("ids not strings", lambda d: d["speaker"]["ids"].update(wikidata=5), "speaker"),
]


@pytest.mark.parametrize("label, breaker, path", BREAKS, ids=[b[0] for b in BREAKS])
def test_schema_problem_names_the_field(label, breaker, path):
    d = copy.deepcopy(full_record().to_dict())
    breaker(d)
    problems = record_problems(d, index=4)
    assert problems, label
    assert any(p.path.startswith(path) for p in problems), [str(p) for p in problems]
    assert all(str(p).startswith("record 5: ") for p in problems)


@pytest.mark.parametrize(
    "key, change, path",
    [
        ("quote", {"end": 3, "start": 9}, "quote/end"),
        ("quote", {"text": "the pier would reopen!"}, "quote/text"),
        ("cue", {"end": 100}, "cue/text"),
    ],
)
def test_offset_invariant_is_checked(key, change, path):
    d = full_record().to_dict()
    d[key].update(change)
    assert path in [p.path for p in record_problems(d)]


def test_validate_records_counts_from_one_in_messages():
    good = full_record().to_dict()
    bad = copy.deepcopy(good)
    bad["type"] = "rumour"
    problems = list(validate_records([good, good, bad]))
    assert [p.index for p in problems] == [2]
    assert str(problems[0]).startswith("record 3: type: ")
