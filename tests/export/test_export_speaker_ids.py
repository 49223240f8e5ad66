"""Speaker ids from the registry reach the records, and the shipped registry is sound."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotes.speakers.names import name_words
from quotes.speakers.registry import SpeakerRegistry

REGISTRY = Path(__file__).resolve().parents[2] / "seeds" / "speakers.json"


@pytest.mark.parametrize(
    ("text", "name", "qid"),
    [
        (
            '"We will rebuild every bridge by winter," Zelensky said on Tuesday.',
            "Volodymyr Zelenskyy",
            "Q3874799",
        ),
        ('Marco Rubio told reporters: "The talks in Geneva went well."', "Marco Rubio", "Q324546"),
    ],
)
def test_registry_person_gets_canonical_name_and_wikidata_id(text, name, qid):
    import quotes

    records = quotes.extract(text, speakers=str(REGISTRY))  # the public API, as users call it
    speakers = [r.speaker for r in records if r.speaker and r.speaker.name]
    assert speakers, records
    assert speakers[0].name == name
    assert speakers[0].ids.get("wikidata") == qid
    assert records[0].to_dict()["speaker"]["ids"] == {"wikidata": qid}


def test_speaker_unknown_to_the_registry_has_no_ids():
    import quotes

    text = '"The ferry is late again," Mira Holloway said.'
    records = quotes.extract(text, speakers=str(REGISTRY))
    assert records and records[0].speaker.name == "Mira Holloway"
    assert records[0].speaker.ids == {}


def test_shipped_registry_loads_and_ids_are_wellformed():
    reg = SpeakerRegistry.load(REGISTRY)
    assert len(reg) >= 40
    raw = json.loads(REGISTRY.read_text(encoding="utf-8"))
    for entry in raw:
        assert set(entry) <= {"name", "aliases", "kind", "roles", "ids"}, entry
        for key, value in entry["ids"].items():
            assert key == "wikidata" and re.fullmatch(r"Q[1-9]\d*", value), entry
    qids = [e["ids"]["wikidata"] for e in raw if e["ids"]]
    assert len(qids) == len(set(qids))


def test_shipped_registry_names_do_not_collide():
    raw = json.loads(REGISTRY.read_text(encoding="utf-8"))
    reg = SpeakerRegistry.load(REGISTRY)
    for entry in raw:
        for form in [entry["name"], *entry["aliases"]]:
            assert reg.lookup(form, entry["kind"]).name == entry["name"], form


def test_person_aliases_do_not_capture_other_people_of_the_same_family_name():
    reg = SpeakerRegistry.load(REGISTRY)
    for stranger in ("John Harris", "Anna Scholz", "Peter Trump", "Tom Rubio"):
        assert reg.lookup(stranger, "person") is None, stranger
    raw = json.loads(REGISTRY.read_text(encoding="utf-8"))
    for entry in raw:
        if entry["kind"] == "person":
            single = [a for a in entry["aliases"] if a.isascii() and len(name_words(a)) < 2]
            assert set(single) <= {"Xi", "Prince Faisal"}, entry["name"]
