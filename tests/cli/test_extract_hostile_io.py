"""``quotes extract`` on odd inputs and odd ``-o`` targets: no crash, no lost work."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

ARTICLE = "The mayor said the bridge would reopen in May.\n"
OTHER = "The minister said taxes would fall next year.\n"


@pytest.fixture(scope="module")
def runner(nlp) -> CliRunner:  # nlp: the model is loaded (and cached) once
    return CliRunner()


@pytest.fixture
def no_hang():
    """Fail, instead of hanging the suite, if the run blocks (on a FIFO, say)."""
    def _timeout(signum, frame):
        raise TimeoutError("the run blocked")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, ["extract", *args], catch_exceptions=False)


def records_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A folder with a non-UTF-8 file name, a batch with a lone-surrogate id, a FIFO."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"b\xffad.txt")).write_text(ARTICLE)
    (folder / "batch.jsonl").write_text('{"id": "sur\\udfff2", "text": "The mayor said the '
                                        'harbour would stay open."}\n')
    os.mkfifo(folder / "fifo.txt")
    (folder / "z-good.txt").write_text(OTHER)
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_names_do_not_abort_the_batch(runner, hostile_folder, no_hang, jobs) -> None:
    result = run(runner, "-j", jobs, str(hostile_folder))
    assert "internal error" not in result.stderr
    assert result.exit_code == 1, result.stderr  # the FIFO failed, the rest was read
    assert "fifo.txt: a named pipe (FIFO), not a regular file; skipped" in result.stderr
    recs = records_of(result.stdout)
    assert {r["doc_id"] for r in recs} == {"b\\xffad.txt", "sur\\udfff2", "z-good.txt"}
    assert all(r["document"]["id"] == r["doc_id"] for r in recs)


def test_unreadable_subfolder_makes_exit_1(runner, tmp_path, monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root, so the refusal is simulated
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run(runner, str(tmp_path))
    assert result.exit_code == 1
    assert "locked: cannot read folder: Permission denied; skipped" in result.stderr
    assert records_of(result.stdout)  # a.txt was still extracted


def test_two_documents_with_one_id_are_warned_about(runner, tmp_path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "s1", "text": ARTICLE}) + "\n"
                     + json.dumps({"id": "s1", "text": OTHER}) + "\n")
    result = run(runner, str(batch))
    assert result.exit_code == 0  # a warning, not a failure
    assert (f"warning: {batch}:2: document id 's1' is also the id of {batch}:1"
            in result.stderr)


def test_document_that_cannot_be_written_is_reported_and_the_rest_go_on(nlp) -> None:
    """A Document built by a caller (not the reader) with a lone surrogate in its id."""
    from quotes.cli.extract import RunReport, extract_records
    from quotes.document import Document
    from quotes.pipeline import DEFAULT_MODEL

    report = RunReport()
    docs = [Document(id="sur\udfff2", text=ARTICLE), Document(id="ok", text=OTHER)]
    recs = list(extract_records(docs, report, model=DEFAULT_MODEL, speakers=None))
    assert {r["doc_id"] for r in recs} == {"ok"}
    assert report.ok == 1 and len(report.failed) == 1
    json.dumps(recs, ensure_ascii=False).encode("utf-8")
