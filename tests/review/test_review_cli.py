"""`quotes review` loading its inputs and `quotes export` writing what was decided."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_sample import ARTICLE, DOC_ID

from quotes.cli import main
from quotes.records.schema import record_problems
from quotes.review.app import ReviewApp
from quotes.review.session import prepare
from quotes.review.store import ReviewStore


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_review_imports_records_with_their_text_then_needs_a_terminal(files, tmp_path):
    records_file, article = files
    store_path = tmp_path / "s.sqlite"
    result = invoke("review", str(records_file), "--text", str(article), "--store", str(store_path))
    # CliRunner is no terminal: the review refuses to draw, but the records are in the store
    assert result.exit_code == 2
    assert "needs a terminal" in result.stderr
    with ReviewStore(store_path) as store:
        assert len(store.records(DOC_ID)) == 5
        assert store.document(DOC_ID).text == ARTICLE


def test_records_that_do_not_match_the_text_are_refused(files, tmp_path):
    records_file, _ = files
    other = tmp_path / "other.txt"
    other.write_text("A different article entirely, with nobody quoted at all.\n" * 3)
    result = invoke("review", str(records_file), "--text", str(other),
                    "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 3
    assert "does not match the text" in result.stderr
    assert "Traceback" not in result.output


def test_records_without_text_are_refused_with_a_hint(files, tmp_path):
    records_file, _ = files
    result = invoke("review", str(records_file), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 3
    assert "--text" in result.stderr


def test_changed_article_under_the_same_name_is_refused(files, tmp_path, store_path):
    records_file, article = files
    assert invoke("review", str(records_file), "--text", str(article),
                  "--store", str(store_path)).exit_code == 2
    article.write_text(ARTICLE.replace("May", "June"))
    result = invoke("review", str(article), "--store", str(store_path))
    assert result.exit_code == 3
    assert "different text" in result.stderr


def test_not_a_store_is_a_clear_error(tmp_path, files):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    result = invoke("export", "--store", str(bogus))
    assert result.exit_code == 3
    assert "review store" in result.stderr
    assert "Traceback" not in result.output


def test_export_without_a_store_exits_3(tmp_path):
    result = invoke("export", "--store", str(tmp_path / "none.sqlite"))
    assert result.exit_code == 3
    assert "no review store" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_export_unknown_format_is_a_usage_error(store, store_path):
    result = invoke("export", "--store", str(store_path), "--format", "yaml")
    assert result.exit_code == 2
    assert "jsonl" in result.output


def test_export_options(store, store_path, records, tmp_path):
    r = [x["id"] for x in records]
    store.accept(DOC_ID, r[0], "alice")
    store.reject(DOC_ID, r[1], "alice")
    store.correct(DOC_ID, r[2], "bob", type="indirect")

    def exported(*opts: str) -> list[tuple[str, str, str | None]]:
        result = invoke("export", "--store", str(store_path), *opts)
        assert result.exit_code == 0, result.output
        lines = [json.loads(x) for x in result.stdout.splitlines()]
        for rec in lines:
            assert record_problems(rec) == []
        return [(x["id"], x["review"]["status"], x["review"]["reviewer"]) for x in lines]

    assert exported() == [(r[0], "accepted", "alice"), (r[1], "rejected", "alice"),
                          (r[2], "corrected", "bob")]
    assert exported("--accepted-only") == [(r[0], "accepted", "alice"),
                                           (r[2], "corrected", "bob")]
    assert exported("--reviewer", "alice", "--status", "rejected") == [
        (r[1], "rejected", "alice")
    ]
    pending = exported("--reviewer", "bob", "--include-pending")
    assert [p[1] for p in pending] == ["pending", "pending", "corrected", "pending", "pending"]
    assert exported("--doc", "nothing.txt") == []
    out = tmp_path / "out.jsonl"
    assert invoke("export", "--store", str(store_path), "-o", str(out)).exit_code == 0
    assert len(out.read_text().splitlines()) == 3


def test_export_hands_other_formats_to_quotes_export(store, store_path, records):
    formats = pytest.importorskip("quotes.export").FORMATS
    if "csv" not in formats:
        pytest.skip("no csv writer yet")
    store.accept(DOC_ID, records[0]["id"], "alice")
    result = invoke("export", "--store", str(store_path), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "the harbour bridge would reopen in May" in result.stdout


def test_model_path_extracts_then_reviews(nlp, tmp_path: Path):
    """Once through the real extractor: an article in, a reviewed record out."""
    article = tmp_path / "council.txt"
    article.write_text(
        'The city treasurer, Marta Lindqvist, said the budget gap was closing.\n\n'
        '"We will not raise the parking fees this year," Lindqvist told reporters.\n',
        encoding="utf-8",
    )
    store_path = tmp_path / "s.sqlite"
    store = ReviewStore(store_path)
    calls: list[int] = []

    def factory():
        calls.append(1)
        return nlp

    ids, errors = prepare(store, [str(article)], nlp_factory=factory)
    assert ids == ["council.txt"] and errors == [] and calls == [1]
    recs = store.records("council.txt")
    assert recs, "the extractor found no attribution in our article"
    # reopening uses the stored draft: no second extraction
    assert prepare(store, [str(article)], nlp_factory=factory)[0] == ["council.txt"]
    assert calls == [1]

    async def run() -> None:
        app = ReviewApp(store, ids, "alice")
        async with app.run_test() as pilot:
            await pilot.press("a")

    asyncio.run(run())
    store.close()
    result = invoke("export", "--store", str(store_path), "--accepted-only")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["id"] == recs[0]["id"]
    assert lines[0]["review"]["status"] == "accepted"
    assert record_problems(lines[0]) == []
