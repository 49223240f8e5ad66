"""The output folder of a distributed run: partition files and the manifest.

Every file appears whole or not at all: it is written under a temporary name in the same
folder, flushed to disk, then renamed over its final name (an atomic step on POSIX
filesystems). A partition file that exists is therefore complete, which is what lets a
rerun skip it; a crash leaves at most a stray temporary file, removed on the next run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quotes.errors import ExitStatus, QuotesError

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
PART_FILE = re.compile(r"^part-\d{5,}-[0-9a-f]{12}\.jsonl$")
TEMP_PREFIX = ".tmp-"
LOCK = ".lock"


class FolderBusy(QuotesError):
    """Another run is writing to the same output folder."""

    exit_status = ExitStatus.USAGE


@contextmanager
def lock_folder(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for one driver: two at once would write partitions twice.

    An advisory ``flock`` on ``OUT/.lock``, released by the system if the driver dies, so
    a killed run never leaves the folder locked. Where ``fcntl`` is missing (Windows),
    no lock is taken.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(out_dir / LOCK, "a") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise FolderBusy(f"{out_dir}: another quotes run is writing here") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old file or the new one, never a part."""
    tmp = path.with_name(f"{TEMP_PREFIX}{path.name}.{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform lets a folder be opened.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest a previous run left, or None if there is none or it is unreadable."""
    try:
        with open(out_dir / MANIFEST, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest; any string that is not valid Unicode (an input path with a byte
    that is not UTF-8) is written escaped, so the manifest is always written."""
    text = json.dumps(valid_json(manifest), ensure_ascii=False, indent=2) + "\n"
    write_atomic(out_dir / MANIFEST, text)


def valid_json(value: Any) -> Any:
    """``value`` with every string (keys too) made valid Unicode by ``escape_surrogates``."""
    from quotes.read.names import escape_surrogates

    if isinstance(value, str):
        return escape_surrogates(value)
    if isinstance(value, dict):
        return {valid_json(k): valid_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [valid_json(v) for v in value]
    return value


def remove_temporaries(out_dir: Path) -> list[str]:
    """Delete half-written files left by a run that was killed; returns their names."""
    return _unlink_all(out_dir.glob(f"{TEMP_PREFIX}*"))


def remove_stale_parts(out_dir: Path, keep: set[str]) -> list[str]:
    """Delete partition files of earlier runs that this run's partitions replace.

    Without this, a rerun after the inputs changed would leave the old records beside the
    new ones and ``cat part-*.jsonl`` would show some documents twice.
    """
    return _unlink_all(
        p for p in out_dir.iterdir() if PART_FILE.match(p.name) and p.name not in keep
    )


def _unlink_all(paths: Iterable[Path]) -> list[str]:
    """Delete what can be deleted (another process may hold a file); the names deleted."""
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path.name)
        except OSError:
            pass
    return sorted(removed)
