"""One person, one key: records carry ``speaker.key`` so pipelines group a speaker across
articles and spellings without ``quotes speakers``, and that command reports the same keys."""

from __future__ import annotations

import json

import pytest

from quotes.speakers.inventory import speaker_inventory
from quotes.speakers.keys import speaker_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelensky", "Володимир Зеленський"),
        ("Sergei Lavrov", "Сергей Лавров"),
        ("President Volodymyr Zelenskyy", "Volodymyr Zelenskiy"),
        ("José Álvarez", "Jose Alvarez"),
    ],
)
def test_spellings_of_one_name_share_a_key(a, b):
    assert speaker_key(a, "person") == speaker_key(b, "person")


@pytest.mark.parametrize(
    "a, b, kind",
    [
        ("Donald Trump", "Melania Trump", "person"),
        ("Russian Defense Ministry", "Russian Foreign Ministry", "organization"),
        ("Anna Lindqvist", "Anna Lindkvist", "person"),
    ],
)
def test_different_speakers_keep_apart(a, b, kind):
    assert speaker_key(a, kind) != speaker_key(b, kind)


def test_organisation_keys_ignore_articles_and_possessives():
    assert speaker_key("the Port Authority", "organization") == speaker_key(
        "Port Authority's", "organization"
    )


def test_records_of_two_articles_share_the_key_and_the_inventory_reports_it(run):
    one = run("\"We will rebuild,\" Volodymyr Zelenskyy said on Monday.", doc_id="a")
    two = run("Volodymyr Zelensky said the talks would go on.", doc_id="b")
    keys = {r.speaker.key for r in one + two}
    assert keys == {"person:volodimir-zelensky"}
    row = speaker_inventory(one + two)[0]
    assert row.key == "person:volodimir-zelensky"
    assert row.keys == ["person:volodimir-zelensky"]
    assert json.loads(json.dumps(one[0].to_dict()))["speaker"]["key"] == row.key


def test_unresolved_speaker_has_no_key(run):
    (rec,) = run("He said the bridge would close.")  # nobody named before "he"
    assert rec.speaker.name is None and rec.speaker.key is None


def test_a_cyrillic_registry_alias_matches_the_latin_spelling(run, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text(
        json.dumps(
            [
                {
                    "name": "Volodymyr Zelenskyy",
                    "aliases": ["Володимир Зеленський"],
                    "kind": "person",
                    "ids": {"wikidata": "Q3874799"},
                }
            ]
        ),
        encoding="utf-8",
    )
    (rec,) = run("Zelenskiy said the talks would go on.", speakers=str(registry))
    assert rec.speaker.name == "Volodymyr Zelenskyy"
    assert rec.speaker.ids == {"wikidata": "Q3874799"}
