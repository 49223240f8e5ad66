"""Hedges and stance: how each claim is sourced (cue class, hearsay, relay, modality).

``tag_hedges`` is imported lazily so that the light modules here (``stance``) can be
used without loading spaCy (the table writer shows stances).
"""

from __future__ import annotations

from typing import Any

__all__ = ["tag_hedges"]


def __getattr__(name: str) -> Any:
    if name == "tag_hedges":
        from quotes.hedges.tagger import tag_hedges

        return tag_hedges
    raise AttributeError(name)
