"""A generated newsroom corpus: short synthetic articles with quotes, speakers and sources.

Written by us (no third-party text), deterministic for a seed, so a distributed run can be
compared with a single-process run document by document.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

PEOPLE = [
    ("Maria Lindqvist", "the mayor"),
    ("Tomas Ferreira", "the finance minister"),
    ("Aisha Bello", "the union leader"),
    ("Kenji Watanabe", "the harbour director"),
    ("Ruth Okafor", "the health commissioner"),
    ("Pieter de Wit", "the opposition leader"),
    ("Elena Kovac", "the police chief"),
    ("Samuel Adeyemi", "the school inspector"),
]
BODIES = [
    "the transport ministry",
    "the city council",
    "the weather service",
    "the central bank",
    "the regional hospital board",
    "the fire brigade",
]
TOPICS = [
    ("the bridge", "would reopen in May"),
    ("the budget", "was balanced for the first time"),
    ("the strike", "would end by Friday"),
    ("the new ferry", "was running late again"),
    ("the clinic", "needed twelve more nurses"),
    ("the tax cut", "had been a mistake"),
    ("the flood barrier", "had held during the storm"),
    ("the exam results", "were improving"),
]
VERBS = ["said", "told reporters", "warned", "claimed", "insisted", "added"]


def make_article(rng: random.Random, n: int) -> str:
    """A few paragraphs in the wire-story style quotes is built for."""
    paras = []
    for _ in range(rng.randint(2, 5)):
        name, role = rng.choice(PEOPLE)
        thing, claim = rng.choice(TOPICS)
        surname = name.split()[-1]
        kind = rng.randrange(5)
        if kind == 0:
            paras.append(f'"We expect that {thing} {claim}," {name} {rng.choice(VERBS)} on Monday.')
        elif kind == 1:
            paras.append(f"{name}, {role}, said that {thing} {claim}.")
        elif kind == 2:
            paras.append(f"According to {rng.choice(BODIES)}, {thing} {claim}.")
        elif kind == 3:
            paras.append(
                f'{surname} said: "Nobody told us that {thing} {claim}. '
                f'We will ask again next week."'
            )
        else:
            paras.append(f"Residents gathered near {thing} on day {n % 28 + 1} of the dispute.")
    return "\n\n".join(paras) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` article files named so that sorted order is generation order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"article-{n:04d}.txt"
        path.write_text(make_article(rng, n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> list[Path]:
    """A few hundred generated article files."""
    return write_corpus(tmp_path_factory.mktemp("newsroom"), 240)


@pytest.fixture(scope="session")
def single_process_records(corpus, nlp) -> list[dict]:
    """The reference: every record of the corpus from one plain in-process run."""
    from quotes.api import extract_documents
    from quotes.read import read_inputs

    docs = list(read_inputs([str(p) for p in corpus]))
    return [r.to_dict() for _, recs in extract_documents(docs, nlp=nlp) for r in recs]
