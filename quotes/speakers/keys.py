"""A stable key for each speaker, so pipelines group one person under one value.

``quotes speakers`` merges name variants when it reads a whole batch; a pipeline that
groups records with ``jq``, CSV or SQL sees one record at a time. The key folds what
differs between spellings of one name and nothing else: transliteration conventions
(Zelensky / Zelenskyy / Зеленський), accents, titles and case for people; case,
articles, possessives and punctuation for organisations. It is built from the
canonical name alone, so it is the same in every run and every article.

    >>> speaker_key("President Volodymyr Zelenskyy", "person")
    'person:volodimir-zelensky'
    >>> speaker_key("Володимир Зеленський", "person")
    'person:volodimir-zelensky'
    >>> speaker_key("the Russian Defence Ministry", "organization")
    'organization:russian-defence-ministry'
"""

from __future__ import annotations

import re

from quotes.speakers.names import ascii_fold, name_key


def speaker_key(name: str | None, kind: str) -> str | None:
    """``kind:folded-name``, or None when there is no name to key on."""
    if not name or not name.strip():
        return None
    if kind == "person":
        words = list(name_key(name))
    else:
        text = ascii_fold(name).strip()
        text = re.sub(r"^the\s+", "", text)
        text = re.sub(r"'s\b|'", "", text)
        words = re.findall(r"[a-z0-9]+", text)
    if not words:
        return None
    return f"{kind}:{'-'.join(words)}"
