"""A small gold / prediction pair written for these tests, exercising every scoring rule.

Expected figures (counted by hand, see the comments): 7 required gold items, 10 counted
predictions, 7 matched spans, 6 exact, 5 right speakers with the alias table (4 without).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DOC_A = (
    "Mayor Ann Oduya said the bridge over the river would reopen in May. "
    '"We are not there yet," she added. '
    "Critics claimed the budget was padded from the start. "
    "The council, it seems, may also vote on Friday."
)
DOC_B = (
    "Officials at the port told reporters that the cranes were idle. "
    "A spokesman said repairs were under way. Prices rose, observers noted."
)
DOC_C = "The United Nations warned that food stocks would run out. Aid groups said the same."
DOC_D = "Nobody here is quoted, but a tool may think so."
TEXTS = {"a.txt": DOC_A, "b.txt": DOC_B, "c.txt": DOC_C, "d.txt": DOC_D}


def span(doc: str, text: str, nth: int = 0) -> dict:
    body = TEXTS[doc]
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text)}


def gold_item(doc: str, text: str, speaker: str | None, type_: str = "indirect", **extra) -> dict:
    return {"doc": doc, "type": type_, **span(doc, text), "speaker": speaker, "cue": "said",
            "hedges": [], "relayed_by": None, "required": True, **extra}


def mention(doc: str, text: str) -> dict:
    s = span(doc, text)
    return {"mention_start": s["start"], "mention_end": s["end"], "mention": text}


def pred(doc: str, text: str, speaker, type_: str = "indirect", nth: int = 0, **extra) -> dict:
    return {"doc_id": doc, "type": type_, "quote": span(doc, text, nth), "speaker": speaker,
            "hedges": [], **extra}


def build_gold() -> list[dict]:
    return [
        gold_item("a.txt", "the bridge over the river would reopen in May", "Ann Oduya"),
        gold_item("a.txt", "We are not there yet,", "Ann Oduya", "direct"),
        gold_item("a.txt", "the budget was padded from the start", "critics",
                  hedges=["distancing"]),
        gold_item("a.txt", "may also vote on Friday", None, required=False),  # optional
        gold_item("b.txt", "the cranes were idle", "Officials at the port",
                  speaker_match="mention", **mention("b.txt", "Officials at the port")),
        gold_item("b.txt", "repairs were under way", "A spokesman",
                  speaker_match="mention", **mention("b.txt", "A spokesman")),
        gold_item("b.txt", "Prices rose", None, speaker_match="mention",
                  mention_start=None, mention_end=None),
        gold_item("c.txt", "food stocks would run out", "United Nations"),
    ]


def build_predictions() -> list[dict]:
    officials = span("b.txt", "Officials")
    reporters = span("b.txt", "reporters")
    return [
        # partial span (token F1 0.875, not exact), speaker contained in the gold name
        pred("a.txt", "the bridge over the river would reopen", "Oduya", hedges=["modal"]),
        # exact once the quote marks go; title ignored
        pred("a.txt", '"We are not there yet,"', {"name": "Mayor Ann Oduya"}, "direct"),
        # a repeat of the same quote and speaker: counted once
        pred("a.txt", '"We are not there yet,"', {"name": "mayor  ann oduya"}, "direct"),
        # exact span, wrong speaker, one of two hedge types right
        pred("a.txt", "the budget was padded from the start", {"name": "the council"},
             hedges=[{"type": "distancing"}, {"type": "speculative"}]),
        # finds the optional item: neither credit nor penalty
        pred("a.txt", "may also vote on Friday", None),
        # overlaps nothing: a false positive
        pred("a.txt", "it seems", None),
        # mention-speaker gold: the predicted mention overlaps the gold mention
        {"document": {"path": "/somewhere/b.txt"}, "type": "indirect",
         "quote": span("b.txt", "the cranes were idle"),
         "speaker": {"name": "Port officials", "mention": officials}},
        # mention elsewhere: wrong speaker, and wrong type
        pred("b.txt", "repairs were under way", {"name": "spokesman", "mention": reporters},
             "direct"),
        # gold with no mention: right when the prediction names nobody
        pred("b.txt", "Prices rose", {"name": None, "mention": None}),
        # two predictions of the same span tie; the later one wins, the other is a false positive
        pred("c.txt", "food stocks would run out", {"name": "Aid groups"}),
        pred("c.txt", "food stocks would run out", {"name": "U.N."}),
        # a document without gold: a false positive
        pred("d.txt", "a tool may think so", None),
        # unusable records are skipped
        {"doc_id": "a.txt", "type": "direct", "quote": {"text": "x"}},
        {"type": "direct", "quote": span("a.txt", "Critics")},
    ]


ALIASES = {"United Nations": ["U.N.", "UN"]}


@pytest.fixture()
def synthetic(tmp_path: Path) -> dict:
    """Gold, predictions, aliases and texts written to files, plus the raw lists."""
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, body in TEXTS.items():
        (texts / name).write_text(body, encoding="utf-8")
    gold, preds = build_gold(), build_predictions()
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    alias_path = tmp_path / "aliases.json"
    alias_path.write_text(json.dumps(ALIASES), encoding="utf-8")
    return {"gold": gold, "preds": preds, "gold_path": gold_path, "pred_path": pred_path,
            "alias_path": alias_path, "texts": texts}
