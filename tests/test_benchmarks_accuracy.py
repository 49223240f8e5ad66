"""benchmarks/accuracy.py writes rows in the shape of the README's accuracy table, so the
command the README gives for reproducing the table keeps matching it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_have_the_readme_tables_columns():
    script = load_script()
    fig = {"span_partial": [0.9, 0.8, 0.85], "attribution": [0.7, 0.6, 0.65],
           "speaker_acc_on_matched": 0.95}
    readme_row, docs_row = script.rows("ggt-dev", fig)
    table = (ROOT / "README.md").read_text(encoding="utf-8")
    header = next(line for line in table.splitlines() if line.startswith("| set | span P"))
    assert readme_row.count("|") == header.count("|")
    assert readme_row == "| ggt-dev | 0.900 | **0.850** | 0.650 | 0.950 |"
    assert "0.900 / 0.800 / **0.850**" in docs_row


def test_ggt_sets_use_coverage_and_the_others_token_f1():
    script = load_script()
    assert script.match_rule("ggt-train") == "coverage:0.3"
    assert script.match_rule("polnear-dev") == "tokenf1:0.5"
