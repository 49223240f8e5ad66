"""Extraction on several processes: same records, input order, bounded reading, no crash."""

from __future__ import annotations

import operator

import pytest

from quotes.document import Document
from quotes.errors import ModelError
from quotes.parallel import DocumentFailed, extract_documents_parallel, ordered_map

TEXTS = [
    'The harbour master said the ferry would sail at noon. "We checked every cabin," she added.',
    "Nothing in this paragraph reports anyone's words at all.",
    'According to the school board, classes resume on Monday. "Buses run as usual," it said.',
    '"It was a fair result," the coach told reporters after the match.',
]


def docs() -> list[Document]:
    return [Document(id=f"doc{i}.txt", text=t) for i, t in enumerate(TEXTS * 3)]


def as_rows(pairs) -> list[tuple[str, object]]:
    rows = []
    for doc, outcome in pairs:
        if isinstance(outcome, DocumentFailed):
            rows.append((doc.id, "failed"))
        else:
            rows.append((doc.id, [r.to_dict() for r in outcome]))
    return rows


def test_ordered_map_keeps_order_and_reads_lazily():
    pulled = 0

    def numbers():
        nonlocal pulled
        for n in range(40):
            pulled += 1
            yield n

    results = ordered_map(operator.neg, numbers(), jobs=2, window=3)
    first = next(results)
    assert first == (0, 0)
    assert pulled <= 3  # only the window was read ahead
    rest = list(results)
    assert [item for item, _ in rest] == list(range(1, 40))
    assert all(out == -item for item, out in rest)


def test_bad_document_is_reported_in_place(nlp):
    batch = docs()[:4]
    batch.insert(2, Document(id="broken.txt", text=None))  # type: ignore[arg-type]
    rows = as_rows(extract_documents_parallel(batch, jobs=1, nlp=nlp, chunk_size=3))
    assert [doc_id for doc_id, _ in rows] == [
        "doc0.txt", "doc1.txt", "broken.txt", "doc2.txt", "doc3.txt"]
    assert rows[2][1] == "failed"
    assert rows[0][1] and rows[3][1]  # the neighbours of the bad document still have records


def test_two_processes_give_the_single_process_records_in_order(nlp):
    batch = docs()
    batch.insert(5, Document(id="broken.txt", text=None))  # type: ignore[arg-type]
    single = as_rows(extract_documents_parallel(batch, jobs=1, nlp=nlp, chunk_size=4))
    double = as_rows(extract_documents_parallel(batch, jobs=2, chunk_size=2, window=2))
    assert double == single
    assert sum(1 for _, recs in double if recs and recs != "failed") >= 6


@pytest.mark.slow  # starts two workers that import spaCy
def test_unloadable_model_stops_the_run():
    with pytest.raises(ModelError):
        list(extract_documents_parallel(docs()[:2], jobs=2, model="no_such_spacy_model_xyz"))


def test_extract_jobs_zero_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import main

    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0], encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", "--jobs", "0", str(article)]).exit_code == 2


@pytest.mark.slow  # two worker processes load the model
def test_extract_jobs_2_writes_what_jobs_1_writes(tmp_path):
    import subprocess
    import sys

    paths = []
    for i, text in enumerate(TEXTS * 2):
        path = tmp_path / f"article{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    cli = [sys.executable, "-c", "from quotes.cli import main; main()", "extract"]
    one = subprocess.run([*cli, *paths], capture_output=True, text=True, timeout=300)
    two = subprocess.run([*cli, "--jobs", "2", *paths], capture_output=True, text=True,
                         timeout=300)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout and two.stdout == one.stdout
