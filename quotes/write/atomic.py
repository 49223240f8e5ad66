"""Write a file so a crash never leaves half of it in place of a good one.

Records go to a temporary file in the same folder, which is flushed, fsynced and then
renamed over the target with ``os.replace`` (atomic on POSIX and Windows). On an
exception, Ctrl-C or SIGTERM the temporary file is removed and the old target stays
untouched; raising :class:`DiscardOutput` inside the block does the same on purpose (a
run that read nothing must not empty the old file).

Targets that are not plain files are never replaced: a symbolic link is written through
(its target is replaced atomically, the link stays), and a device or FIFO
(``/dev/null``, ``/dev/full``, a named pipe) is written directly, as a shell redirection
would. The temporary name carries the host and process id of its writer
(``.out.jsonl.HOST-PID.XXXXXXXX.part``), so a later run can delete the parts of writers
that were killed (SIGKILL leaves no chance to clean up) without touching a live one's.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class DiscardOutput(Exception):  # noqa: N818 - a request, not an error
    """Raised inside :func:`atomic_output` to keep the old file; the block ends quietly."""


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text file handle whose content replaces ``path`` only if the block succeeds."""
    target = Path(os.path.realpath(path))  # through symbolic links: the link itself stays
    if _is_special(target):
        with _direct_output(target, encoding) as out:
            yield out
        return
    folder = target.parent
    remove_stale_parts(folder, target.name)
    tmp: Path | None = None
    try:
        # inside the try: a SIGTERM right after the part file is made still removes it
        fd, tmp_name = tempfile.mkstemp(prefix=f"{part_prefix(target.name)}{_writer_tag()}.",
                                        suffix=".part", dir=folder)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except DiscardOutput:
        _remove(tmp)
        return
    except BaseException:
        _remove(tmp)
        raise
    _fsync_folder(folder)


def _remove(tmp: Path | None) -> None:
    if tmp is not None:
        with contextlib.suppress(OSError):
            tmp.unlink()


def part_prefix(name: str) -> str:
    """How every temporary file for the target ``name`` begins."""
    return f".{name}."


def remove_stale_parts(folder: Path, name: str) -> list[str]:
    """Delete temporary files for ``name`` whose writer, on this host, is no longer alive.

    Only on POSIX, where ``kill(pid, 0)`` asks without harming; parts from other hosts
    (a shared folder) or without a writer tag (older versions) are left alone.
    """
    if os.name != "posix":
        return []
    pattern = re.compile(re.escape(part_prefix(name)) + r"(?P<host>\w*)-(?P<pid>\d+)\.\w+\.part")
    host = _host_tag()
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            match = pattern.fullmatch(entry.name)
            if not match or match["host"] != host or _alive(int(match["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(entry.name)
    return sorted(removed)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True


def _host_tag() -> str:
    return re.sub(r"\W", "_", socket.gethostname(), flags=re.ASCII)[:32]


def _writer_tag() -> str:
    return f"{_host_tag()}-{os.getpid()}"


def _is_special(target: Path) -> bool:
    """An existing path that is not a regular file (a device, a FIFO, a socket)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def _direct_output(target: Path, encoding: str) -> Iterator[IO[str]]:
    """Write straight into a device or FIFO: it cannot be replaced, and must not be."""
    with open(target, "w", encoding=encoding, newline="") as out:
        try:
            yield out
        except DiscardOutput:
            return
        out.flush()


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new one gets the usual 0666 minus umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every platform."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
