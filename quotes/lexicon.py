"""Load the word lists in ``quotes/data``: cue verbs with classes, speech nouns, roles, media.

Lexicons are data, not code: each file says where its classes come from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quotes.resources import data_dir


def read_table(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file, comments and blank lines skipped."""
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extractor consults, loaded once."""

    cue_classes: dict[str, str]
    speech_nouns: frozenset[str]
    roles: dict[str, str]
    role_words: dict[str, str]  # abbreviated title -> the role word ("coun" -> "councillor")
    media: frozenset[str]
    media_suffixes: frozenset[str]
    first_names: dict[str, str]
    org_nouns: dict[str, str]  # "company" -> "ORG", "city" -> "GPE"
    document_nouns: frozenset[str]
    # org nouns of a state's own bodies ("the military", "the police"): never guessed to
    # be the company or place the article is about
    state_bodies: frozenset[str] = frozenset()
    # "regulator" -> words regulators are named with ("authority", "commission", ...)
    body_kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    def cue_class(self, lemma: str) -> str | None:
        """Class of a cue verb lemma, or None when it is not a cue."""
        return self.cue_classes.get(lemma.lower())

    def is_media(self, name: str) -> bool:
        """A news outlet, listed or named like one ("... News", "... Times")."""
        low = " ".join(name.lower().replace("’", "'").split())
        if low in self.media or low.removeprefix("the ") in self.media:
            return True
        words = low.split()
        if words[-2:] in (["news", "agency"], ["press", "agency"]):
            return True  # "Anadolu News Agency"; the Environment Agency is no outlet
        return len(words) >= 2 and words[-1] in self.media_suffixes


@lru_cache(maxsize=1)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """The lexicon from ``quotes/data`` (or another folder with the same files)."""
    base = Path(folder) if folder else data_dir()
    return Lexicon(
        cue_classes={r[0].lower(): r[1] for r in read_table(base / "cues.tsv")},
        speech_nouns=frozenset(r[0].lower() for r in read_table(base / "speech_nouns.tsv")),
        roles={r[0].lower(): r[1] for r in read_table(base / "roles.tsv")},
        role_words={r[0].lower().rstrip("."): r[2].lower()
                    for r in read_table(base / "roles.tsv") if len(r) >= 3},
        media=frozenset(r[0].lower() for r in read_table(base / "media.tsv")),
        media_suffixes=frozenset(r[0].lower() for r in read_table(base / "media_suffix.tsv")),
        first_names={r[0].lower(): r[1] for r in read_table(base / "first_names.tsv")},
        org_nouns={r[0].lower(): r[1] for r in read_table(base / "org_nouns.tsv")},
        document_nouns=frozenset(r[0].lower() for r in read_table(base / "document_nouns.tsv")),
        state_bodies=frozenset(
            r[0].lower() for r in read_table(base / "org_nouns.tsv") if r[2:3] == ["state"]
        ),
        body_kinds={
            r[0].lower(): frozenset(w.strip().lower() for w in r[1].split(","))
            for r in read_table(base / "body_kinds.tsv")
            if len(r) >= 2
        },
    )
