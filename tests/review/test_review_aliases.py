"""Which alias the review offers for a corrected speaker, and which it refuses to offer."""

from __future__ import annotations

import json

import pytest

from quotes.review.aliases import AliasOffer, alias_offer, split_title, take_out_alias


@pytest.mark.parametrize(
    ("typed", "title", "name"),
    [
        ("Mayor Ana Ruiz", "Mayor", "Ana Ruiz"),
        ("Foreign Minister Lena Ortiz", "Foreign Minister", "Lena Ortiz"),
        ("Dr. Tomas Berg", "Dr.", "Tomas Berg"),
        ("Ana Ruiz", None, "Ana Ruiz"),
        ("President", None, "President"),  # a title alone stays: nothing else to keep
    ],
)
def test_split_title(typed, title, name):
    assert split_title(typed) == (title, name)


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps([
        {"name": "Ana Ruiz", "aliases": ["Ruiz"]},
        {"name": "Lena Ortiz", "aliases": []},
    ]))
    return path


@pytest.mark.parametrize(
    ("mention", "name", "expected"),
    [
        ("Ortiz", "Lena Ortiz", AliasOffer("Ortiz", "Lena Ortiz", False)),
        ("Mayor Ortiz", "Lena Ortiz", AliasOffer("Ortiz", "Lena Ortiz", False)),
        ("Tomas Berg", "Tomas Berg", None),  # the name itself
        ("he", "Lena Ortiz", None),
        ("the council spokesman", "Lena Ortiz", None),
        ("Ruiz", "Ana Ruiz", None),  # already an alias of that entry
        ("Berg", "Tomas Berg", AliasOffer("Berg", "Tomas Berg", True)),
    ],
)
def test_alias_offer(registry, mention, name, expected):
    assert alias_offer(registry, mention, name) == expected


def test_a_mention_naming_another_entry_is_refused_with_a_reason(registry):
    reason = alias_offer(registry, "Ruiz", "Lena Ortiz")
    assert isinstance(reason, str) and "already names Ana Ruiz" in reason


def test_taking_out_an_alias_removes_an_entry_the_save_created(registry):
    from quotes.review.aliases import save_alias

    save_alias(registry, AliasOffer("Berg", "Tomas Berg", True), "person")
    save_alias(registry, AliasOffer("Ortiz", "Lena Ortiz", False), "person")
    take_out_alias(registry, "Tomas Berg", "Berg", created=True)
    take_out_alias(registry, "Lena Ortiz", "Ortiz", created=False)
    saved = json.loads(registry.read_text())
    assert [(e["name"], e["aliases"]) for e in saved] == [("Ana Ruiz", ["Ruiz"]),
                                                          ("Lena Ortiz", [])]
