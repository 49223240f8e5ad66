"""Inputs of a command, with stdin standing in when nothing is named and text is piped.

``cat article.txt | quotes extract`` then works like ``quotes extract -`` (as ``jq`` and
``grep`` read a pipe); at a terminal with no inputs it is still a usage error, so a
bare ``quotes extract`` does not sit waiting for typed text.
"""

from __future__ import annotations

import sys

import click


def inputs_or_stdin(inputs: tuple[str, ...], name: str = "INPUTS") -> tuple[str, ...]:
    """``inputs``, or ``("-",)`` when there are none and stdin is not a terminal."""
    if inputs:
        return inputs
    stdin = sys.stdin
    if stdin is not None and not _isatty(stdin):
        return ("-",)
    raise click.UsageError(f"Missing argument '{name}...': name files or folders, "
                           "give - for stdin, or pipe text in")


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream: not a terminal
        return False
