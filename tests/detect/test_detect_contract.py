"""Every record validates, ids are stable, and the same text always gives the same records."""

from __future__ import annotations

import pytest

ARTICLE = """Harbour dispute deepens in Ravensby

RAVENSBY — Mayor Lena Brandt said on Monday that the old pier would be rebuilt by 2027.
“We will not let the harbour die,” Brandt told a packed hall. “The fishermen waited long enough.”
The port authority confirmed that two cranes had failed, according to a statement.
Councillor Elif Demir, who opposes the plan, called it “a postcard for tourists.”
“Nobody has seen the costs,” she said, “and nobody will until after the vote.”
The so-called “Blue Line” ferry route is not affected, the authority said.
"""


@pytest.fixture(scope="module")
def article_records(extracted):
    return extracted(ARTICLE, doc_id="ravensby-1")


def test_article_gives_several_records(article_records):
    assert len(article_records) >= 5
    assert {r.type for r in article_records} >= {"direct", "indirect"}


def test_every_record_validates(article_records):
    from quotes.records import record_problems

    for rec in article_records:
        assert record_problems(rec.to_dict()) == []
        assert rec.to_dict()["doc_id"] == "ravensby-1"


def test_records_are_in_text_order(article_records):
    starts = [r.quote.start for r in article_records]
    assert starts == sorted(starts)


def test_ids_are_unique_within_a_document(article_records):
    ids = [r.id for r in article_records]
    assert len(ids) == len(set(ids))


def test_same_text_gives_same_records_and_ids(run, article_records):
    again = run(ARTICLE, doc_id="ravensby-1")
    assert [r.to_dict() for r in again] == [r.to_dict() for r in article_records]


def test_ids_depend_on_document_id(run, article_records):
    other = run(ARTICLE, doc_id="ravensby-2")
    assert [r.quote.start for r in other] == [r.quote.start for r in article_records]
    assert not {r.id for r in other} & {r.id for r in article_records}


def test_ids_are_stable_across_processes(article_records, tmp_path):
    """An id written today must match the id computed tomorrow: no per-process salt."""
    import subprocess
    import sys

    rec = article_records[0]
    code = (
        "from quotes.records import Attribution, TextSpan;"
        f"print(Attribution(doc_id={rec.doc_id!r}, type={rec.type!r},"
        f" quote=TextSpan({rec.quote.text!r}, {rec.quote.start}, {rec.quote.end})).id)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == rec.id


def test_records_survive_a_json_round_trip(article_records):
    import json

    from quotes.records import Attribution

    for rec in article_records:
        d = json.loads(json.dumps(rec.to_dict()))
        assert Attribution.from_dict(d).to_dict() == rec.to_dict()


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        pytest.param(
            "\ufeff",
        ),
        "Ünïcödé — “x” 😀 title\n\n",
    ],
)
def test_offsets_hold_after_non_ascii_text(extracted, pick, prefix):
    text = prefix + '"The ferry is late again," said Bruno Ferraz.'
    rec = pick(extracted(text), "The ferry is late again")
    assert rec.quote.start == len(prefix) + 1
