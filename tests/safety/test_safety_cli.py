"""What the commands print about hostile inputs: inert on a terminal, exact in JSON."""

from __future__ import annotations

import json
import re
import socket

import pytest
from click.testing import CliRunner
from safety_texts import normal_article

from quotes.cli import main

RAW = ["\x1b", "\x07", "\r", "\u202e", "\x9b"]
HOSTILE_TEXT = (
    "Mayor Ana Ruiz said the bridge \x1b[31mwould\x1b[0m reopen [bold red]in May[/] "
    "\u202edaolnwod\u202c.\n"
    '"The cables \x1b]0;pwned\x07are [link=https://evil.example]fine[/link]," '
    "the engineer said.\rFORGED\n"
) + normal_article(1_000)  # the reader refuses text with over 1% control characters


def no_raw(text: str) -> bool:
    return not any(ch in re.sub(r"\x1b\[[0-9;]*m", "", text) for ch in RAW)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path, nlp):  # nlp: the model is loaded once for the session
    """A JSON Lines batch (a text file this full of controls is refused as binary)."""
    path = tmp_path / "batch.jsonl"
    doc = {"id": "../\x1b]0;id\x07\u202e", "text": HOSTILE_TEXT, "title": "[b]T[/b]\x1b[2J"}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_table_shows_hostile_article_inert(runner, article):
    result = runner.invoke(main, ["extract", "--format", "table", str(article)],
                           env={"COLUMNS": "300"})  # wide enough not to wrap the quote
    assert result.exit_code == 0, result.output
    assert "Ruiz" in result.stdout and no_raw(result.stdout)
    assert "[link=https://evil.example]fine[/link]" in result.stdout  # literal, not a link
    assert "\\x1b]0;pwned\\x07" in result.stdout  # shown escaped


def test_json_keeps_hostile_text_exactly(runner, article):
    result = runner.invoke(main, ["extract", "--format", "jsonl", str(article)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for rec in records:
        q = rec["quote"]
        assert HOSTILE_TEXT[q["start"] : q["end"]] == q["text"]
    assert any("\x1b]0;pwned\x07" in r["quote"]["text"] for r in records)
    assert "\x1b" not in result.stdout  # JSON escapes it: \u001b


def test_messages_about_hostile_file_names_stay_one_inert_line(runner, tmp_path, nlp):
    name = "evil\x1b]0;pwned\x07\u202e\nquotes extract: all fine.txt"
    bad = tmp_path / name
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    good = tmp_path / "ok.txt"
    good.write_text("The council said the pier would close.\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", "--format", "jsonl", str(bad), str(good)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("quotes extract: ")
    assert "\\nquotes extract: all fine" in lines[0] and no_raw(result.stderr)


def test_validate_messages_quote_hostile_values_inert(runner, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"type": "x\x1b]0;t\x07\nrecord 2: fine", "quote": "\u202e"}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["validate", str(records)])
    assert result.exit_code == 4
    assert no_raw(result.stderr)
    assert all(line.startswith(("record 1:", "1 records")) for line in result.stderr.splitlines())


def test_reading_html_fetches_nothing_and_runs_nothing(runner, tmp_path, monkeypatch, nlp):
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Harbour</title>"
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
        '<script src="http://127.0.0.1:9/x.js"></script>'
        "<script>document.title = 'ran'; fetch('http://127.0.0.1:9/beacon')</script>"
        '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">'
        "</head><body><article><h1>Harbour pier to close</h1>"
        '<img src="http://127.0.0.1:9/pixel.gif"><iframe src="http://127.0.0.1:9/"></iframe>'
        "<p>The harbour council voted on Tuesday to close the old ferry pier for repairs, "
        "a decision that drew criticism from the traders on the quay this week.</p>"
        "<p>“We were told nothing until the notice went up,” said Mara Lindqvist, who "
        "runs a bakery on the quay.</p></article></body></html>",
        encoding="utf-8",
    )
    attempts: list[object] = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    result = runner.invoke(main, ["extract", "--format", "jsonl", str(page)])
    assert result.exit_code == 0, result.stderr
    assert attempts == []
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert any("Lindqvist" in (r["speaker"] or {}).get("name", "") for r in records)
    assert all("ran" not in json.dumps(r) for r in records)
