"""Errors the library raises and the exit statuses the command line maps them to.

The library never prints or exits; ``quotes.cli`` turns these into one-line messages
on stderr and the documented exit codes below (also listed in the README).
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Documented exit codes of every ``quotes`` command."""

    OK = 0
    SOME_FAILED = 1  # a batch ran, but at least one document was bad and was skipped
    USAGE = 2  # wrong options or arguments (click's own code)
    NO_INPUT = 3  # nothing readable at all: every input was missing, empty or bad
    INVALID = 4  # records that break the schema: found by `validate`, or not written
    MODEL = 5  # the spaCy model could not be loaded
    INTERRUPTED = 130  # Ctrl-C; whatever was written so far is kept


class QuotesError(Exception):
    """Base of every error the library reports to its callers."""

    exit_status = ExitStatus.SOME_FAILED


class InputError(QuotesError):
    """One input could not be read as an article (missing, empty, binary, undecodable...)."""

    exit_status = ExitStatus.NO_INPUT

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(QuotesError):
    """The requested spaCy pipeline is not installed or cannot be loaded."""

    exit_status = ExitStatus.MODEL


class InvalidRecord(QuotesError):
    """A record or export item fails its JSON Schema; it must not be written."""

    exit_status = ExitStatus.INVALID


class DocumentTooCostly(QuotesError):
    """One document would cost far more than prose of its length (a hostile parse); it is
    skipped and reported as a failed input, the rest of the batch goes on."""

    exit_status = ExitStatus.SOME_FAILED
