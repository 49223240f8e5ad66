"""Open an input only if it is a regular file: never wait on a FIFO, never read a device.

A FIFO among the inputs used to hang a run forever (opening one waits for a writer), and
``/dev/zero`` would be read without end; sockets and devices are no articles either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

from quotes.errors import InputError

_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def open_regular(path: Path, source: str) -> tuple[IO[bytes], int]:
    """Open ``path`` for reading if it is a regular file; its handle and size.

    Anything else raises ``InputError`` (with ``source`` as its name) before it is
    opened. The file is then opened non-blocking and checked again on the handle, so a
    FIFO swapped in after the first check cannot block either.
    """
    why = _not_regular(os.stat(path).st_mode)
    if why:
        raise InputError(source, f"{why}, not a regular file; skipped (use - for stdin)")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        why = _not_regular(info.st_mode)
        if why:
            raise InputError(source, f"{why}, not a regular file; skipped (use - for stdin)")
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    for test, what in _NOT_REGULAR:
        if test(mode):
            return what
    return "a special file"
