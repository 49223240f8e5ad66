"""`quotes export -o`: clear refusals, atomic files, CSV a spreadsheet reads, schema checks."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_sample import DOC_ID, sample_records

from quotes.cli import main
from quotes.errors import ExitStatus


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def records() -> list[dict]:
    """The sample, as a scraper hands it over: a URL without scheme, a printed date."""
    recs = sample_records()
    for rec in recs:
        rec["document"].update(url="news.example/harbour", published="March 3, 2025")
    return recs


@pytest.fixture
def decided(store, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    store.accept(DOC_ID, records[1]["id"], "alice")
    store.reject(DOC_ID, records[2]["id"], "alice")
    return store


def test_output_in_a_missing_folder_is_a_usage_error_not_a_traceback(decided, store_path,
                                                                     tmp_path):
    result = invoke("export", "--store", str(store_path), "--format", "csv",
                    "-o", str(tmp_path / "missing" / "x.csv"))
    assert result.exit_code == ExitStatus.USAGE
    assert "does not exist" in result.stderr and "Traceback" not in result.output


def test_output_naming_the_store_is_refused_and_the_store_survives(decided, store_path):
    before = store_path.read_bytes()
    result = invoke("export", "--store", str(store_path), "-o", str(store_path))
    assert result.exit_code == ExitStatus.USAGE
    assert "review store" in result.stderr
    assert store_path.read_bytes() == before


def test_output_is_written_through_a_symlink_and_to_a_device(decided, store_path, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert invoke("export", "--store", str(store_path), "-o", str(link)).exit_code == 0
    assert link.is_symlink(), "the link was replaced by a file"
    assert len(real.read_text("utf-8").splitlines()) == 3
    assert invoke("export", "--store", str(store_path), "-o", os.devnull).exit_code == 0


def test_a_failed_write_leaves_the_old_file_and_no_part(decided, store_path, tmp_path,
                                                        monkeypatch):
    from quotes.export import spreadsheet

    out = tmp_path / "review.csv"
    out.write_text("old,file\n", encoding="utf-8")

    def broken(records, out, **kw):
        out.write("half,a,row")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(__import__("quotes.export", fromlist=["FORMATS"]).FORMATS, "csv", broken)
    result = invoke("export", "--store", str(store_path), "--format", "csv", "-o", str(out))
    assert result.exit_code == ExitStatus.SOME_FAILED
    assert "No space left" in result.stderr
    assert out.read_text("utf-8") == "old,file\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert spreadsheet.write_csv  # the real writer is untouched


def test_csv_rows_end_in_crlf_once_and_bom_is_optional(decided, store_path, tmp_path):
    plain, marked = tmp_path / "plain.csv", tmp_path / "bom.csv"
    args = ("export", "--store", str(store_path), "--format", "csv")
    assert invoke(*args, "-o", str(plain)).exit_code == 0
    assert invoke(*args, "--bom", "-o", str(marked)).exit_code == 0
    raw = plain.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\r\n" not in raw and raw.count(b"\r\n") == 4  # header and three rows
    assert marked.read_bytes() == b"\xef\xbb\xbf" + raw
    with open(marked, encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f))[0] == "speaker"


def test_bom_goes_with_csv_only(decided, store_path):
    result = invoke("export", "--store", str(store_path), "--bom")
    assert result.exit_code == ExitStatus.USAGE and "--format csv" in result.stderr


def test_help_says_which_statuses_each_format_exports():
    text = " ".join(invoke("export", "--help").output.split())
    assert "jsonl and csv (every decided record: accepted, corrected, rejected)" in text
    assert "claimreview and annotation (accepted and corrected" in text


def test_an_invalid_record_is_named_left_out_and_exits_4(decided, store_path, records,
                                                         monkeypatch):
    from quotes.review import export as review_export

    real = review_export.reviewed_records
    broken_id = records[1]["id"]

    def reviewed_records(*args, **kwargs):
        for rec in real(*args, **kwargs):
            if rec["id"] == broken_id:
                rec["type"] = "rumour"  # not a type the schema knows
            yield rec

    monkeypatch.setattr(review_export, "reviewed_records", reviewed_records)
    result = invoke("export", "--store", str(store_path))
    assert result.exit_code == ExitStatus.INVALID
    assert broken_id in result.stderr and "fails the schema" in result.stderr
    ids = [json.loads(x)["id"] for x in io.StringIO(result.stdout)]
    assert ids == [records[0]["id"], records[2]["id"]]


def test_claimreview_drafts_pass_their_schema_with_a_scraped_url_and_date(decided, store_path,
                                                                          tmp_path):
    from quotes.records.schema import instance_problems

    out = tmp_path / "drafts.jsonl"
    result = invoke("export", "--store", str(store_path), "--format", "claimreview",
                    "-o", str(out))
    assert result.exit_code == 0, result.stderr
    drafts = [json.loads(x) for x in Path(out).read_text("utf-8").splitlines()]
    assert len(drafts) == 2  # the two accepted records; the rejected one gets no draft
    for draft in drafts:
        assert instance_problems(draft, "claimreview.schema.json") == []
        assert "appearance" not in draft["itemReviewed"]  # news.example/harbour is no URL
        assert draft["itemReviewed"]["datePublished"] == "2025-03-03"


def test_a_pending_record_with_a_note_is_listed_but_not_drafted_as_accepted(decided, store_path,
                                                                           records):
    decided.annotate(DOC_ID, records[3]["id"], "alice", "check the date with the port")
    base = ("export", "--store", str(store_path))
    listed = [json.loads(x) for x in invoke(*base).stdout.splitlines()]
    assert records[3]["id"] in [r["id"] for r in listed]  # the note is a reviewer's word

    def drafted(*opts: str) -> list[str]:
        result = invoke(*base, "--format", "claimreview", *opts)
        assert result.exit_code == 0, result.stderr
        return [json.loads(x)["itemReviewed"]["identifier"] for x in result.stdout.splitlines()]

    assert drafted() == [records[0]["id"], records[1]["id"]]  # the accepted ones, as --help says
    assert records[3]["id"] in drafted("--include-pending")
