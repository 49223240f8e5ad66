"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from quotes.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Extract records from a text with the shared pipeline."""
    from quotes.api import extract

    def _run(text: str, **kwargs):
        return extract(text, nlp=nlp, **kwargs)

    return _run
