"""The speaker's role as a job title, without pieces of their name."""

from __future__ import annotations

from typing import Any

from quotes.speakers.names import name_words, same_word


def job_title(speaker: dict[str, Any] | None) -> str | None:
    """``speaker.title`` with name words trimmed off its end, or ``None``.

    A title read from "Russian Foreign Minister Sergei Lavrov" can keep the given name
    ("Russian Foreign Minister Sergei"); a job title must not carry the name, in any
    transliteration.
    """
    if not speaker:
        return None
    words = " ".join((speaker.get("title") or "").split()).split(" ")
    names = name_words(speaker.get("name") or "")
    while words and any(same_word(w, n) for w in name_words(words[-1]) for n in names):
        words.pop()
    return " ".join(words).strip(" ,") or None
