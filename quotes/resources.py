"""Locate the files shipped beside the code: the schema and the bundled seeds.

A wheel carries ``schemas/`` and ``seeds/`` inside the package (``_schemas``,
``_seeds``); a source checkout or editable install reads them from the repo root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(inside: str, beside: str) -> Path:
    packaged = _PACKAGE / inside
    return packaged if packaged.is_dir() else _PACKAGE.parent / beside


def schemas_dir() -> Path:
    """Folder of the JSON Schemas (the record contract)."""
    return _shipped("_schemas", "schemas")


def seeds_dir() -> Path:
    """Folder of the bundled example articles and the example speaker registry."""
    return _shipped("_seeds", "seeds")


def data_dir() -> Path:
    """Folder of the lexicons (cue verbs, hedges, titles)."""
    return _PACKAGE / "data"
