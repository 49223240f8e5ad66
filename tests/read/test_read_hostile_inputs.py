"""Inputs a folder or a batch should never hold, and still does: the batch goes on."""

from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path

import pytest

from quotes.document import Document
from quotes.errors import InputError
from quotes.read import read_inputs
from quotes.read.jsonl import bounded_lines
from quotes.read.names import escape_surrogates, is_valid_unicode, replace_surrogates

ARTICLE = "The mayor said the bridge would reopen in May.\n"
OTHER = "The minister said taxes would fall next year.\n"


@pytest.fixture
def no_hang():
    """Fail, instead of hanging the suite, if reading blocks (on a FIFO, say)."""
    def _timeout(signum, frame):
        raise TimeoutError("reading blocked")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def read_all(*inputs: str, **kwargs) -> list[Document | InputError]:
    return list(read_inputs(list(inputs), **kwargs))


def utf8_ok(doc: Document) -> bool:
    strings = [doc.id, doc.text, *(v for v in vars(doc.meta).values() if isinstance(v, str))]
    return all(is_valid_unicode(s) for s in strings)


@pytest.mark.parametrize("raw, shown", [
    ("plain.txt", "plain.txt"),
    (os.fsdecode(b"b\xffad.txt"), "b\\xffad.txt"),  # a byte that is not UTF-8
    ("sur\udfff2", "sur\\udfff2"),  # a lone surrogate, as JSON can spell one
])
def test_escape_surrogates_makes_names_writable(raw: str, shown: str) -> None:
    assert escape_surrogates(raw) == shown
    shown.encode("utf-8")


def test_replace_surrogates_keeps_offsets() -> None:
    text, changed = replace_surrogates("ab\udfffcd")
    assert (text, changed) == ("ab\ufffdcd", True)
    assert replace_surrogates("abcd") == ("abcd", False)


def test_file_name_that_is_not_utf8_is_read_with_an_escaped_id(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"b\xffad.txt")).write_text(ARTICLE)
    (folder / "good.txt").write_text(OTHER)
    docs = read_all(str(folder))
    assert [d.id for d in docs] == ["b\\xffad.txt", "good.txt"]
    assert all(isinstance(d, Document) and utf8_ok(d) for d in docs)
    assert docs[0].meta.path.endswith("b\\xffad.txt")


def test_json_lone_surrogates_become_escapes_in_ids_and_fffd_in_text(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "sur\\udfff2", "title": "T\\ud800", "text": "The mayor '
                     'said\\udfff the bridge would reopen."}\n'
                     + json.dumps({"id": "ok", "text": OTHER}) + "\n")
    first, second = read_all(str(batch))
    assert first.id == "sur\\udfff2" and first.meta.title == "T\\ud800"
    assert first.text == "The mayor said\ufffd the bridge would reopen."
    assert first.meta.text_from == "json+replace"
    assert utf8_ok(first) and second.id == "ok"


@pytest.mark.parametrize("where", ["argument", "folder"])
def test_fifo_is_skipped_with_a_message_not_waited_on(tmp_path: Path, no_hang, where) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    (folder / "z.txt").write_text(OTHER)
    items = read_all(str(folder)) if where == "folder" else read_all(
        str(folder / "a.txt"), str(fifo), str(folder / "z.txt"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert "pipe.txt: a named pipe (FIFO), not a regular file; skipped" in str(items[1])


def test_device_is_refused_unread(no_hang) -> None:
    (err,) = read_all("/dev/zero")  # read to the end, it never ends
    assert isinstance(err, InputError) and "a character device" in err.reason


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(OTHER)
    (folder / "a.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root, so the refusal is simulated
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read_all(str(folder))
    assert [type(i).__name__ for i in items] == ["Document", "InputError"]
    assert items[1].source.endswith("locked")
    assert "cannot read folder: Permission denied" in items[1].reason


def test_duplicate_json_ids_are_warned_about_naming_both_lines(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "story-1", "text": ARTICLE}) + "\n")
    two.write_text(json.dumps({"id": "x", "text": OTHER}) + "\n"
                   + json.dumps({"id": "story-1", "text": OTHER}) + "\n")
    warnings: list[str] = []
    docs = read_all(str(one), str(two), on_warning=warnings.append)
    assert [d.id for d in docs] == ["story-1", "x", "story-1"]
    assert len(warnings) == 1
    assert "story-1" in warnings[0] and f"{two}:2" in warnings[0] and f"{one}:1" in warnings[0]


def test_distinct_ids_give_no_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(OTHER)  # same name: the second gets its path as id
    warnings: list[str] = []
    docs = read_all(str(tmp_path / "a.txt"), str(sub / "a.txt"), on_warning=warnings.append)
    assert len({d.id for d in docs}) == 2 and warnings == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_folder_without_permission_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    locked.chmod(0)
    try:
        items = read_all(str(tmp_path / "in"))
    finally:
        locked.chmod(0o755)
    assert [type(i).__name__ for i in items] == ["Document", "InputError"]


class Endless(io.RawIOBase):
    """A stream that never ends and never sends a newline (``- < /dev/zero``)."""

    def __init__(self) -> None:
        self.sent = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = b"\0" * len(buffer)
        self.sent += len(buffer)
        return len(buffer)


def test_endless_stdin_is_refused_after_a_bounded_read() -> None:
    raw = Endless()
    (err,) = read_all("-", stdin=io.BufferedReader(raw), max_chars=1_000)
    assert isinstance(err, InputError) and "over 4,000 bytes" in err.reason
    assert raw.sent <= 1_000 * 20 + 64 * 1024  # the sniff limit plus one buffer, not all


def test_bounded_lines_cut_an_overlong_line_and_keep_counting() -> None:
    stream = io.BytesIO(b"a\n" + b"x" * 100 + b"\nb\n" + b"y" * 50)
    lines = list(bounded_lines(stream, 10))
    assert lines == [b"a\n", b"x" * 11, b"b\n", b"y" * 11]


def test_overlong_batch_line_is_reported_and_the_next_line_read(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    long_text = "The mayor said so. " * 2_000
    batch.write_text(json.dumps({"id": "long", "text": long_text}) + "\n"
                     + json.dumps({"id": "next", "text": OTHER}) + "\n")
    err, doc = read_all(str(batch), max_chars=1_000)
    assert err.source == f"{batch}:1" and "over the size limit" in err.reason
    assert doc.id == "next"
