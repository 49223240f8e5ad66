"""How a command ends when something goes wrong: one sanitised line on stderr and a
documented exit status, never a traceback (``QUOTES_DEBUG=1`` shows it)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import NoReturn

import click


def die(prog: str, message: str, status: int) -> NoReturn:
    """Say what went wrong, as ``prog: message``, and exit with ``status``."""
    from quotes.write.terminal import sanitize

    click.echo(f"{prog}: {sanitize(message)}", err=True)
    sys.exit(status)


def internal_error(prog: str, exc: Exception, status: int) -> NoReturn:
    """A bug of ours: one line asking for a report (re-raised under ``QUOTES_DEBUG``)."""
    if os.environ.get("QUOTES_DEBUG"):
        raise exc
    die(prog, f"internal error: {type(exc).__name__}: {exc} (please report it)", status)


def quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush does not complain about a pipe whose
    reader left (``| head``): not an error of ours."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


TERMINATED = 143  # 128 + SIGTERM, what shells report for a terminated process


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is: every Ctrl-C cleanup runs for it too."""


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM (``kill``, a job scheduler, ``docker stop``) into :class:`Terminated`.

    The first SIGTERM raises, so half-written output is removed as for Ctrl-C; a second
    one kills at once (the default), in case the cleanup itself hangs. Only in the main
    thread, where Python runs signal handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise Terminated

    old = signal.signal(signal.SIGTERM, _raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)
