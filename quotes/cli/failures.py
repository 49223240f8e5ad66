"""How a command ends when something goes wrong: one sanitised line on stderr and a
documented exit status, never a traceback (``QUOTES_DEBUG=1`` shows it)."""

from __future__ import annotations

import contextlib
import os
import sys
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
