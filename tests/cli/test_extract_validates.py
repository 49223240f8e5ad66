"""``quotes extract`` checks every record against the schema before writing it.

A record that fails (here made to fail on purpose) is named on stderr and left out,
the valid ones are written, and the run exits 4 as the README documents.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.errors import ExitStatus
from quotes.records import attribution

ARTICLE = (
    "“We will not close the harbour while I am mayor,” Ingrid Solberg told reporters.\n"
    "“The ferry will run every hour,” said Lars Berg, the operator's director.\n"
)


@pytest.fixture
def one_broken_record(monkeypatch):
    """Records whose quote mentions the ferry come out with a confidence of 7 (max is 1)."""
    original = attribution.Attribution.to_dict

    def to_dict(self):
        rec = original(self)
        if "ferry" in rec["quote"]["text"]:
            rec["confidence"] = 7
        return rec

    monkeypatch.setattr(attribution.Attribution, "to_dict", to_dict)


def test_invalid_record_is_reported_not_written_and_exits_4(nlp, one_broken_record, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(article), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == ExitStatus.INVALID, result.stderr
    assert "fails the schema" in result.stderr and "confidence" in result.stderr
    written = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    quotes = [r["quote"]["text"] for r in written]
    assert any("harbour" in q for q in quotes), "the valid record was lost"
    assert not any("ferry" in q for q in quotes), "the invalid record was written"


def test_valid_run_exits_0(nlp, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
