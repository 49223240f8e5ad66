"""``quotes speakers`` end to end: articles or record files in, speakers out, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quotes.cli import main
from quotes.errors import ExitStatus
from quotes.records import Attribution, Speaker, TextSpan
from quotes.speakers.registry import SpeakerRegistry

ARTICLE = (
    "The ferry between Port Elling and Norhavn will run all winter, Mayor Ingrid Solberg "
    "said on Monday.\n"
    "“We will not leave the islands without a crossing,” Solberg told reporters.\n"
    "She added that the council would pay for a second crew.\n"
    "“It is a good day for the islands,” said Lars Berg, who runs the harbour café.\n"
    "Berg said the café would stay open late on crossing days.\n"
)


def record(doc: str, name: str | None, mention: str, resolution: str = "explicit",
           kind: str = "person", at: int = 0) -> dict:
    speaker = Speaker(name=name, kind=kind, resolution=resolution,  # type: ignore[arg-type]
                      mention=TextSpan(mention, at, at + len(mention)))
    return Attribution(doc_id=doc, type="direct", quote=TextSpan("q", at + 50, at + 51),
                       speaker=speaker).to_dict()


RECORDS = [
    record("a.txt", "Anna Lindqvist", "Anna Lindqvist"),
    record("a.txt", "Anna Lindqvist", "Lindqvist", "alias", at=10),
    record("a.txt", "Anna Lindqvist", "she", "pronoun", at=20),
    record("b.txt", "Anna Lindkvist", "Minister Anna Lindkvist"),
    record("b.txt", "Harbour Board", "The Harbour Board", kind="organization", at=10),
    record("b.txt", None, "they", "unresolved", kind="group", at=20),
]


def invoke(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["speakers", *args], input=input, catch_exceptions=False)


def rows_of(result: Result) -> dict[str | None, dict]:
    assert result.exit_code == 0, result.stderr
    return {row["name"]: row for row in json.loads(result.stdout)}


@pytest.fixture()
def records_file(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def article_run(nlp, tmp_path_factory) -> Result:  # nlp: model loaded once for the session
    path = tmp_path_factory.mktemp("article") / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return invoke(str(path), "--format", "json")


def test_article_speakers_with_variants_and_references(article_run: Result) -> None:
    rows = rows_of(article_run)
    mayor = rows["Ingrid Solberg"]
    assert set(mayor["variants"]) == {"Ingrid Solberg", "Solberg"}  # "She" is no variant
    assert mayor["references"] == 1
    assert mayor["titles"] == ["Mayor"]
    assert mayor["documents"] == ["ferry.txt"]
    assert mayor["records"] == 3 and mayor["kind"] == "person"
    assert set(rows["Lars Berg"]["variants"]) == {"Lars Berg", "Berg"}


def test_records_file_needs_no_model_and_merges_spellings(records_file: Path) -> None:
    rows = rows_of(invoke(str(records_file), "--format", "json"))
    assert list(rows) == ["Anna Lindqvist", "Harbour Board", None]  # unresolved last
    anna = rows["Anna Lindqvist"]
    assert anna["records"] == 4 and anna["documents"] == ["a.txt", "b.txt"]
    assert anna["variants"] == {"Anna Lindqvist": 1, "Lindqvist": 1, "Anna Lindkvist": 1}
    assert anna["references"] == 1
    assert rows[None]["records"] == 1


def test_json_array_of_records_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    from_file = rows_of(invoke(str(path), "--format", "json"))
    from_stdin = rows_of(invoke("-", "--format", "json",
                                input="".join(json.dumps(r) + "\n" for r in RECORDS)))
    assert from_file == from_stdin
    assert from_file["Anna Lindqvist"]["records"] == 4


def test_default_output_when_piped_is_json_lines_like_extract(records_file: Path) -> None:
    lines = invoke(str(records_file)).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) > 1 and all(isinstance(r, dict) and "name" in r for r in rows)
    as_array = json.loads(invoke(str(records_file), "--format", "json").stdout)
    assert rows == as_array


def test_records_piped_in_without_a_dash_are_read(records_file: Path) -> None:
    result = invoke("--format", "json", input=records_file.read_text("utf-8"))
    assert "Anna Lindqvist" in rows_of(result)


def test_registry_format_loads_as_a_registry(records_file: Path, tmp_path: Path) -> None:
    result = invoke(str(records_file), "--format", "registry")
    assert result.exit_code == 0, result.stderr
    path = tmp_path / "my-speakers.json"
    path.write_text(result.stdout, encoding="utf-8")
    registry = SpeakerRegistry.load(path)
    assert [e.name for e in registry.entries] == ["Anna Lindqvist", "Harbour Board"]
    anna = registry.lookup("Lindkvist", "person")
    assert anna is not None and set(anna.aliases) == {"Lindqvist", "Anna Lindkvist"}


def test_table_shows_speakers_and_escapes_terminal_controls(tmp_path: Path) -> None:
    hostile = [record("x.txt", "Eve \x1b[2J\x1b]0;pwned\x07Hacker", "Eve Hacker\u202e")]
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(hostile[0]) + "\n", encoding="utf-8")
    out = invoke(str(path), "--format", "table").stdout
    assert "Hacker" in out and "Speakers" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b" in out


def test_missing_input_alongside_a_good_one_exits_1(records_file: Path) -> None:
    result = invoke(str(records_file), "no-such-file.txt", "--format", "json")
    assert result.exit_code == ExitStatus.SOME_FAILED
    assert result.stderr.startswith("quotes speakers: no-such-file.txt: no such file")
    assert "Anna Lindqvist" in {row["name"] for row in json.loads(result.stdout)}


def test_nothing_readable_exits_3_with_no_output(tmp_path: Path) -> None:
    registry = tmp_path / "speakers.json"  # a registry passed as input by mistake
    registry.write_text(json.dumps([{"name": "Anna Lindqvist"}]), encoding="utf-8")
    result = invoke(str(registry), "--format", "json")
    assert result.exit_code == ExitStatus.NO_INPUT
    assert "not a record file" in result.stderr and result.stdout == ""


def test_cut_off_record_file_says_which_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n" + json.dumps(RECORDS[1])[:40] + "\n",
                    encoding="utf-8")
    result = invoke(str(path), "--format", "json")
    assert result.exit_code == ExitStatus.NO_INPUT
    assert "cut.jsonl: line 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_model_exits_5(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(path), "--model", "no_such_pipeline_xyz", "--format", "json")
    assert result.exit_code == ExitStatus.MODEL
    assert result.stderr.startswith("quotes speakers:") and result.stdout == ""


def test_unknown_format_is_a_usage_error(records_file: Path) -> None:
    assert invoke(str(records_file), "--format", "csv").exit_code == ExitStatus.USAGE


def test_table_lists_names_that_are_not_forms_of_the_speakers_apart(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    rows = [record("a.txt", "Anna Lindqvist", "Anna Lindqvist"),
            record("a.txt", "Anna Lindqvist", "Per Dahl", "alias", at=9)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = CliRunner().invoke(main, ["speakers", str(path), "--format", "table"],
                             env={"COLUMNS": "120"}).stdout
    assert "also: Per Dahl" in out and "Anna Lindqvist" in out


def test_non_utf8_json_is_one_line_and_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(RECORDS).replace("Anna", "Ånna").encode("latin-1"))
    result = invoke(str(path), "--format", "json")
    assert result.exit_code == ExitStatus.NO_INPUT
    assert result.stderr.count("\n") == 1 and "not UTF-8" in result.stderr
