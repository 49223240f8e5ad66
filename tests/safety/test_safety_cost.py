"""A hostile article costs about what a normal one of the same length costs.

Where the work can be counted (tokens handed to spaCy's tokenizer or parser, tree steps
of the engine) it is counted; the timed versions of those run under ``-m slow``.

Times are never compared with absolute seconds (the machine is shared): each hostile
input is timed against ordinary prose of the same length, and against itself at eight
times the length, where linear work grows about 8x and quadratic work 64x. Each figure
is the best of a few runs with the garbage collector off, which keeps most scheduler
noise out of the ratios; the limits leave room for the rest.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

import pytest
from safety_texts import normal_article, pathological

from quotes.detect.quote_marks import find_quotes
from quotes.read.boilerplate import ignore_regions
from quotes.read.html import looks_like_html
from quotes.safety.tokenizer import MAX_RUN, BoundedTokenizer

HOSTILE = sorted(pathological(100))
GROWTH = 8  # how much longer the second input is
GROWTH_LIMIT = 24.0  # linear work grows ~8x, quadratic ~64x


def per_call(func: Callable[[str], object], text: str, budget: float = 0.02) -> float:
    """Seconds per call of ``func(text)``, from enough calls to fill ``budget`` seconds."""
    number = 1
    while True:
        gc.disable()
        try:
            start = time.perf_counter()
            for _ in range(number):
                func(text)
            took = time.perf_counter() - start
        finally:
            gc.enable()
        if took >= budget:
            return took / number
        number = max(number * 2, int(number * budget / max(took, 1e-6)) + 1)


def ratio(func: Callable[[str], object], text: str, reference: str, rounds: int = 2) -> float:
    """Best cost of ``text`` over best cost of ``reference``, measured in turns, so a
    burst of load on the machine weighs on both."""
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(per_call(func, text))
        theirs.append(per_call(func, reference))
    return min(ours) / min(theirs)


def best_time(func: Callable[[str], object], text: str, repeat: int = 1) -> float:
    """For calls too slow to repeat much (the whole pipeline)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - start)
    return min(times)


def growth(func: Callable[[str], object], name: str, n: int) -> float:
    return ratio(func, pathological(GROWTH * n)[name], pathological(n)[name])


