"""Load ``quotes/data/hedges.tsv``: the hedge cues by kind, each with its hedge type.

The file documents where each class comes from; this module only sorts its rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quotes.lexicon import read_table
from quotes.resources import data_dir

# Cue classes of cues.tsv that are worth a hedge of the same name ("neutral" is not).
CLASS_HEDGES = {
    "distancing": "distancing",
    "factive": "factive",
    "speculative": "speculative",
    "denial": "denial",
    "emphatic": "emphatic",
    "request": "request",
    "according_to": "according_to",
}


@dataclass(frozen=True)
class HedgeLexicon:
    """Hedge cues by kind: ``kinds[kind][phrase] -> hedge type``."""

    kinds: dict[str, dict[str, str]]
    content_pattern: re.Pattern[str] | None = field(default=None, compare=False)

    def get(self, kind: str, phrase: str) -> str | None:
        """Hedge type of ``phrase`` (lower-cased) in ``kind``, or None."""
        return self.kinds.get(kind, {}).get(phrase.lower())

    def words(self, kind: str) -> dict[str, str]:
        """All phrases of one kind."""
        return self.kinds.get(kind, {})


def build(rows: list[list[str]]) -> HedgeLexicon:
    """A lexicon from rows ``[phrase, kind, type]`` (the TSV without comments)."""
    kinds: dict[str, dict[str, str]] = {}
    for row in rows:
        if len(row) < 3:
            raise ValueError(f"hedges.tsv: expected 3 columns, got {row!r}")
        phrase, kind, htype = row[0].lower(), row[1], row[2]
        kinds.setdefault(kind, {})[phrase] = htype
    content = sorted(kinds.get("content", {}), key=len, reverse=True)
    pattern = None
    if content:
        # Longest first so "appears to" wins over a shorter phrase; whole words only.
        alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in content)
        pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    return HedgeLexicon(kinds=kinds, content_pattern=pattern)


@lru_cache(maxsize=4)
def load_hedge_lexicon(path: str | None = None) -> HedgeLexicon:
    """The hedge lexicon from ``quotes/data/hedges.tsv`` (or another file of the same form)."""
    return build(read_table(Path(path) if path else data_dir() / "hedges.tsv"))
