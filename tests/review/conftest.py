"""Fixtures of the review tests: the sample article as a store and as files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_sample import ARTICLE, DOC_ID, sample_records

from quotes.review.store import ReviewStore


@pytest.fixture
def records() -> list[dict]:
    return sample_records()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "review.sqlite"


@pytest.fixture
def store(store_path: Path, records: list[dict]):
    """A store holding the sample article and its records."""
    s = ReviewStore(store_path)
    s.add_document(DOC_ID, ARTICLE, records, path=DOC_ID)
    yield s
    s.close()


@pytest.fixture
def files(tmp_path: Path, records: list[dict]) -> tuple[Path, Path]:
    """The sample as files: (records.jsonl, harbour.txt)."""
    article = tmp_path / DOC_ID
    article.write_text(ARTICLE, encoding="utf-8")
    recs = tmp_path / "records.jsonl"
    recs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return recs, article
