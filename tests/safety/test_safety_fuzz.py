"""Fuzzing text -> records: no crash, no hang, every offset consistent, every record valid.

Hypothesis builds articles from the pieces hostile and broken pages are made of: quote
marks of every style (balanced or not), apostrophes, line breaks, control characters,
bidi overrides, markup-like strings, next to speech verbs, names and hedges so that
records actually come out. The CI run (``test_fuzz_text_to_records``) is bounded to a few
hundred examples; ``test_fuzz_text_to_records_long`` is the same with many more (slow).
A longer session: ``QUOTES_FUZZ_EXAMPLES=20000 .venv/bin/pytest -m slow -k fuzz_text``.
"""

from __future__ import annotations

import io
import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from quotes.records.schema import record_problems
from quotes.write.table import records_table

FRAGMENTS = [
    # quote marks and apostrophes, every style, paired or not
    '"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "''", '""', "“”", "’s", "s’",
    # layout
    " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2028",
    # controls, escapes, bidi, odd code points
    "\x00", "\x1b[31m", "\x1b]0;t\x07", "\x1b]8;;http://x.example\x1b\\", "\x9b", "\x7f",
    "\u202e", "\u2066", "\u200f", "\u200b", "\ufeff", "\U0001f600", "e\u0301", "\ud800",
    # markup-like strings
    "[bold red]", "[/]", "[link=http://x.example]", "<script>", "&amp;", "{0}", "%s",
    # words that make records: speech verbs, names, pronouns, hedges, relays
    "said", "told reporters", "according to", "reportedly", "allegedly", "denied",
    "Mayor Ana Ruiz", "the minister", "he", "She", "as reported by Radio Norte",
    "We will pay", "the bridge would reopen", "not", "may", ".", ",", ":", "—", "(", ")",
]
TEXTS = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), min_size=1, max_size=80
).map("".join)
CI_EXAMPLES = int(os.environ.get("QUOTES_FUZZ_CI_EXAMPLES", "1000"))
LONG_EXAMPLES = int(os.environ.get("QUOTES_FUZZ_EXAMPLES", "3000"))
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def spans(value: Any, path: str = ""):
    """Every (path, dict) in a record that has start/end offsets."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from spans(item, f"{path}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans(item, f"{path}/{i}")


def check(text: str, records) -> None:
    """The invariants every record of ``text`` must hold."""
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)  # lone surrogates are read as U+FFFD
    for rec in records:
        data = rec.to_dict()
        assert record_problems(data) == [], (text, data)
        for path, span in spans(data):
            start, end = span["start"], span["end"]
            assert 0 <= start <= end <= len(text), (path, span)
            if "text" in span:
                assert text[start:end] == span["text"], (path, span)
    # Whatever came out can be shown on a terminal without control sequences.
    out = io.StringIO()
    Console(file=out, force_terminal=True, width=120).print(
        records_table([r.to_dict() for r in records])
    )
    assert not RAW.search(re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue()))


@settings(max_examples=CI_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_fuzz_text_to_records(run, text):
    check(text, run(text))


@pytest.mark.slow
@settings(max_examples=LONG_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_fuzz_text_to_records_long(run, text):
    check(text, run(text))


def test_known_hard_cases(run):
    for text in (
        '"' * 500,
        "“" * 200 + "he said" + "”" * 200,
        "'" * 300 + " said " + "'" * 301,
        '"A," he said, "B." ' * 60,
        "\r\n".join(['"We will pay," Mayor Ana Ruiz said.'] * 30),
        "(" * 300 + '"x" he said' + ")" * 300,
        "\u202e“ok,” she said\u202c " * 20,
        "x" * 5000 + ' "fine," he said.',
    ):
        check(text, run(text))
