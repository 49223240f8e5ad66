"""The scorer counts what the shared reference scorer counts, rule by rule."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from quotes.evaluate import (
    GoldItem,
    MatchRule,
    load_aliases,
    predictions_from_records,
    score,
)
from quotes.evaluate.rules import overlap_score, strip_span
from quotes.evaluate.speakers import speaker_ok

REFERENCE = Path("/work/shared/eval/score.py")


def run_ours(synthetic, rule: str = "tokenf1:0.5", aliases=None):
    gold = [GoldItem.from_dict(g) for g in synthetic["gold"]]
    return score(gold, predictions_from_records(synthetic["preds"]), MatchRule.parse(rule), aliases)


def test_counts_on_the_synthetic_pair(synthetic):
    res = run_ours(synthetic, aliases=load_aliases(synthetic["alias_path"]))
    assert (res.gold, res.pred) == (7, 10)  # optional item found is not counted; repeat dropped
    assert res.span_partial.tp == 7 and res.span_exact.tp == 6
    assert res.attribution.tp == 5 and res.attribution_exact.tp == 4
    assert res.span_partial.rounded() == (0.7, 1.0, 0.824)
    assert res.type_hits == 6
    assert res.hedge_recall == 1.0
    assert (res.hedges.tp, res.hedges.pred, res.hedges.gold) == (1, 3, 1)
    assert [f.text for f in res.false_positives] == [
        "it seems", "food stocks would run out", "a tool may think so"]
    assert res.misses == []
    assert sorted(w.gold_speaker for w in res.wrong_speakers) == ["A spokesman", "critics"]


def test_alias_table_decides_a_speaker(synthetic):
    without = run_ours(synthetic)
    assert without.attribution.tp == 4
    assert "United Nations" in [w.gold_speaker for w in without.wrong_speakers]


def test_optional_gold_item_missed_costs_nothing(synthetic):
    preds = [p for p in synthetic["preds"] if p["quote"].get("text") != "may also vote on Friday"]
    gold = [GoldItem.from_dict(g) for g in synthetic["gold"]]
    res = score(gold, predictions_from_records(preds))
    assert (res.gold, res.pred, res.span_partial.tp) == (7, 10, 7)


def test_coverage_rule_needs_more_than_the_threshold():
    rule = MatchRule.parse("coverage:0.3")
    # the prediction covers 3 of the gold's 10 characters: exactly 0.3 is not enough
    assert overlap_score("abcdefghij", 0, 10, "abc", 0, 3, rule) == 0.0
    assert overlap_score("abcdefghij", 0, 10, "abcd", 0, 4, rule) == pytest.approx(0.4)


def test_token_f1_counts_only_overlapping_words():
    rule = MatchRule()
    # same words at other offsets do not overlap
    assert overlap_score("one two", 0, 7, "one two", 100, 107, rule) == 0.0
    assert overlap_score("one two three four", 0, 18, "one two", 0, 7, rule) == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("Lonechild", "Darian Lonechild", True),
        ("President Darian Lonechild", "Darian Lonechild", True),
        ("Darian Smith", "Darian Lonechild", False),  # family names differ
        ("unknown", None, True),
        (None, "Darian Lonechild", False),
        ("The Gazette", "gazette", True),
    ],
)
def test_speaker_name_rules(pred, gold, ok):
    assert speaker_ok(pred, gold) is ok


def test_strip_span_ignores_marks_and_final_punctuation():
    assert strip_span("“It works.” ") == "It works"
    assert strip_span('"Really?"') == "Really"


@pytest.mark.parametrize("spec", ["f1:0.5", "coverage:x", "tokenf1:1.5"])
def test_bad_match_rule_is_refused(spec):
    with pytest.raises(ValueError):
        MatchRule.parse(spec)


def test_alias_file_formats(tmp_path):
    registry = tmp_path / "registry.json"
    registry.write_text('[{"name": "Ann Oduya", "aliases": ["The Mayor"]}]', encoding="utf-8")
    assert load_aliases(registry) == {"ann oduya": frozenset({"mayor"})}
    scorer = tmp_path / "scorer.py"
    scorer.write_text('import os\nSPEAKER_ALIASES = {"ann oduya": {"oduya"}}\n', encoding="utf-8")
    assert load_aliases(scorer) == {"ann oduya": frozenset({"oduya"})}
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError):
        load_aliases(broken)


def _reference():
    if not REFERENCE.is_file():
        pytest.skip("the shared evaluation scorer is not on this machine")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHARED_KEYS = ("gold", "pred", "span_partial", "span_exact", "attribution",
               "speaker_acc_on_matched", "type_acc_on_matched", "hedge_recall")


@pytest.mark.parametrize("rule", ["tokenf1:0.5", "coverage:0.3", "tokenf1:0.9", "coverage:0.8"])
def test_figures_agree_with_the_reference_scorer(synthetic, rule):
    ref = _reference()
    kind, _, t = rule.partition(":")
    expected = ref.score(synthetic["gold"], synthetic["preds"], (kind, float(t)))
    ours = run_ours(synthetic, rule, load_aliases(REFERENCE)).to_dict()
    assert {k: ours[k] for k in SHARED_KEYS} == {k: expected[k] for k in SHARED_KEYS}
    assert len(ours["misses"]) == len(expected["misses"])
    ref_fps = [text for _, text in expected["false_positives"]]
    assert [f["text"] for f in ours["false_positives"]] == ref_fps
    assert len(ours["wrong_speaker"]) == len(expected["wrong_speaker"])
