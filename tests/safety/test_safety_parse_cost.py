"""Hostile parses (issue 20, items 1 and 4): no crash, and work that grows with the length.

The work is counted, not timed: every tree walk of the engine is charged to the
document's meter (``quotes.detect.tree``), and a document that needs more than its
budget fails as :class:`DocumentTooCostly` instead of running for minutes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from safety_texts import normal_article
from spacy.tokens import Doc

from quotes.attribute import attribute
from quotes.cli import main
from quotes.detect.tree import STEPS_PER_TOKEN, subtree, subtree_ids, tree_of
from quotes.errors import DocumentTooCostly
from quotes.lexicon import load_lexicon
from quotes.safety.sentences import HARD_MAX

CUE_RUNS = {
    "said": "said ",
    "he-said": "he said ",
    "according-to": "according to ",
    "saying": "He spoke, saying ",
    # Dialogue with no full stop outside its quote marks: one long sentence, a cue in
    # every few words, each once walking the whole of it for its host clause.
    "dialogue": '"A," he said, "B." ',
}


def parsed(nlp, text: str) -> Doc:
    """``text`` through every pipe but the attributor: the parse the engine walks."""
    with nlp.select_pipes(disable=["quote_attributor"]):
        return nlp(text)


def steps_of(nlp, text: str) -> tuple[int, bool]:
    """Tree steps the engine spends on ``text``, and whether it gave up on its budget."""
    doc = parsed(nlp, text)
    try:
        attribute(doc, load_lexicon())
        failed = False
    except DocumentTooCostly:
        failed = True
    return tree_of(doc).meter.steps, failed


def test_a_chain_a_hundred_thousand_deep_is_walked_without_recursion(nlp):
    # spaCy's Token.subtree recurses once per level: this chain killed the process.
    n = 100_000
    doc = Doc(nlp.vocab, words=["said"] * n, heads=[max(i - 1, 0) for i in range(n)],
              deps=["ROOT"] + ["ccomp"] * (n - 1))
    assert [t.i for t in subtree(doc[0])] == list(range(n))
    assert subtree_ids(doc[n // 2]) == set(range(n // 2, n))


@pytest.mark.parametrize(
    "heads",
    [
        [1, 1, 1, 2, 1],  # projective
        [2, 3, 2, 2, 3, 0],  # crossing arcs (0 -> 2 over 1, 3 -> 4): non-projective
        [0, 0, 4, 0, 0, 2],
    ],
)
def test_the_walk_gives_spacy_s_tokens_in_spacy_s_order(nlp, heads):
    doc = Doc(nlp.vocab, words=[f"w{i}" for i in range(len(heads))], heads=heads,
              deps=["dep"] * len(heads))
    for tok in doc:
        assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]


def test_no_sentence_is_longer_than_the_hard_cap(nlp):
    doc = parsed(nlp, "said " * 3_000)
    assert max(len(s) for s in doc.sents) <= HARD_MAX


def test_news_sentences_keep_the_parsers_bounds(nlp):
    text = normal_article(6_000)
    with nlp.select_pipes(disable=["quote_attributor"]):
        ours = [s.text for s in nlp(text).sents]
    assert all(len(s) < 400 for s in ours)
    assert any(s.startswith("Council leader Tomas Brandt said") for s in ours)


def test_prose_spends_a_small_part_of_its_budget(nlp):
    steps, failed = steps_of(nlp, normal_article(20_000))
    tokens = len(parsed(nlp, normal_article(20_000)))
    assert not failed
    assert steps < STEPS_PER_TOKEN * tokens / 6  # measured on news: under 3 a token


@pytest.mark.parametrize("name", sorted(CUE_RUNS))
def test_repeated_cue_words_cost_work_in_proportion_to_length(nlp, name):
    unit = CUE_RUNS[name]
    small, large = unit * 150, unit * 1_200
    s_steps, _ = steps_of(nlp, small)
    l_steps, _ = steps_of(nlp, large)
    tokens = len(parsed(nlp, large))
    # Linear work grows 8x here; the walks were quadratic (64x) and worse.
    assert l_steps <= STEPS_PER_TOKEN * tokens + tokens  # the budget holds, whatever happens
    assert l_steps < 12 * max(s_steps, 1) + 20_000


def test_a_document_over_its_budget_fails_alone_and_the_batch_goes_on(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text("“We will rebuild the pier,” said Tomas Brandt, the council leader.\n")
    bad = tmp_path / "bad.txt"
    bad.write_text("he said " * 600)
    result = CliRunner().invoke(main, ["extract", str(bad), str(good)])
    assert result.exit_code == 1, result.output
    assert "bad.txt" in result.stderr and "DocumentTooCostly" in result.stderr
    assert "Tomas Brandt" in result.stdout and "bad.txt" not in result.stdout


@pytest.mark.slow
def test_forty_thousand_said_do_not_kill_the_process(tmp_path):
    path = tmp_path / "said.txt"
    path.write_text("said " * 40_000)
    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(path)],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode in (0, 1), proc.stderr  # records, or one reported failure: no SIGSEGV
