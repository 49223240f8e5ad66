"""The gold export measures what the original gold measures (slow; needs the shared eval sets).

A simulated reviewer decides every record of a set by its gold (accept, correct speaker,
type or span, reject what the gold lacks, leave optional items open, add what the machine
missed); ``quotes export --format gold`` must then score the machine's records exactly as
the original gold does. Texts are read from the eval folder, never copied.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

EVAL = Path(os.environ.get("QUOTES_EVAL_DIR", "/work/shared/eval"))

pytestmark = pytest.mark.slow


def review_by_gold(store, doc_ids, gold_path: Path) -> list[dict]:
    """Decide every record as the gold says; returns the machine's records."""
    from quotes.evaluate import MatchRule, find_aliases, load_aliases, load_gold
    from quotes.evaluate.items import prediction_from_record
    from quotes.evaluate.scoring import pair_greedily
    from quotes.evaluate.speakers import speaker_ok
    from quotes.review.edit import added_record

    gold = load_gold(gold_path)
    found = find_aliases(gold_path)
    aliases = load_aliases(found) if found else None
    machine: list[dict] = []
    for doc in doc_ids:
        recs = store.records(doc)
        machine += recs
        golds = [g for g in gold if g.doc == doc]
        preds = [prediction_from_record(r) for r in recs]
        match = pair_greedily(golds, preds, MatchRule())
        of_pred = {pi: gi for gi, pi in match.items()}
        text = store.document(doc).text
        for pi, rec in enumerate(recs):
            if pi not in of_pred:
                store.reject(doc, rec["id"], "sim")
                continue
            g = golds[of_pred[pi]]
            if not g.required:
                continue
            fix: dict = {}
            if not speaker_ok(preds[pi].speaker, g.speaker, aliases):
                fix["speaker"] = {"name": g.speaker}
            if (rec["quote"]["start"], rec["quote"]["end"]) != (g.start, g.end):
                fix["quote"] = {"text": text[g.start:g.end], "start": g.start, "end": g.end}
            if g.type and rec["type"] != g.type:
                fix["type"] = g.type
            if fix:
                store.correct(doc, rec["id"], "sim", **fix)
            else:
                store.accept(doc, rec["id"], "sim")
        for gi, g in enumerate(golds):
            if g.required and gi not in match:
                store.add_record(doc, added_record(doc, text, (g.start, g.end), g.speaker,
                                                   g.type or "direct", {"id": doc}), "sim")
    return machine


@pytest.mark.parametrize("name", ["seeds", "ggt-dev"])
def test_exported_gold_scores_like_the_original(name, tmp_path, nlp):
    folder = EVAL / name
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"no eval set at {folder}")
    from quotes.review.session import prepare
    from quotes.review.store import ReviewStore

    with ReviewStore(tmp_path / "s.sqlite") as store:
        files = sorted(str(p) for p in (folder / "texts").glob("*.txt"))
        doc_ids, errors = prepare(store, files, nlp_factory=lambda: nlp)
        assert not errors
        machine = review_by_gold(store, doc_ids, folder / "gold.jsonl")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in machine))
    gold = tmp_path / "gold.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["export", "--store", str(tmp_path / "s.sqlite"),
                                "--format", "gold", "-o", str(gold)]).exit_code == 0

    def figures(gold_file: Path) -> dict:
        result = runner.invoke(main, ["eval", "--gold", str(gold_file), "--pred", str(pred),
                                      "--json", "--no-aliases"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    original, exported = figures(folder / "gold.jsonl"), figures(gold)
    for key in ("gold", "pred", "span_partial", "span_exact"):
        assert exported[key] == original[key], key