def lines_run(func: Callable[[str], object], text: str) -> int:
    """Python lines executed by ``func(text)``: a count of its work that machine load
    cannot change (the pairer is pure Python)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        func(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("name", HOSTILE)
def test_quote_pairing_work_stays_linear(name):
    n = 1_000
    small = lines_run(find_quotes, pathological(n)[name])
    large = lines_run(find_quotes, pathological(GROWTH * n)[name])
    assert large < 12 * small  # linear work grows 8x, quadratic 64x
    # A run of marks is all marks, prose has one in fifty characters: a constant factor
    # (measured: at most 6x prose's lines).
    assert large < 12 * lines_run(find_quotes, normal_article(GROWTH * n))


@pytest.mark.slow
@pytest.mark.parametrize("name", HOSTILE)
def test_quote_pairing_stays_linear(name):
    assert growth(find_quotes, name, 2_500) < GROWTH_LIMIT
    # A run of marks is all marks, prose has one in fifty characters: a constant factor.
    n = 20_000
    assert ratio(find_quotes, pathological(n)[name], normal_article(n)) < 60


@pytest.mark.parametrize("name", HOSTILE)
def test_boilerplate_finder_work_stays_linear_and_below_prose(name):
    # Counted: the finder's own Python lines (its per-line and repeat loops).
    n = 2_500
    small = lines_run(ignore_regions, pathological(n)[name])
    large = lines_run(ignore_regions, pathological(GROWTH * n)[name])
    assert large < 12 * max(small, 1)  # linear work grows 8x, quadratic 64x
    assert large < 2 * lines_run(ignore_regions, normal_article(GROWTH * n))


@pytest.mark.parametrize("text, pos", [("... next", 1), ("x" + "." * 50 + "!! y", 7)])
def test_a_run_of_dots_is_tried_once_from_its_first_mark(text, pos):
    # The regex engine's steps cannot be counted; its shape can. Retried at every mark
    # of a run with no space after it, the sentence-end pattern cost O(run²) (8,000 dots
    # took 4 s); starting only at a run's first mark it is tried once a run.
    from quotes.read.boilerplate import _SENTENCE_END

    assert _SENTENCE_END.match(text, pos) is None
    assert _SENTENCE_END.search(text) is not None


@pytest.mark.slow
@pytest.mark.parametrize("name", HOSTILE)
def test_boilerplate_finder_costs_what_prose_costs(name):
    n = 20_000
    assert ratio(ignore_regions, pathological(n)[name], normal_article(n)) < 5


def test_an_html_comment_ends_at_its_first_closing_mark():
    # Counted in ways, not timed: a comment that could run past its first "-->" let a row
    # of n comments be split in 2**n ways, and a page opening with a few dozen of them
    # took minutes. Read as HTML reads it, "b -->" below is text after the comment.
    assert not looks_like_html("<!-- a --> b --> <html>")
    assert looks_like_html("<!-- a --> <!-- b -->\n<html>")
    for unit in ("<!---->", "<!--", "<!-- -->\n"):
        assert not looks_like_html(unit * 400 + "x")
    assert looks_like_html("<!---->" * 400 + "<html><body>")


@pytest.mark.slow
def test_a_page_opening_with_many_comments_is_recognised_at_once():
    # Only the first 4096 characters are read, so what matters is the growth within
    # them: a few dozen comments used to take seconds, each one more doubling it.
    for unit in ("<!---->", "<!--", "<!-- -->\n"):
        small, large = unit * 50 + "x", unit * 400 + "x"
        assert not looks_like_html(large)
        assert ratio(looks_like_html, large, small) < GROWTH_LIMIT
    assert looks_like_html("<!---->" * 400 + "<html><body>")


@pytest.fixture(scope="module")
def tokenizer(nlp):
    assert isinstance(nlp.tokenizer, BoundedTokenizer)  # load_nlp installs it
    return nlp.tokenizer


class CountingBase:
    """spaCy's tokenizer, counting its work: it splits affixes off a whitespace-free chunk
    one at a time, rescanning the chunk each time, so a chunk of L characters costs
    about L*L; the count is the sum of that over every chunk it is handed."""

    def __init__(self, base) -> None:
        self.base = base
        self.work = 0
        self.longest = 0

    def __getattr__(self, name):
        return getattr(self.base, name)

    def __call__(self, text: str):
        for chunk in text.split():
            self.work += len(chunk) * len(chunk)
            self.longest = max(self.longest, len(chunk))
        return self.base(text)


def tokenizer_work(tokenizer, text: str) -> CountingBase:
    counting = CountingBase(tokenizer.base)
    doc = BoundedTokenizer(counting, tokenizer.max_run)(text)
    assert doc.text == text
    return counting


@pytest.mark.parametrize("name", HOSTILE)
def test_tokenizer_work_stays_linear_on_long_runs(tokenizer, name):
    n = 2_000
    small = tokenizer_work(tokenizer, pathological(n)[name])
    large = tokenizer_work(tokenizer, pathological(GROWTH * n)[name])
    assert large.longest <= MAX_RUN  # no chunk reaches spaCy longer than a cut run
    # Linear work grows 8x; handing spaCy the whole run grew 64x.
    assert large.work <= 12 * max(small.work, 1)
    # And per character, no more than a run cut at MAX_RUN costs.
    assert large.work <= MAX_RUN * len(pathological(GROWTH * n)[name])


@pytest.mark.slow
@pytest.mark.parametrize("name", HOSTILE)
def test_tokenizer_stays_linear_on_long_runs(tokenizer, name):
    assert growth(tokenizer, name, 2_000) < GROWTH_LIMIT
    n = 5_000
    doc = tokenizer(pathological(n)[name])
    assert doc.text == pathological(n)[name]
    # A run of marks makes one token per character where prose makes one per five:
    # allow for the number of tokens, nothing more.
    normal = normal_article(n)
    tokens = max(1.0, len(doc) / len(tokenizer(normal)))
    assert ratio(tokenizer, pathological(n)[name], normal) < 10 * tokens


def test_tokenizer_is_unchanged_on_normal_text(tokenizer):
    text = normal_article(5_000) + "\nSee https://example.org/a-long-path?x=1 ... (ok)"
    assert [t.text_with_ws for t in tokenizer(text)] == [
        t.text_with_ws for t in tokenizer.base(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a " + "x" * 250 + "  b  " + "y" * 120 + " c",
        "“" * (3 * MAX_RUN + 7) + "\n\n" + "”" * MAX_RUN + "!",
        " " + "(" * 500 + " ) " + "." * 101,
        "x" * (MAX_RUN + 1),
    ],
)
def test_tokenizer_keeps_the_text_exactly(tokenizer, text):
    doc = tokenizer(text)
    assert doc.text == text
    assert all(len(t) <= MAX_RUN for t in doc if not t.is_space)


def test_a_run_of_quote_marks_gives_the_parser_less_work_than_prose(nlp):
    # Counted, not timed: the analysers cost per token, the engine per tree step.
    from quotes.attribute import attribute
    from quotes.detect.tree import tree_of
    from quotes.lexicon import load_lexicon

    n = 5_000
    work = {}
    for name, text in (("marks", '"' * n), ("prose", normal_article(n))):
        with nlp.select_pipes(disable=["quote_attributor"]):
            doc = nlp(text)
        attribute(doc, load_lexicon())
        work[name] = (len(doc), tree_of(doc).meter.steps)
    assert work["marks"][0] <= work["prose"][0]
    assert work["marks"][1] <= 3 * work["prose"][1]


@pytest.mark.slow
def test_extracting_a_run_of_quote_marks_costs_about_what_prose_costs(run):
    n = 5_000
    normal = best_time(run, normal_article(n), repeat=1)
    # Every mark is a token (prose has five characters a token): allow that factor.
    assert best_time(run, '"' * n, repeat=1) < 12 * normal


@pytest.mark.slow
@pytest.mark.parametrize("name", HOSTILE)
def test_extracting_hostile_text_costs_about_what_prose_costs(run, name):
    n = 8_000
    normal = best_time(run, normal_article(n), repeat=1)
    assert best_time(run, pathological(n)[name], repeat=1) < 12 * normal


@pytest.mark.parametrize(
    "run",
    ["“”‘’" * 500, '"' * 2_000, "-" * 1_000, "'\"‘“’”«»" * 250],
    ids=["curly", "straight", "dashes", "alternating"],
)
def test_a_line_of_marks_makes_fewer_tokens_than_prose(tokenizer, run):
    # The parser and tagger cost per token: one token a mark made such a line cost five
    # times prose per character (issue 20, item 5).
    text = "Before. " + run + " after."
    doc = tokenizer(text)
    assert doc.text == text
    assert len(doc) < len(tokenizer(normal_article(len(text))))  # was five times as many
