"""Atomic output: the old file survives any failure; no temporary file is left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quotes.write.atomic import atomic_output


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with atomic_output(target) as out:
        out.write("new\n")
        assert target.read_text() == "old\n"  # nothing visible until the block ends
    assert target.read_text() == "new\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


@pytest.mark.parametrize("exc", [RuntimeError("crash"), KeyboardInterrupt()])
def test_failure_keeps_the_old_file_and_cleans_up(tmp_path: Path, exc: BaseException) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("good records\n")
    with pytest.raises(type(exc)), atomic_output(target) as out:
        out.write("half a rec")
        raise exc
    assert target.read_text() == "good records\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_failure_with_no_old_file_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), atomic_output(tmp_path / "new.jsonl") as out:
        out.write("x")
        raise RuntimeError
    assert os.listdir(tmp_path) == []


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old")
    target.chmod(0o640)
    with atomic_output(target) as out:
        out.write("new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_text_is_written_as_utf8_without_newline_translation(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with atomic_output(target) as out:
        out.write("“Bonjour”\r\n")
    assert target.read_bytes() == "“Bonjour”\r\n".encode()
