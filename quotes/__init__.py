"""quotes: who said what in a news article, how it was sourced, with character offsets.

    >>> import quotes
    >>> records = quotes.extract('"We will win," Zelensky said.')
    >>> records[0].speaker.name
    'Zelensky'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Document",
    "SCHEMA_VERSION",
    "extract",
    "extract_documents",
    "load_nlp",
    "read_inputs",
    "read_text",
]

if TYPE_CHECKING:
    from quotes.api import extract, extract_documents, read_text
    from quotes.document import Document
    from quotes.pipeline import load_nlp
    from quotes.read import read_inputs
    from quotes.records import SCHEMA_VERSION, Attribution


def __getattr__(name: str) -> Any:
    # Lazy: `quotes --help` and light imports must not pay for importing spaCy.
    if name in ("extract", "extract_documents", "read_text"):
        from quotes import api

        return getattr(api, name)
    if name == "load_nlp":
        from quotes.pipeline import load_nlp

        return load_nlp
    if name == "read_inputs":
        from quotes.read import read_inputs

        return read_inputs
    if name == "Document":
        from quotes.document import Document

        return Document
    if name in ("Attribution", "SCHEMA_VERSION"):
        from quotes import records

        return getattr(records, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The lazy names above are the API; without this, dir(quotes) and tab completion
    # show only the module's dunders.
    return sorted({n for n in globals() if n.startswith("__")} | set(__all__))
