"""The speaker registry: canonical names and ids for known speakers, document forms otherwise."""

from __future__ import annotations

import json

import pytest

from quotes.errors import InputError
from quotes.speakers.registry import SpeakerRegistry

REGISTRY = [
    {
        "name": "Ingrid Marie Halvorsen",
        "aliases": ["Ingrid Halvorsen"],
        "kind": "person",
        "roles": ["Trade Minister of Norway"],
        "ids": {"wikidata": "Q90000001"},
    },
    {
        "name": "Dmitry Volkov",
        "aliases": [],
        "kind": "person",
        "roles": ["Governor"],
        "ids": {"wikidata": "Q90000002"},
    },
    {
        "name": "Anna Kowalski",
        "kind": "person",
        "ids": {"wikidata": "Q90000003"},
    },
    {
        "name": "Ministry of Fisheries of Norway",
        "aliases": ["Norwegian Fisheries Ministry"],
        "kind": "organization",
        "ids": {"wikidata": "Q90000004"},
    },
]


@pytest.fixture(scope="module")
def registry_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("registry") / "speakers.json"
    path.write_text(json.dumps(REGISTRY), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def with_registry(registry_path):
    """Extract with a pipeline built for this registry (one extra model load per module)."""
    from quotes.api import extract
    from quotes.pipeline import load_nlp

    nlp = load_nlp(speakers=registry_path)

    def _go(text: str):
        return extract(text, nlp=nlp)

    return _go


# (text, content words, canonical name, wikidata id)
HITS = [
    (
        "Norwegian Trade Minister Ingrid Halvorsen said the tariffs would hurt fishermen.",
        "the tariffs would hurt fishermen",
        "Ingrid Marie Halvorsen",
        "Q90000001",
    ),
    (
        "Ingrid Halvorsen arrived in Bergen. Halvorsen said talks would continue.",
        "talks would continue",
        "Ingrid Marie Halvorsen",
        "Q90000001",
    ),
    (
        "Dmitriy Volkov, the regional governor, said the bridge was safe.",
        "the bridge was safe",
        "Dmitry Volkov",
        "Q90000002",
    ),
    (
        "The Norwegian Fisheries Ministry said the cod stock had recovered.",
        "the cod stock had recovered",
        "Ministry of Fisheries of Norway",
        "Q90000004",
    ),
]


@pytest.mark.parametrize("text, content, name, qid", HITS)
def test_registry_hit_gets_canonical_name_and_ids(with_registry, pick, text, content, name, qid):
    rec = pick(with_registry(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.resolution == "registry"
    assert rec.speaker.ids == {"wikidata": qid}
    assert text[rec.speaker.mention.start : rec.speaker.mention.end] == rec.speaker.mention.text


def test_registry_kind_is_used(with_registry, pick):
    text = "The Norwegian Fisheries Ministry said the cod stock had recovered."
    rec = pick(with_registry(text), "the cod stock had recovered")
    assert rec.speaker.kind == "organization"


MISSES = [
    (
        "Tomas Berglund said the harbour was too small.",
        "the harbour was too small",
        "Tomas Berglund",
    ),
    (
        "Tomas Berglund arrived on Monday. Berglund said the harbour was too small.",
        "the harbour was too small",
        "Tomas Berglund",
    ),
    # a relative of a registered person is not that person
    ("Piotr Kowalski said the mine would stay open.", "the mine would stay open", "Piotr Kowalski"),
]


@pytest.mark.parametrize("text, content, name", MISSES)
def test_registry_miss_keeps_the_documents_fullest_form(with_registry, pick, text, content, name):
    rec = pick(with_registry(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.resolution in ("explicit", "alias")
    assert rec.speaker.ids == {}


def test_speakers_option_is_honoured_with_a_shared_pipeline(run, pick, registry_path):
    text = "Norwegian Trade Minister Ingrid Halvorsen said the tariffs would hurt fishermen."
    rec = pick(run(text, speakers=registry_path), "the tariffs would hurt fishermen")
    assert rec.speaker.name == "Ingrid Marie Halvorsen"


# Malformed registries: a clear InputError naming the file, never a traceback of json/KeyError.
MALFORMED = [
    ("not json", "{not json"),
    ("wrong top level", json.dumps({"speakers": "Ingrid"})),
    ("a number", "42"),
    ("entry without name", json.dumps([{"aliases": ["X"]}])),
    ("entry not an object", json.dumps(["Ingrid Halvorsen"])),
    ("name not a string", json.dumps([{"name": 7}])),
]


@pytest.mark.parametrize("label, content", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_registry_is_an_input_error(tmp_path, label, content):
    path = tmp_path / "speakers.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        SpeakerRegistry.load(path)
    assert info.value.source == str(path)
    assert "\n" not in str(info.value)


def test_missing_registry_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        SpeakerRegistry.load(tmp_path / "absent.json")


def test_registry_not_utf8_is_an_input_error(tmp_path):
    path = tmp_path / "speakers.json"
    path.write_bytes(b'[{"name": "\xff\xfe"}]')
    with pytest.raises(InputError):
        SpeakerRegistry.load(path)


def test_malformed_registry_through_extract_is_an_input_error(tmp_path):
    from quotes.api import extract

    path = tmp_path / "speakers.json"
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(InputError):
        extract("Astrid Nyberg said the ferries were late.", speakers=str(path))


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Ingrid Halvorsen", "Ingrid Marie Halvorsen"),
        ("ingrid halvorsen", "Ingrid Marie Halvorsen"),
        ("Dmitriy Volkov", "Dmitry Volkov"),
        ("Dmitri Volkov", "Dmitry Volkov"),
        ("the Norwegian Fisheries Ministry", "Ministry of Fisheries of Norway"),
        ("Piotr Kowalski", None),
        ("Tomas Berglund", None),
    ],
)
def test_registry_lookup(registry_path, written, canonical):
    entry = SpeakerRegistry.load(registry_path).lookup(written)
    assert (entry.name if entry else None) == canonical
