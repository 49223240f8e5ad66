"""``quotes extract`` end to end: inputs, records out, messages and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.errors import ExitStatus
from quotes.records.schema import record_problems

ARTICLE = (
    "The harbour will stay open all winter, the mayor of Port Élling said on Tuesday.\n"
    "“We will not close it while I am mayor,” Ingrid Solberg told reporters.\n"
)

SCRAPED = """\
Harbour Gazette
Harbour will stay open all winter, mayor says
Harbour will stay open all winter, mayor says
“We will not close the harbour while I am mayor,” Ingrid Solberg told reporters on Tuesday.
Advertisement
Fishermen's unions said the decision would protect four hundred jobs in the town.
Share this article
No comments yet...
Related Articles
Port Elling Daily
Ferry crossings could be cut by half, operator says
3 hours ago
• Port Elling Daily
Ferry crossings could be cut by half, operator says
“Crossings could be cut by half this winter,” the ferry operator's director, Lars Berg, said. \
Advertisement “We simply do not have the crews,” he added.
Ferry crossings could be cut by half, operator says
“Crossings could be cut by half this winter,” the ferry operator's director, Lars Berg, said. \
Advertisement “We simply do not have the crews,” he added.
Download the Gazette app today from your preferred app store.
"""
FURNITURE = ("Harbour Gazette", "Advertisement", "Share this", "No comments", "Related",
             "Port Elling Daily", "3 hours", "• Port", "Download")

SEED_002 = Path(__file__).resolve().parents[2] / "seeds" / "002_afca2f42aae88a77.txt"


@pytest.fixture(scope="module")
def runner(nlp) -> CliRunner:  # nlp: the model is loaded (and cached) once
    return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(main, ["extract", *args], input=input, catch_exceptions=False)


def records_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_text_file_to_jsonl_records_with_document_metadata(runner, tmp_path: Path) -> None:
    f = tmp_path / "harbour.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = run(runner, str(f))
    assert result.exit_code == 0, result.stderr
    recs = records_of(result.stdout)
    assert recs and all(record_problems(r) == [] for r in recs)
    quote = next(r for r in recs if r["type"] == "direct")
    assert quote["quote"]["text"].startswith("We will not close it")
    assert quote["speaker"]["name"] == "Ingrid Solberg"
    doc = quote["document"]
    assert (doc["id"], doc["path"], doc["encoding"], doc["text_from"]) == (
        "harbour.txt", str(f), "utf-8", "decode")


def test_offsets_point_into_the_text_as_decoded(runner, tmp_path: Path) -> None:
    f = tmp_path / "win.txt"
    f.write_bytes(ARTICLE.replace("\n", "\r\n").encode("cp1252"))
    recs = records_of(run(runner, str(f)).stdout)
    assert recs
    for r in recs:
        text = f.read_bytes().decode(r["document"]["encoding"])
        assert text[r["quote"]["start"]:r["quote"]["end"]] == r["quote"]["text"]


def test_scraped_page_gives_no_record_from_furniture_and_no_duplicate(runner, tmp_path) -> None:
    f = tmp_path / "scraped.txt"
    f.write_text(SCRAPED)
    recs = records_of(run(runner, str(f)).stdout)
    texts = [r["quote"]["text"] for r in recs]
    for expected in ("We will not close the harbour", "Crossings could be cut by half",
                     "We simply do not have the crews", "Harbour will stay open all winter"):
        assert sum(t.startswith(expected) for t in texts) == 1, (expected, texts)
    for r in recs:
        assert not _line_at(SCRAPED, r["quote"]["start"]).startswith(FURNITURE), r["quote"]
    # No record comes from the second printing of the headline or of the related story;
    # the second printing is listed in the record's positions instead.
    story = "“Crossings could be cut"
    repeats = [(_nth(SCRAPED, "Harbour will stay open", 2), SCRAPED.index("“We will not")),
               (_nth(SCRAPED, story, 2), len(SCRAPED))]
    for r in recs:
        assert not any(a <= r["quote"]["start"] < b for a, b in repeats), r
        for p in r["positions"]:
            assert SCRAPED[p["start"]:p["end"]] == r["quote"]["text"]
    crossings = next(r for r in recs if r["quote"]["text"].startswith("Crossings"))
    assert [p["start"] for p in crossings["positions"][1:]] == [_nth(SCRAPED, story, 2) + 1]


def _nth(text: str, snippet: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.index(snippet, pos + 1)
    return pos


def _line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)].strip()


def test_seed_002_boilerplate_and_repeated_story(runner) -> None:
    text = SEED_002.read_text(encoding="utf-8")
    recs = records_of(run(runner, str(SEED_002)).stdout)
    assert recs
    furniture = ("Advertisement", "logo", "Orange background", "Try Our AI", "Explore what",
                 "Comments", "No comments", "Related Articles", "South China Morning Post",
                 "time", "• South", "DOWNLOAD", "Get Started", "Ready to dive", "app-store")
    for r in recs:
        assert not _line_at(text, r["quote"]["start"]).startswith(furniture), r["quote"]
    # The related story is printed twice; each of its quotes gives one record.
    focus = [r for r in recs if r["quote"]["text"].startswith("Our focus in the United States")]
    dprk = [r for r in recs if r["quote"]["text"].startswith("The DPRK")]
    assert len(focus) == 1 and len(dprk) == 1
    keys = [(r["type"], r["quote"]["text"]) for r in recs]
    assert len(keys) == len(set(keys))


def test_folder_html_and_jsonl_together(runner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(
        "<html><head><title>Harbour stays open</title></head><body><article>"
        f"<p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]}</p>"
        "</article></body></html>")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": ARTICLE, "url": "https://wire.example/1"}) + "\n")
    result = run(runner, str(tmp_path))
    assert result.exit_code == 0, result.stderr
    ids = {r["doc_id"] for r in records_of(result.stdout)}
    assert ids == {"a.txt", "sub/b.html", "wire-1"}
    wire = next(r for r in records_of(result.stdout) if r["doc_id"] == "wire-1")
    assert wire["document"]["url"] == "https://wire.example/1"
    assert wire["document"]["line"] == 1


def test_stdin_jsonl_streams_records_out(runner) -> None:
    batch = "\n".join(json.dumps({"id": f"s{i}", "text": ARTICLE}) for i in range(3))
    result = run(runner, "-", input=batch)
    assert result.exit_code == 0
    assert [r["doc_id"] for r in records_of(result.stdout)][::2] == ["s0", "s1", "s2"]


def test_stdin_plain_text(runner) -> None:
    result = run(runner, "-", input=ARTICLE.encode("utf-16"))
    assert result.exit_code == 0
    assert {r["doc_id"] for r in records_of(result.stdout)} == {"stdin"}


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), "binary file"),
        (lambda d: _write(d / "noise.txt", bytes(range(128, 256)) * 4), "undecodable"),
        (lambda d: _mkdir(d / "nothing"), "folder has no readable files"),
    ],
    ids=["missing", "empty", "binary", "undecodable", "empty-folder"],
)
def test_bad_input_alone_exits_3_with_one_line(runner, tmp_path: Path, setup, message) -> None:
    bad = setup(tmp_path)
    result = run(runner, str(bad))
    assert result.exit_code == ExitStatus.NO_INPUT == 3
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"quotes extract: {bad}") and message in line
    assert "Traceback" not in result.stderr


def test_one_bad_document_in_a_batch_exits_1_and_the_rest_is_extracted(runner, tmp_path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "ok-1", "text": ARTICLE}),
        '{"id": "bad", "text": ',
        json.dumps({"id": "ok-2", "text": ARTICLE}),
    ]) + "\n")
    result = run(runner, str(batch))
    assert result.exit_code == ExitStatus.SOME_FAILED == 1
    assert {r["doc_id"] for r in records_of(result.stdout)} == {"ok-1", "ok-2"}
    [line] = result.stderr.splitlines()
    assert line.startswith(f"quotes extract: {batch}:2: not valid JSON")


def test_max_chars_skips_and_reports(runner, tmp_path: Path) -> None:
    long, short = tmp_path / "long.txt", tmp_path / "short.txt"
    long.write_text(ARTICLE * 3)
    short.write_text(ARTICLE)
    result = run(runner, str(long), str(short), "--max-chars", str(len(ARTICLE) * 2))
    assert result.exit_code == 1
    assert "over --max-chars" in result.stderr and "skipped" in result.stderr
    assert {r["doc_id"] for r in records_of(result.stdout)} == {"short.txt"}


def test_output_file_is_written_and_stdout_stays_empty(runner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = tmp_path / "records.jsonl"
    result = run(runner, str(f), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert records_of(out.read_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "records.jsonl"]


def test_interrupted_run_leaves_the_old_output_in_place(runner, tmp_path, monkeypatch) -> None:
    import quotes.cli.extract as cmd

    def dying_records(documents, report, **kw):
        yield {"half": "a record"}
        raise KeyboardInterrupt

    monkeypatch.setattr(cmd, "extract_records", dying_records)
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = tmp_path / "records.jsonl"
    out.write_text('{"previous": "run"}\n')
    result = run(runner, str(f), "-o", str(out))
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert out.read_text() == '{"previous": "run"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "records.jsonl"]
    assert "left as it was" in result.stderr


def test_output_in_a_missing_folder_is_a_usage_error(runner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    result = run(runner, str(f), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert result.exit_code == ExitStatus.USAGE


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner, tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(ARTICLE)
    result = run(runner, str(tmp_path))
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_bar_draws_on_a_terminal_stderr_only() -> None:
    from quotes.cli.extract import RunReport, progress_bar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    err, report = Tty(), RunReport()
    with progress_bar(report, total=3, stream=err):
        for _ in range(3):
            report.done()
    assert "extracting" in err.getvalue() and "3/3" in err.getvalue()
    silent = io.StringIO()
    with progress_bar(RunReport(), total=3, stream=silent):
        pass
    assert silent.getvalue() == ""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def test_a_quote_repeated_in_the_article_is_one_record_with_all_positions(runner) -> None:
    text = (
        "“We will not back down,” Ingrid Solberg said on Monday in Port Elling.\n"
        "The council met again on Wednesday to discuss the budget for next year.\n"
        "On Friday she spoke at a rally. “We will not back down,” Ingrid Solberg told the crowd.\n"
    )
    recs = [r for r in records_of(run(runner, "-", input=text).stdout)
            if r["quote"]["text"].startswith("We will not back down")]
    assert len(recs) == 1
    first, second = text.index("We will"), text.rindex("We will")
    assert [p["start"] for p in recs[0]["positions"]] == [first, second]


def test_cli_default_size_limit_matches_the_reader() -> None:
    from quotes.cli.extract import DEFAULT_MAX_CHARS
    from quotes.read.sources import DEFAULT_MAX_CHARS as READER_DEFAULT

    assert DEFAULT_MAX_CHARS == READER_DEFAULT


def test_offsets_index_the_file_as_read_even_with_mojibake(runner, tmp_path: Path) -> None:
    # A scraped file where one accent went through Windows-1252 twice ("Ã©" for "é"):
    # by default the text is left as read, so offsets slice the very file a pipeline has.
    text = ARTICLE.replace("Élling", "Ã‰lling") + "“It is over,” Lars Berg said.\n"
    path = tmp_path / "moji.txt"
    path.write_bytes(text.encode("utf-8"))
    recs = records_of(run(runner, str(path), "--format", "jsonl").stdout)
    assert recs and all(r["document"]["text_from"] == "decode" for r in recs)
    for rec in recs:
        q = rec["quote"]
        assert text[q["start"]:q["end"]] == q["text"]

    repaired = records_of(run(runner, str(path), "--format", "jsonl", "--repair-mojibake").stdout)
    assert {r["document"]["text_from"] for r in repaired} == {"decode+ftfy"}
    fixed = text.replace("Ã‰lling", "Élling")
    for rec in repaired:
        q = rec["quote"]
        assert fixed[q["start"]:q["end"]] == q["text"]
