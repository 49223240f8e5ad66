"""``quotes eval`` as a user runs it: figures, error lists, JSON, and clear failures."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, ["eval", *args])


def test_scores_a_prediction_file(synthetic):
    res = invoke("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]))
    assert res.exit_code == 0, res.output
    assert "spans, partial" in res.output
    row = next(line for line in res.output.splitlines() if "spans, partial" in line)
    assert row.split()[2:8] == ["0.700", "1.000", "0.824", "7", "10", "7"]
    assert "hedge recall: 1.000" in res.output


def test_json_and_alias_file_found_beside_the_gold(synthetic):
    res = invoke("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]),
                 "--json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["attribution"] == [0.5, 0.714, 0.588]  # 5 right speakers: U.N. is an alias
    plain = invoke("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]),
                   "--json", "--no-aliases")
    assert json.loads(plain.stdout)["counts"]["attribution"] == 4


def test_coverage_rule_option(synthetic):
    res = invoke("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]),
                 "--json", "--match", "coverage:0.3")
    assert json.loads(res.stdout)["match"] == "coverage:0.3"


def test_show_lists_the_errors(synthetic):
    res = invoke("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]),
                 "--show", "false-positives,wrong-speakers")
    lines = res.output.splitlines()
    fps = [line for line in lines if line.startswith("false positive")]
    assert len(fps) == 3 and "a.txt" in fps[0] and "it seems" in fps[0]
    assert any(line.startswith("wrong speaker") and "'critics'" in line for line in lines)
    assert not any(line.startswith("missed") for line in lines)


@pytest.mark.parametrize(
    "args",
    [
        [],  # neither TEXTS_DIR nor --pred
        ["--match", "overlap:0.5"],
        ["--show", "everything"],
    ],
)
def test_usage_errors_exit_2(synthetic, args):
    extra = [] if not args else ["--pred", str(synthetic["pred_path"])]
    res = invoke("--gold", str(synthetic["gold_path"]), *extra, *args)
    assert res.exit_code == 2


def test_malformed_gold_is_one_clear_line(synthetic, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a.txt", "text": "x", "start": 0, "end": 1}\n{not json\n',
                   encoding="utf-8")
    res = invoke("--gold", str(bad), "--pred", str(synthetic["pred_path"]))
    assert res.exit_code == 3
    assert res.stderr.strip().splitlines() == [
        f"quotes eval: {bad}: line 2: not JSON (Expecting property name enclosed in double quotes)"]


def test_texts_dir_without_any_gold_document(synthetic, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    res = invoke("--gold", str(synthetic["gold_path"]), str(empty))
    assert res.exit_code == 3
    assert "no file matches any of the 3 gold documents" in res.stderr


def test_extracts_then_scores_the_same_records(synthetic, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("quotes.pipeline.load_nlp", lambda *a, **k: nlp)
    gold = synthetic["gold_path"]
    with gold.open("a", encoding="utf-8") as f:
        for doc in ("e", "f.txt"):  # "e" names e.md by its stem; f.txt has no file
            f.write(json.dumps({"doc": doc, "type": "direct", "text": "gone", "start": 0,
                                "end": 4, "speaker": None}) + "\n")
    (synthetic["texts"] / "e.md").write_text('"Gone for good," she said.', encoding="utf-8")
    saved = tmp_path / "saved.jsonl"
    res = invoke("--gold", str(gold), str(synthetic["texts"]), "--save-pred", str(saved), "--json")
    assert res.exit_code == 0, res.output
    assert "1 gold documents have no file" in res.stderr
    records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert records and {r["doc_id"] for r in records} <= {"a.txt", "b.txt", "c.txt", "d.txt", "e"}
    assert "e" in {r["doc_id"] for r in records}
    direct = json.loads(res.stdout)
    again = invoke("--gold", str(gold), "--pred", str(saved), "--json")
    assert json.loads(again.stdout) == direct
    assert direct["gold"] == 9  # the missing document's item counts as missed
    assert any(m["doc"] == "f.txt" for m in direct["misses"])


def test_format_json_is_what_json_gives(synthetic):
    base = ("--gold", str(synthetic["gold_path"]), "--pred", str(synthetic["pred_path"]))
    as_format = invoke(*base, "--format", "json")
    assert as_format.exit_code == 0, as_format.output
    assert json.loads(as_format.stdout) == json.loads(invoke(*base, "--json").stdout)
    assert "spans, partial" in invoke(*base, "--format", "table").stdout
    assert invoke(*base, "--format", "yaml").exit_code == 2
