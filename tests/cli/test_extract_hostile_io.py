"""``quotes extract`` on odd inputs and odd ``-o`` targets: no crash, no lost work."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
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


OLD = '{"id": "kept", "note": "records of an earlier run"}\n'


@pytest.mark.parametrize("name, content", [
    ("missing.txt", None), ("empty.txt", ""), ("blank.txt", "\n \n"), ("empty.jsonl", ""),
])
def test_nothing_readable_leaves_the_old_output(runner, tmp_path, name, content) -> None:
    if content is not None:
        (tmp_path / name).write_text(content)
    out = tmp_path / "old.jsonl"
    out.write_text(OLD)
    result = run(runner, str(tmp_path / name), "-o", str(out))
    assert result.exit_code == 3
    assert out.read_text() == OLD
    assert f"nothing readable; {out} left as it was" in result.stderr
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_all_inputs_over_max_chars_leave_the_old_output(runner, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "old.jsonl"
    out.write_text(OLD)
    result = run(runner, "--max-chars", "10", str(tmp_path / "a.txt"), "-o", str(out))
    assert result.exit_code == 3 and out.read_text() == OLD


def test_a_readable_run_still_replaces_the_output(runner, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "old.jsonl"
    out.write_text(OLD)
    result = run(runner, str(tmp_path / "a.txt"), str(tmp_path / "gone.txt"), "-o", str(out))
    assert result.exit_code == 1  # one input failed, one was extracted: written
    assert [r["doc_id"] for r in records_of(out.read_text())] == ["a.txt"]


@pytest.mark.parametrize("how", ["same", "link", "inside-folder"])
def test_output_that_is_an_input_is_refused(runner, tmp_path, how) -> None:
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE)
    inputs, out = [str(article)], article
    if how == "link":
        out = tmp_path / "records.jsonl"
        out.symlink_to(article)
    elif how == "inside-folder":
        inputs = [str(article.parent)]
        out = tmp_path / "in" / "sub" / ".." / "a.txt"
        (tmp_path / "in" / "sub").mkdir()
    result = runner.invoke(main, ["extract", *inputs, "-o", str(out)])
    assert result.exit_code == 2
    assert "would replace the article" in result.stderr
    assert article.read_text() == ARTICLE


def test_output_through_a_symlink_keeps_the_link(runner, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    real = tmp_path / "runs" / "today.jsonl"
    real.parent.mkdir()
    real.write_text(OLD)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    result = run(runner, str(tmp_path / "a.txt"), "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert [r["doc_id"] for r in records_of(real.read_text())] == ["a.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/null and /dev/full")
def test_output_to_a_device_writes_it_and_never_replaces_it(runner, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert run(runner, str(tmp_path / "a.txt"), "-o", "/dev/null").exit_code == 0
    full = run(runner, str(tmp_path / "a.txt"), "-o", "/dev/full")
    assert full.exit_code == 1 and "cannot write /dev/full: No space left" in full.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


ROOT = Path(__file__).resolve().parents[2]


def start_writer(out: Path) -> tuple[subprocess.Popen, Path]:
    """``quotes extract - -o out`` with a stdin kept open: it holds its part file open."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", "-", "-o", str(out)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    proc.stdin.write((json.dumps({"id": "one", "text": ARTICLE}) + "\n").encode())
    proc.stdin.flush()
    for _ in range(1200):  # until the run has started writing (a count, not a timing)
        parts = list(out.parent.glob(f".{out.name}.*.part"))
        if parts or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert parts, proc.communicate()[1]
    return proc, parts[0]


def test_sigterm_removes_the_part_file_and_keeps_the_old_output(tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(OLD)
    proc, part = start_writer(out)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert b"terminated; " in err and b"left as it was" in err
    assert not part.exists() and out.read_text() == OLD


def test_part_file_of_a_killed_run_is_removed_by_the_next(runner, tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(OLD)
    proc, part = start_writer(out)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.communicate(timeout=60)
    assert part.exists() and out.read_text() == OLD
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert run(runner, str(tmp_path / "a.txt"), "-o", str(out)).exit_code == 0
    assert not part.exists()
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "out.jsonl"]


def test_interrupted_parallel_run_stops_its_workers_at_once():
    """Ctrl-C or SIGTERM under -j must not wait for chunks in progress (minutes each)."""
    import multiprocessing

    from quotes.parallel import ordered_map

    def tasks():
        yield 600  # each worker sleeps ten minutes...
        yield 600
        raise KeyboardInterrupt  # ...when the run is interrupted

    with pytest.raises(KeyboardInterrupt):
        list(ordered_map(time.sleep, tasks(), jobs=2, window=4))
    for _ in range(400):  # polled, not timed: gone at once, or in ten minutes
        if not multiprocessing.active_children():
            break
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_output_to_a_fifo_streams_into_it_and_keeps_it(runner, tmp_path, no_hang) -> None:
    import threading

    (tmp_path / "a.txt").write_text(ARTICLE)
    fifo = tmp_path / "records.pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    result = run(runner, str(tmp_path / "a.txt"), "-o", str(fifo))
    reader.join()
    assert result.exit_code == 0, result.stderr
    assert [r["doc_id"] for r in records_of(received[0])] == ["a.txt"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # not replaced by a regular file
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "records.pipe"]


def test_socket_among_the_inputs_is_skipped(runner, no_hang) -> None:
    import socket
    import tempfile

    with tempfile.TemporaryDirectory(dir="/tmp") as short:  # socket paths are short
        (Path(short) / "a.txt").write_text(ARTICLE)
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(Path(short) / "s.txt"))
        try:
            result = run(runner, short)
        finally:
            server.close()
    assert result.exit_code == 1
    assert "s.txt: a socket, not a regular file; skipped" in result.stderr
    assert [r["doc_id"] for r in records_of(result.stdout)] == ["a.txt"]
