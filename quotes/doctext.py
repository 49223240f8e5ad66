"""The text of a spaCy ``Doc``, built once.

``Doc.text`` joins every token each time it is read, so reading it per quote or per
record makes extraction quadratic in document length; this caches it on the Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "quotes_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text
