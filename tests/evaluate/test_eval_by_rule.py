"""Errors and precision per detector rule: a rule that costs precision is visible."""

from __future__ import annotations

import json

from click.testing import CliRunner

from quotes.cli import main
from quotes.evaluate import GoldItem, predictions_from_records, score
from quotes.evaluate.report import error_lines, summary_lines

TEXTS = {
    "a.txt": "Mayor Ann Oduya said the bridge over the river would reopen in May. Critics "
             "claimed the budget was padded from the start. The council, it seems, may vote.",
    "b.txt": "Officials at the port said the cranes were idle.",
    "c.txt": "Aid groups said the same",
    "d.txt": "Nobody here is quoted, but a tool may think so.",
}


def _span(doc: str, text: str) -> dict:
    start = TEXTS[doc].index(text)
    return {"text": text, "start": start, "end": start + len(text)}


def gold_item(doc: str, text: str, speaker: str) -> dict:
    return {"doc": doc, "type": "indirect", **_span(doc, text), "speaker": speaker}


def pred(doc: str, text: str, speaker: str | None, **extra) -> dict:
    return {"doc_id": doc, "type": "indirect", "quote": _span(doc, text),
            "speaker": speaker, **extra}

# Two rules: "reported-ccomp" finds both gold items and one wrong record; "floating" finds
# only wrong records. A record without a rule is counted under "(no rule)".
GOLD = [
    gold_item("a.txt", "the bridge over the river would reopen in May", "Ann Oduya"),
    gold_item("b.txt", "the cranes were idle", "Officials at the port"),
]
PREDS = [
    pred("a.txt", "the bridge over the river would reopen in May", "Ann Oduya",
         rule="reported-ccomp"),
    pred("b.txt", "the cranes were idle", "Officials at the port", rule="reported-ccomp"),
    pred("a.txt", "the budget was padded from the start", "Critics", rule="reported-ccomp"),
    pred("a.txt", "it seems", None, rule="floating"),
    pred("d.txt", "a tool may think so", None, rule="floating"),
    pred("c.txt", "Aid groups said the same", None),
]


def _result():
    gold = [GoldItem.from_dict(g) for g in GOLD]
    return score(gold, predictions_from_records(PREDS))


def test_precision_of_each_rule_costliest_first():
    rules = [(r.rule, r.tp, r.pred) for r in _result().rules]
    assert rules == [("floating", 0, 2), ("(no rule)", 0, 1), ("reported-ccomp", 2, 3)]


def test_false_positives_are_grouped_by_rule():
    lines = list(error_lines(_result(), ["false-positives"]))
    headers = [line for line in lines if line.startswith("== rule")]
    assert headers[0] == "== rule floating: 2 false positives of 2 records (P 0.000)"
    start = lines.index(headers[0])
    block = lines[start + 1 : start + 3]
    assert all(line.startswith("false positive") for line in block)
    assert "it seems" in " ".join(block) and "d.txt" in " ".join(block)
    assert any("reported-ccomp: 1 false positives of 3 records (P 0.667)" in h for h in headers)


def test_summary_names_the_costliest_rules():
    line = summary_lines(_result())[-1]
    assert line.startswith("most false positives: floating 2 (P 0.000)")
    assert "(no rule)" not in line


def test_cli_shows_the_rule_table_and_json(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in PREDS), encoding="utf-8")
    base = ["eval", "--gold", str(gold_path), "--pred", str(pred_path), "--no-aliases"]
    res = CliRunner().invoke(main, [*base, "--show", "rules"])
    assert res.exit_code == 0, res.output
    row = next(line for line in res.output.splitlines() if line.strip().startswith("floating"))
    assert row.split()[1:5] == ["0.000", "0", "2", "2"]
    data = json.loads(CliRunner().invoke(main, [*base, "--json"]).stdout)
    assert data["rules"]["reported-ccomp"] == {"tp": 2, "pred": 3, "precision": 0.667}
