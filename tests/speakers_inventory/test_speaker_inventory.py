"""The speaker inventory on hand-built records: grouping, variants, references, registry entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.records import Attribution, Speaker, TextSpan
from quotes.speakers.inventory import name_as_written, speaker_inventory, to_registry_entries
from quotes.speakers.registry import SpeakerRegistry


def rec(doc: str, name: str | None, mention: str | None = None, *, resolution: str = "explicit",
        kind: str = "person", title: str | None = None, ids: dict[str, str] | None = None,
        at: int = 0) -> Attribution:
    """One record whose speaker was resolved from ``mention`` (the quote text is irrelevant)."""
    speaker = Speaker(
        name=name, kind=kind, resolution=resolution,  # type: ignore[arg-type]
        mention=TextSpan(mention, at, at + len(mention)) if mention else None,
        title=title, ids=dict(ids or {}),
    )
    return Attribution(doc_id=doc, type="direct", quote=TextSpan(f"q{at}", at + 100, at + 102),
                       speaker=speaker)


# One mayor across two outlets that spell her family name differently, named in full,
# by family name, with a title, by pronoun and by description.
MAYOR = [
    rec("a.txt", "Ingrid Solberg", "Mayor Ingrid Solberg", title="Mayor", at=0),
    rec("a.txt", "Ingrid Solberg", "Solberg", resolution="alias", title="Mayor", at=10),
    rec("a.txt", "Ingrid Solberg", "she", resolution="pronoun", title="Mayor", at=20),
    rec("a.txt", "Ingrid Solberg", "the mayor", resolution="description", title="Mayor", at=30),
    rec("b.txt", "Ingrid Sohlberg", "Harbour Mayor Ingrid Sohlberg", title="Harbour Mayor", at=0),
    rec("b.txt", "Ingrid Sohlberg", "Ms Sohlberg", resolution="alias", at=10),
    rec("b.txt", "Ingrid Sohlberg", "She", resolution="pronoun", at=20),
]


def by_name(summaries):
    return {s.name: s for s in summaries}


def test_spellings_across_documents_merge_under_one_canonical_name() -> None:
    rows = speaker_inventory(MAYOR)
    assert len(rows) == 1
    mayor = rows[0]
    assert mayor.name in ("Ingrid Solberg", "Ingrid Sohlberg")
    assert mayor.records == 7
    assert mayor.documents == ["a.txt", "b.txt"]
    assert mayor.variants == {"Ingrid Solberg": 1, "Solberg": 1, "Ingrid Sohlberg": 1,
                              "Sohlberg": 1}
    assert mayor.titles[0] == "Mayor" and "Harbour Mayor" in mayor.titles
    assert mayor.resolutions == {"explicit": 2, "alias": 2, "pronoun": 2, "description": 1}


def test_pronouns_and_descriptions_are_references_not_variants() -> None:
    mayor = speaker_inventory(MAYOR)[0]
    assert mayor.references == 3  # she, the mayor, She
    assert not {"she", "She", "the mayor", "mayor"} & set(mayor.variants)


def test_a_statement_names_its_owner_and_a_bare_statement_is_a_reference() -> None:
    rows = by_name(speaker_inventory([
        rec("a.txt", "Nordfjord Lines", "Nordfjord Lines' statement", kind="organization"),
        rec("a.txt", "Nordfjord Lines", "the company's statement", kind="organization", at=5),
        rec("a.txt", "Nordfjord Lines", "The Nordfjord Lines", kind="organization", at=9),
    ]))
    lines = rows["Nordfjord Lines"]
    assert lines.variants == {"Nordfjord Lines": 2}
    assert lines.references == 1


def test_different_people_with_one_family_name_stay_apart() -> None:
    rows = by_name(speaker_inventory([
        rec("a.txt", "Anna Berg", "Anna Berg"),
        rec("b.txt", "Lars Berg", "Lars Berg"),
        rec("b.txt", "Lars Berg", "Berg", resolution="alias", at=5),
        rec("c.txt", "Berg", "Berg"),  # which Berg? Both match: left as its own row
    ]))
    assert set(rows) == {"Anna Berg", "Lars Berg", "Berg"}
    assert rows["Lars Berg"].variants == {"Lars Berg": 1, "Berg": 1}


def test_a_lone_family_name_joins_the_only_person_it_can_be() -> None:
    rows = speaker_inventory([
        rec("a.txt", "Lars Berg", "Lars Berg"),
        rec("b.txt", "Berg", "Berg"),
        rec("b.txt", "Nordfjord Lines", "Nordfjord Lines", kind="organization", at=5),
    ])
    assert [(s.name, s.records, s.documents) for s in rows] == [
        ("Lars Berg", 2, ["a.txt", "b.txt"]),
        ("Nordfjord Lines", 1, ["b.txt"]),
    ]


def test_registry_ids_are_carried_and_the_registry_spelling_stays_canonical() -> None:
    ids = {"wikidata": "Q1"}
    rows = speaker_inventory([
        rec("a.txt", "Sergei Orlov", "Sergei Orlov"),
        rec("a.txt", "Sergei Orlov", "Orlov", resolution="alias", at=5),
        rec("b.txt", "Sergey Orlov", "Foreign Minister Orlov", resolution="registry",
            title="Foreign Minister", ids=ids),
        rec("b.txt", "Sergey Orlov", "he", resolution="pronoun", ids=ids, at=5),
    ])
    assert len(rows) == 1
    orlov = rows[0]
    assert orlov.name == "Sergey Orlov"  # the registry's form, though "Sergei" is as frequent
    assert orlov.ids == ids and orlov.from_registry
    assert orlov.variants == {"Orlov": 2, "Sergei Orlov": 1}


def test_two_registry_people_with_different_ids_are_not_merged() -> None:
    rows = speaker_inventory([
        rec("a.txt", "Sergey Orlov", "Sergey Orlov", resolution="registry", ids={"wikidata": "Q1"}),
        rec("b.txt", "Sergei Orlov", "Sergei Orlov", resolution="registry", ids={"wikidata": "Q2"}),
        rec("c.txt", "Sergei Orlov", "Orlov", resolution="alias", ids={"wikidata": "Q2"}),
    ])
    assert sorted((s.name, s.records, s.ids["wikidata"]) for s in rows) == [
        ("Sergei Orlov", 2, "Q2"), ("Sergey Orlov", 1, "Q1")]


def test_unresolved_records_form_one_last_row_whatever_its_count() -> None:
    records = [
        rec("a.txt", None, "they", resolution="unresolved", kind="group"),
        rec("a.txt", None, None, resolution="unresolved", at=5),
        rec("b.txt", None, "he", resolution="unresolved", at=9),
        Attribution(doc_id="b.txt", type="unattributed", quote=TextSpan("q", 0, 1)),
        rec("a.txt", "Lars Berg", "Lars Berg", at=20),
    ]
    rows = speaker_inventory(records)
    assert [s.name for s in rows] == ["Lars Berg", None]
    unresolved = rows[-1]
    assert unresolved.records == 4 and unresolved.references == 2 and not unresolved.variants
    assert sum(s.records for s in rows) == len(records)


def test_sorted_by_records_then_name() -> None:
    rows = speaker_inventory([
        rec("a.txt", "Zoe Alder", "Zoe Alder"),
        rec("a.txt", "Nordfjord Lines", "Nordfjord Lines", kind="organization", at=3),
        rec("a.txt", "Nordfjord Lines", "Nordfjord Lines", kind="organization", at=6),
        rec("a.txt", "Anna Berg", "Anna Berg", at=9),
    ])
    assert [s.name for s in rows] == ["Nordfjord Lines", "Anna Berg", "Zoe Alder"]


def test_record_dicts_read_from_json_give_the_same_inventory() -> None:
    as_dicts = [json.loads(json.dumps(r.to_dict())) for r in MAYOR]
    assert speaker_inventory(as_dicts) == speaker_inventory(MAYOR)


def test_descriptive_groups_are_listed_but_not_named() -> None:
    rows = by_name(speaker_inventory([
        rec("a.txt", "Officials", "Officials", kind="group"),
        rec("a.txt", "NATO", "NATO", kind="group", at=5),
    ]))
    assert rows["Officials"].named is False and rows["Officials"].references == 1
    assert rows["Officials"].variants == {}
    assert rows["NATO"].named is True


def test_registry_entries_load_back_and_find_every_variant(tmp_path: Path) -> None:
    records = [
        *MAYOR,
        rec("c.txt", "Nordfjord Lines", "The Nordfjord Lines", kind="organization",
            resolution="registry", ids={"wikidata": "Q99"}),
        rec("c.txt", "officials", "officials", kind="group", at=5),
        rec("c.txt", None, "they", resolution="unresolved", at=9),
    ]
    entries = to_registry_entries(speaker_inventory(records))
    assert [e["name"] for e in entries] == [speaker_inventory(MAYOR)[0].name, "Nordfjord Lines"]
    mayor = entries[0]
    assert set(mayor) == {"name", "aliases", "kind", "roles", "ids"}
    assert mayor["name"] not in mayor["aliases"]
    assert set(mayor["aliases"]) | {mayor["name"]} == {
        "Ingrid Solberg", "Solberg", "Ingrid Sohlberg", "Sohlberg"}
    assert mayor["roles"] == ["Mayor", "Harbour Mayor"]

    path = tmp_path / "my-speakers.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    registry = SpeakerRegistry.load(path)
    assert len(registry) == 2
    for alias in mayor["aliases"]:
        hit = registry.lookup(alias, "person")
        assert hit is not None and hit.name == mayor["name"], alias
    lines = registry.lookup("Nordfjord Lines", "organization")
    assert lines is not None and lines.ids == {"wikidata": "Q99"} and lines.kind == "organization"


@pytest.mark.parametrize(
    ("mention", "kind", "title", "expected"),
    [
        ("Ukrainian President Ivan Petrenko", "person", "Ukrainian President", "Ivan Petrenko"),
        ("Secretary of State Ana Ruiz", "person", None, "Ana Ruiz"),
        ("Navy Commander-in-Chief Olga Dahl", "person", None, "Olga Dahl"),
        ("Dr. Jean-Luc van der Berg", "person", None, "Jean-Luc van der Berg"),
        ("Petrenko's", "person", None, "Petrenko"),
        ("Mr Petrenko", "person", None, "Petrenko"),
        ("he", "person", None, None),
        ("the Ukrainian leader", "person", None, None),
        ("The Harbour Authority", "organization", None, "Harbour Authority"),
        ("the authority's statement", "organization", None, None),
        ("Harbour Authority's statement", "organization", None, "Harbour Authority"),
        ("They", "group", None, None),
        ("Fishermen", "group", None, None),
        ("Friends of the Fjord", "group", None, "Friends of the Fjord"),
        ("New Norhavn judge", "unknown", None, None),
        ("one Harbour Board source", "group", None, None),
    ],
)
def test_name_as_written(mention: str, kind: str, title: str | None, expected: str | None) -> None:
    assert name_as_written(mention, kind, title) == expected


def test_a_name_that_is_no_form_of_the_speakers_is_kept_out_of_aliases() -> None:
    # The engine gave a spokesman's words to the candidate: show it, never make it an alias.
    rows = speaker_inventory([
        rec("a.txt", "Ingrid Solberg", "Ingrid Solberg"),
        rec("a.txt", "Ingrid Solberg", "Harbour Board spokesman Per Dahl", resolution="alias",
            at=9),
        rec("a.txt", "Ingrid Solberg", "Port Commissioner Ingrid Solberg", at=20),
    ])
    mayor = rows[0]
    assert mayor.variants == {"Ingrid Solberg": 2}
    assert mayor.other_names == {"Per Dahl": 1}
    assert to_registry_entries(rows)[0]["aliases"] == []


def test_a_full_name_is_canonical_over_a_more_frequent_family_name() -> None:
    rows = speaker_inventory([
        *(rec("a.txt", "Dahl", "Dahl", at=i) for i in range(3)),
        rec("b.txt", "Per Dahl", "Per Dahl"),
    ])
    assert [(s.name, s.records) for s in rows] == [("Per Dahl", 4)]


def test_pronoun_names_count_as_unresolved() -> None:
    rows = speaker_inventory([
        rec("a.txt", "it", "it", kind="unknown"),
        rec("a.txt", "who", "who", kind="unknown", at=5),
        rec("a.txt", "Per Dahl", "Per Dahl", at=9),
    ])
    assert [(s.name, s.records) for s in rows] == [("Per Dahl", 1), (None, 2)]


def test_honorifics_and_stray_words_are_no_roles() -> None:
    rows = speaker_inventory([
        rec("a.txt", "Per Dahl", "Mr. Per Dahl", title="Mr."),
        rec("a.txt", "Per Dahl", "Dahl", resolution="alias", title="when", at=5),
        rec("a.txt", "Per Dahl", "Harbour master Per Dahl", title="Harbour master", at=9),
        rec("a.txt", "Per Dahl", "Dahl", resolution="alias", title="Mayor", at=20),
    ])
    assert rows[0].titles == ["Harbour master", "Mayor"]
    assert to_registry_entries(rows)[0]["roles"] == ["Harbour master", "Mayor"]
