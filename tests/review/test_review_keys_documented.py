"""The keys docs/review.md lists are the keys the review screen binds, both ways: a key
renamed in the app or added without a line in the docs fails here (issue 17: every key
listed does what it says)."""

from __future__ import annotations

import re
from pathlib import Path

from quotes.review.app import ReviewApp, ReviewTable

DOC = (Path(__file__).resolve().parents[2] / "docs" / "review.md").read_text(encoding="utf-8")
# How the docs spell a key, and how Textual names it.
SPELLED = {"Home": "home", "End": "end", "/": "slash", "]": "right_square_bracket",
           "[": "left_square_bracket", "?": "question_mark"}
NOT_IN_THE_TABLE = {"down", "up"}  # "arrows", in the first row


def key_table() -> list[tuple[list[str], str]]:
    section = DOC.split("## Keys", 1)[1]
    rows = []
    for line in section.splitlines()[3:]:
        if not line.startswith("|"):
            break
        first, what = (c.strip() for c in line.strip("|").split("|", 1))
        keys = [SPELLED.get(k, k) for k in re.findall(r"`([^`]+)`", first)]
        rows.append((keys, what))
    return rows


def app_keys() -> set[str]:
    """The screen's keys and the list's own (Home and End, taken from the table)."""
    bindings = [*ReviewApp.BINDINGS, *ReviewTable.BINDINGS]
    return {k.strip() for b in bindings for k in b.key.split(",")}


def test_every_documented_key_is_bound():
    documented = {k for keys, _ in key_table() for k in keys}
    assert documented, "docs/review.md has no key table"
    assert sorted(documented - app_keys()) == []


def test_every_bound_key_is_documented():
    rows = key_table()
    documented = {k for keys, _ in rows for k in keys}
    help_row = next(what for keys, what in rows if "question_mark" in keys)
    said = documented | set(re.findall(r"`([^`]+)`", help_row))
    assert sorted(app_keys() - NOT_IN_THE_TABLE - said) == []
