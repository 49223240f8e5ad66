"""Long and hostile documents are analysed in pieces (issue 20, items 5 and 6).

spaCy's tok2vec holds ~15 KB of arrays per token of the Doc it runs on, so what bounds the
memory is the largest Doc an analysis component is handed; these tests count that, not
bytes or seconds (the measured figures are in benchmarks/README.md, "Hostile input").
"""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
from safety_texts import normal_article

from quotes.api import extract
from quotes.safety.long_docs import MAX_TOKENS, parse_in_pieces, piece_bounds


class Recorder:
    """Stands in for an analysis component: remembers the size of every Doc it gets."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def __call__(self, doc):
        self.sizes.append(len(doc))
        return doc


class FakeNlp:
    def __init__(self, nlp, recorder: Recorder) -> None:
        self.make_doc = nlp.make_doc
        self.pipeline = [("tok2vec", recorder), ("parser", recorder)]


FLOODS = {
    "quote-marks": "“”‘’" * 40_000,
    "spaced-marks": "“ ” ‘ ’ " * 8_000,
    "nested-quotes": "“a ‘b " * 8_000 + "c’ d” " * 8_000,
    "one-long-line": normal_article(120_000).replace("\n", " "),
    "said": "said " * 20_000,
}


@pytest.mark.parametrize("name", sorted(FLOODS))
def test_no_component_sees_more_than_a_piece_of_a_hostile_document(nlp, name):
    recorder = Recorder()
    doc = parse_in_pieces(FakeNlp(nlp, recorder), nlp.make_doc(FLOODS[name]))
    assert doc.text == FLOODS[name]
    assert len(doc) > 2 * MAX_TOKENS  # the text really is long
    assert max(recorder.sizes) <= MAX_TOKENS
    assert sum(recorder.sizes) == 2 * len(doc)  # every token analysed once per component


def test_pieces_end_at_paragraph_breaks(nlp):
    doc = nlp.make_doc(normal_article(30_000))
    bounds = piece_bounds(doc, 1_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 1_000 for start, end in bounds)
    assert all("\n" in doc[end - 1].text_with_ws for _, end in bounds[:-1])


def test_a_long_article_in_pieces_gives_the_records_of_the_whole(nlp):
    text = normal_article(25_000)
    whole = nlp(text)._.attributions
    pieces = parse_in_pieces(nlp, nlp.make_doc(text), max_tokens=1_500)
    assert pieces.text == text
    key = [(r.quote.start, r.quote.end, r.speaker.name if r.speaker else None) for r in whole]
    got = [(r.quote.start, r.quote.end, r.speaker.name if r.speaker else None)
           for r in pieces._.attributions]
    assert got == key
    for r in pieces._.attributions:
        assert text[r.quote.start : r.quote.end] == r.quote.text


def test_extract_parses_long_texts_in_pieces_and_keeps_offsets(nlp):
    text = normal_article(40_000)
    assert len(nlp.make_doc(text)) > MAX_TOKENS
    records = extract(text, nlp=nlp)
    assert len(records) > 20  # repeats of a quote are merged into one record
    assert all(text[r.quote.start : r.quote.end] == r.quote.text for r in records)
    assert any(r.speaker and r.speaker.name == "Mara Lindqvist" for r in records)


PEAK = """
import resource, sys
from quotes.pipeline import load_nlp
from quotes.api import extract
nlp = load_nlp()
text = sys.stdin.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    extract(text, nlp=nlp)
except Exception:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def peak_kb(text: str) -> int:
    proc = subprocess.run([sys.executable, "-c", PEAK], input=text, capture_output=True,
                          text=True, timeout=1800, check=True)
    return int(proc.stdout.split()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quote-marks", "nested-quotes"])
def test_a_flood_of_quote_marks_needs_the_memory_of_prose(name):
    n = 200_000
    unit = {"quote-marks": "“”‘’", "nested-quotes": "“a ‘b c’ d” "}[name]
    prose = normal_article(n)
    hostile = (unit * (n // len(unit) + 1))[:n]
    assert peak_kb(hostile) < 3 * max(peak_kb(prose), 50_000)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
