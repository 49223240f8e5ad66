"""`quotes review` takes what `quotes extract` takes, says what it is doing, and cleans up."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from review_sample import ARTICLE, sample_records

from quotes.cli import main
from quotes.review.session import is_record_file, prepare
from quotes.review.store import ReviewStore

# Written for these tests: a Windows-1252 line with an accent and curly quotes.
EXTRA = "The harbour caf\u00e9 owner said the works were \u201cfar too slow\u201d.\n"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_a_json_lines_batch_of_articles_is_extracted_not_read_as_records(tmp_path, nlp):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "dock", "text": "Harbour master Eva Lund said the dock would close."})
        + "\n"
        + json.dumps({"id": "pier",
                      "html": "<html><body><p>Mayor Ana Ruiz said the pier was safe.</p></body>"
                              "</html>"})
        + "\n",
        encoding="utf-8",
    )
    assert not is_record_file(str(batch))
    with ReviewStore(tmp_path / "s.sqlite") as store:
        ids, errors = prepare(store, [str(batch)], nlp_factory=lambda: nlp)
        assert errors == [] and ids == ["dock", "pier"]
        assert store.document("pier").text.strip() == "Mayor Ana Ruiz said the pier was safe."
        assert store.records("dock"), "the extractor found no attribution in our sentence"


def test_records_point_into_a_windows_1252_text(tmp_path):
    text = ARTICLE + "\n" + EXTRA
    article = tmp_path / "harbour.txt"
    article.write_bytes(text.encode("cp1252"))
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in sample_records(text)))
    assert is_record_file(str(records))
    with ReviewStore(tmp_path / "s.sqlite") as store:
        ids, errors = prepare(store, [str(records)], [str(article)])
        assert errors == [] and ids == ["harbour.txt"]
        assert "caf\u00e9" in store.document("harbour.txt").text


def test_a_failed_start_leaves_no_empty_store(tmp_path):
    store = tmp_path / "s.sqlite"
    result = invoke("review", str(tmp_path / "missing.txt"), "--store", str(store))
    assert result.exit_code == 3
    assert "no such file" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_failed_start_keeps_a_store_that_was_there(tmp_path, files):
    records_file, article = files
    store = tmp_path / "s.sqlite"
    assert invoke("review", str(records_file), "--text", str(article),
                  "--store", str(store)).exit_code == 2
    result = invoke("review", str(tmp_path / "missing.txt"), "--store", str(store))
    assert result.exit_code == 3
    with ReviewStore(store) as again:
        assert len(again.records("harbour.txt")) == 5


def test_extraction_says_what_it_is_doing(tmp_path: Path):
    article = tmp_path / "council.txt"
    article.write_text("The treasurer, Marta Lindqvist, said the budget gap was closing.\n")
    result = invoke("review", str(article), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 2  # no terminal here; the store is filled all the same
    assert "loading the language model to extract 1 article (65 characters)" in result.stderr
    assert "extracting council.txt (1/1, 65 characters)" in result.stderr


def test_an_html_page_is_read_as_extract_reads_it(tmp_path, nlp):
    # Defect 11: a saved web page is an article to review, its furniture left out.
    page = tmp_path / "pier.html"
    page.write_text(
        "<html><head><title>Pier</title></head><body><nav>Home | News</nav><article>"
        "<p>Mayor Ana Ruiz said the pier was safe and would reopen in May.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert not is_record_file(str(page))
    with ReviewStore(tmp_path / "s.sqlite") as store:
        ids, errors = prepare(store, [str(page)], nlp_factory=lambda: nlp)
        assert errors == [] and ids == ["pier.html"]
        text = store.document("pier.html").text
        assert "<p>" not in text and "the pier was safe" in text
        speakers = {r["speaker"]["name"] for r in store.records("pier.html")}
        assert "Mayor Ana Ruiz" in speakers or "Ana Ruiz" in speakers
