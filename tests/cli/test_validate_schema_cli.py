"""``quotes schema`` and ``quotes validate``: the record contract from the command line."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.errors import ExitStatus
from quotes.records import Attribution, Cue, Speaker, TextSpan

TEXT = '"The ferry is late again," said Bruno Ferraz.'


def good_record(doc_id: str = "ferry") -> dict:
    q = "The ferry is late again,"
    return Attribution(
        doc_id=doc_id,
        type="direct",
        quote=TextSpan(q, 1, 1 + len(q)),
        cue=Cue("said", 27, 31, lemma="say"),
        speaker=Speaker("Bruno Ferraz", "person", "explicit", TextSpan("Bruno Ferraz", 32, 44)),
    ).to_dict()


@pytest.fixture
def cli():
    return CliRunner()


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_good_record_offsets_match_the_text():
    rec = good_record()
    assert TEXT[rec["quote"]["start"] : rec["quote"]["end"]] == rec["quote"]["text"]
    assert TEXT[rec["cue"]["start"] : rec["cue"]["end"]] == "said"


def test_schema_prints_valid_json_schema(cli):
    result = cli.invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema).validate(good_record())
    assert "quote" in schema["required"]


def test_schema_output_is_the_bundled_file(cli):
    from quotes.records import load_schema

    assert json.loads(cli.invoke(main, ["schema"]).stdout) == load_schema()


def test_validate_good_jsonl_exits_0(cli, tmp_path):
    path = write_jsonl(tmp_path / "ok.jsonl", [good_record("a"), good_record("b")])
    result = cli.invoke(main, ["validate", path])
    assert result.exit_code == ExitStatus.OK, result.stderr
    assert "2 records, 0 problems" in result.stderr
    assert result.stdout == ""


def test_validate_good_json_array_exits_0(cli, tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps([good_record(), good_record("b")]), encoding="utf-8")
    result = cli.invoke(main, ["validate", str(path)])
    assert result.exit_code == ExitStatus.OK, result.stderr


def test_validate_reads_stdin(cli):
    data = json.dumps(good_record()) + "\n"
    result = cli.invoke(main, ["validate", "-"], input=data)
    assert result.exit_code == ExitStatus.OK, result.stderr


BAD = [
    ("type", lambda d: d.update(type="rumour"), "type"),
    ("speaker kind", lambda d: d["speaker"].update(kind="alien"), "speaker"),
    ("negative start", lambda d: d["quote"].update(start=-3), "quote/start"),
    ("text and offsets disagree", lambda d: d["quote"].update(end=2), "quote/text"),
    ("missing doc_id", lambda d: d.pop("doc_id"), "(record)"),
]


@pytest.mark.parametrize("label, breaker, field", BAD, ids=[b[0] for b in BAD])
def test_validate_bad_record_exits_4_naming_record_and_field(cli, tmp_path, label, breaker, field):
    bad = copy.deepcopy(good_record("c"))
    breaker(bad)
    path = write_jsonl(tmp_path / "bad.jsonl", [good_record("a"), good_record("b"), bad])
    result = cli.invoke(main, ["validate", path])
    assert result.exit_code == ExitStatus.INVALID
    problem_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("record ")]
    assert problem_lines, result.stderr
    assert all(ln.startswith("record 3: ") for ln in problem_lines), problem_lines
    assert any(f"record 3: {field}" in ln for ln in problem_lines), problem_lines
    assert "Traceback" not in result.stderr


def test_validate_quiet_prints_nothing(cli, tmp_path):
    bad = good_record()
    bad["type"] = "rumour"
    path = write_jsonl(tmp_path / "bad.jsonl", [bad])
    result = cli.invoke(main, ["validate", "--quiet", path])
    assert result.exit_code == ExitStatus.INVALID
    assert result.stderr == "" and result.stdout == ""


@pytest.mark.parametrize(
    "content, where",
    [
        ('{"id": 1}\n{not json\n', "line 2"),
        ("[1, 2", "not valid JSON"),
        ('{"a": 1}\n[1, 2]\n', "line 2"),
        ("[1, 2]", "item 1"),
    ],
)
def test_validate_malformed_file_one_clear_line(cli, tmp_path, content, where):
    path = tmp_path / "broken.jsonl"
    path.write_text(content, encoding="utf-8")
    result = cli.invoke(main, ["validate", str(path)])
    assert result.exit_code == ExitStatus.INVALID
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quotes validate: ")
    assert str(path) in lines[0] and where in lines[0]
    assert "Traceback" not in result.stderr


def test_validate_missing_file_exits_3(cli, tmp_path):
    result = cli.invoke(main, ["validate", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == ExitStatus.NO_INPUT
    assert len(result.stderr.splitlines()) == 1


def test_validate_non_utf8_file_is_a_clear_error(cli, tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"doc_id": "caf\xe9"}\n')
    result = cli.invoke(main, ["validate", str(path)])
    assert result.exit_code in (ExitStatus.INVALID, ExitStatus.NO_INPUT)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_extract_output_validates(cli, tmp_path):
    """Records written by `quotes extract` pass `quotes validate` (one real model run)."""
    article = tmp_path / "ferry.txt"
    article.write_text(TEXT + "\nAstrid Nyberg said the harbour was closed.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    extracted = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(article), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert extracted.returncode == 0, extracted.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    result = cli.invoke(main, ["validate", str(out)])
    assert result.exit_code == ExitStatus.OK, result.stderr


@pytest.mark.parametrize("content", ["", "\n\n", "[]\n"])
def test_validate_file_without_records_says_so_and_exits_3(cli, tmp_path, content):
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    result = cli.invoke(main, ["validate", str(path)])
    assert result.exit_code == ExitStatus.NO_INPUT
    assert result.stderr.strip() == f"quotes validate: {path}: no records"
    assert cli.invoke(main, ["validate", "-q", str(path)]).stderr == ""


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_validate_refuses_fifos_and_devices_unread(cli, tmp_path, kind):
    import os
    import signal

    path = "/dev/zero" if kind == "device" else str(tmp_path / "records.jsonl")
    if kind == "fifo":
        os.mkfifo(path)
    signal.alarm(30)  # a FIFO used to block forever, /dev/zero to be read forever
    try:
        result = cli.invoke(main, ["validate", path])
    finally:
        signal.alarm(0)
    assert result.exit_code == ExitStatus.NO_INPUT
    assert "not a regular file" in result.stderr
