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


def test_discard_keeps_the_old_file_quietly(tmp_path: Path) -> None:
    from quotes.write.atomic import DiscardOutput

    target = tmp_path / "out.jsonl"
    target.write_text("good records\n")
    with atomic_output(target) as out:
        out.write("")
        raise DiscardOutput
    assert target.read_text() == "good records\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "records.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    with atomic_output(link) as out:
        out.write("new\n")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new\n"
    assert sorted(os.listdir(real.parent)) == ["records.jsonl"]  # no part file left


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/null and /dev/full")
def test_devices_are_written_not_replaced() -> None:
    with atomic_output("/dev/null") as out:
        out.write("records\n")
    with pytest.raises(OSError), atomic_output("/dev/full") as out:
        out.write("records\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_part_file_names_its_writer(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with atomic_output(target) as out:
        (part,) = [n for n in os.listdir(tmp_path) if n.endswith(".part")]
        out.write("x")
    assert part.startswith(".out.jsonl.") and f"-{os.getpid()}." in part


def test_stale_parts_of_dead_writers_are_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    from quotes.write.atomic import _host_tag, remove_stale_parts

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = _host_tag()
    stale = f".out.jsonl.{host}-{dead.pid}.abcd1234.part"
    live = f".out.jsonl.{host}-{os.getppid()}.abcd1234.part"  # our parent is alive
    elsewhere = f".out.jsonl.otherhost-{dead.pid}.abcd1234.part"  # not ours to judge
    other_target = f".other.jsonl.{host}-{dead.pid}.abcd1234.part"
    for name in (stale, live, elsewhere, other_target):
        (tmp_path / name).write_text("half")
    assert remove_stale_parts(tmp_path, "out.jsonl") == [stale]
    assert sorted(os.listdir(tmp_path)) == sorted([live, elsewhere, other_target])
