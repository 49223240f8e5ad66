"""One way in for every command: several files, or a pipe without an explicit ``-``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.errors import ExitStatus
from quotes.records import Attribution, Cue, Speaker, TextSpan

ARTICLE = "“We will not close the harbour,” Ingrid Solberg told reporters.\n"


def good_record(doc_id: str) -> dict:
    q = "The ferry is late again,"
    return Attribution(doc_id=doc_id, type="direct", quote=TextSpan(q, 1, 1 + len(q)),
                       cue=Cue("said", 27, 31, lemma="say"),
                       speaker=Speaker("Bruno Ferraz", "person", "explicit")).to_dict()


def write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_validate_takes_several_files_and_names_the_one_that_fails(tmp_path):
    a = write(tmp_path / "part-1.jsonl", [good_record("a"), good_record("b")])
    broken = good_record("c")
    broken["type"] = "rumour"
    b = write(tmp_path / "part-2.jsonl", [good_record("d"), broken])
    ok = invoke("validate", a, a)
    assert ok.exit_code == ExitStatus.OK, ok.stderr
    assert "4 records in 2 files, 0 problems" in ok.stderr
    bad = invoke("validate", a, b)
    assert bad.exit_code == ExitStatus.INVALID
    assert f"{b}: record 2: type" in bad.stderr


def test_validate_with_one_unreadable_file_among_good_ones_exits_1(tmp_path):
    a = write(tmp_path / "part-1.jsonl", [good_record("a")])
    result = invoke("validate", a, str(tmp_path / "missing.jsonl"))
    assert result.exit_code == ExitStatus.SOME_FAILED
    assert "missing.jsonl" in result.stderr


def test_validate_reads_a_pipe_without_a_dash():
    result = invoke("validate", input=json.dumps(good_record("a")) + "\n")
    assert result.exit_code == ExitStatus.OK, result.stderr


def test_extract_reads_a_pipe_without_a_dash(nlp):
    result = invoke("extract", input=ARTICLE)
    assert result.exit_code == ExitStatus.OK, result.stderr
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["speaker"]["name"] == "Ingrid Solberg"


@pytest.mark.parametrize("command", ["extract", "validate", "speakers", "claims"])
def test_no_inputs_at_a_terminal_is_a_usage_error(command, monkeypatch):
    from quotes.cli import stdin

    monkeypatch.setattr(stdin, "_isatty", lambda stream: True)  # as if typed at a terminal
    result = CliRunner().invoke(main, [command])
    assert result.exit_code == ExitStatus.USAGE
    assert "Missing argument" in result.stderr and "pipe" in result.stderr
