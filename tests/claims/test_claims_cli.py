"""`quotes claims` end to end: record files, articles, --dask folders, --against, -o."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.export.claimreview import claimreview

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def claims(*args: str, input: str | None = None):
    result = CliRunner().invoke(main, ["claims", *args], input=input, catch_exceptions=False)
    return result


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def write_jsonl(path: Path, items) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                    encoding="utf-8")
    return path


def test_record_file_to_groups_as_json_lines(tmp_path, outlets):
    result = claims(str(write_jsonl(tmp_path / "recs.jsonl", outlets)))
    assert result.exit_code == 0, result.output
    groups = lines(result.stdout)
    assert sum(g["size"] for g in groups) == len(outlets)
    assert groups[0]["size"] == 3  # biggest first
    assert "6 records, 4 claims (1 stated more than once)" in result.stderr


def test_min_size_and_json_array(tmp_path, outlets):
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--min-size", "2",
                    "--format", "json")
    groups = json.loads(result.stdout)
    assert [g["size"] for g in groups] == [3]


def test_records_option_adds_the_claim_key(tmp_path, outlets):
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--records")
    recs = lines(result.stdout)
    assert [r["id"] for r in recs] == [r["id"] for r in outlets]
    assert len({r["claim"]["key"] for r in recs[:3]}) == 1


def test_against_flags_the_group_an_existing_fact_check_covers(tmp_path, outlets):
    """A ClaimReview drafted by `quotes export --format claimreview` from one outlet's
    record, rated by the fact-checker, flags the group of all three outlets."""
    review = claimreview(outlets[1])
    review["reviewRating"]["alternateName"] = "Misleading"
    review["url"] = "https://factcheck.example/depot"
    unrelated = claimreview(outlets[4]) | {"claimReviewed": "The harbour will be sold to a "
                                                            "private fund next year"}
    negated = claimreview(outlets[1]) | {"claimReviewed": "Lind says the northern depot will "
                                                          "not close in the spring"}
    path = write_jsonl(tmp_path / "checks.jsonl", [unrelated, review, negated])
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--against", str(path))
    assert result.exit_code == 0, result.output
    flagged = [g for g in lines(result.stdout) if g.get("reviews")]
    assert len(flagged) == 1 and flagged[0]["size"] == 3
    (flag,) = flagged[0]["reviews"]
    assert (flag["rating"], flag["url"]) == ("Misleading", "https://factcheck.example/depot")
    assert flag["score"] >= 0.7 and {"depot", "northern"} <= set(flag["shared"])
    assert "1 claims already fact-checked" in result.stderr


def test_a_fact_check_naming_the_claimant_in_its_text_still_matches(tmp_path, record):
    rec = record("The northern depot will close in the spring", "Nora Lind", "d1")
    check = {"@context": "https://schema.org", "@type": "ClaimReview",
             "claimReviewed": "Nora Lind says the northern depot will close in spring",
             "reviewRating": {"@type": "Rating", "alternateName": "False"},
             "url": "https://factcheck.example/1",
             "itemReviewed": {"@type": "Claim", "author": {"name": "Nora Lind"}}}
    other = dict(check, itemReviewed={"@type": "Claim", "author": {"name": "Otto Berg"}})
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", [rec])), "--against",
                    str(write_jsonl(tmp_path / "c.jsonl", [check, other])))
    (group,) = lines(result.stdout)
    assert [r["url"] for r in group["reviews"]] == ["https://factcheck.example/1"]


def test_a_bad_against_file_is_a_usage_error_with_its_line(tmp_path, outlets):
    bad = tmp_path / "checks.jsonl"
    bad.write_text('{"claimReviewed": "x"}\n{not json\n', encoding="utf-8")
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--against", str(bad))
    assert result.exit_code == 2
    assert "checks.jsonl:2" in result.stderr


def test_dask_output_folder_is_read_as_records(tmp_path, outlets):
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{}", encoding="utf-8")
    write_jsonl(out / "part-00000-0123456789ab.jsonl", outlets[:3])
    write_jsonl(out / "part-00001-0123456789ab.jsonl",
                [*outlets[3:], {"failure": {"doc_id": "broken.txt", "reason": "too long"}}])
    result = claims(str(out))
    assert result.exit_code == 1  # a document failed in the --dask run: said, not hidden
    assert "broken.txt" in result.stderr
    groups = lines(result.stdout)
    assert sum(g["size"] for g in groups) == len(outlets) and groups[0]["size"] == 3


def test_failures_the_dask_manifest_lists_are_said_once(tmp_path, outlets):
    # `quotes extract --dask -o DIR` lists a document that gave no records in its
    # manifest only: grouping the folder must say so, not exit 0 as if all were there.
    from quotes.scale.output import write_manifest

    out = tmp_path / "out"
    out.mkdir()
    write_jsonl(out / "part-00000-0123456789ab.jsonl",
                [*outlets, {"failure": {"doc_id": "twice.txt", "reason": "too long"}}])
    write_manifest(out, {"complete": True, "failures": [
        {"source": "costly.txt", "reason": "DocumentTooCostly: over budget",
         "stage": "extract", "partition": "part-00000-0123456789ab"},
        {"source": "twice.txt", "reason": "too long", "stage": "extract"}]})
    result = claims(str(out))
    assert result.exit_code == 1
    assert "costly.txt: failed in the --dask run (DocumentTooCostly" in result.stderr
    assert result.stderr.count("twice.txt") == 1
    assert sum(g["size"] for g in lines(result.stdout)) == len(outlets)


def test_output_file_is_written_atomically_and_kept_on_failure(tmp_path, outlets):
    target = tmp_path / "claims.jsonl"
    target.write_text("old\n", encoding="utf-8")
    ok = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "-o", str(target))
    assert ok.exit_code == 0 and lines(target.read_text(encoding="utf-8"))
    failed = claims(str(tmp_path / "missing.jsonl"), "-o", str(target))
    assert failed.exit_code == 3
    assert lines(target.read_text(encoding="utf-8"))  # the earlier result is still there


def test_table_shows_the_claim_its_speaker_and_the_fact_check(tmp_path, outlets):
    review = claimreview(outlets[1])
    review["reviewRating"]["alternateName"] = "Misleading"
    review["url"] = "https://factcheck.example/depot"
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--format", "table",
                    "--against", str(write_jsonl(tmp_path / "c.jsonl", [review])))
    assert "northern depot" in result.stdout and "Nora Lind" in result.stdout
    assert "Misleading" in result.stdout


def test_records_as_a_table_is_a_usage_error(tmp_path, outlets):
    result = claims(str(write_jsonl(tmp_path / "r.jsonl", outlets)), "--records",
                    "--format", "table")
    assert result.exit_code == 2


@pytest.fixture(scope="module")
def loaded(nlp):
    return nlp


def test_a_folder_of_articles_is_extracted_then_grouped(tmp_path, loaded):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Mayor Nora Lind said on Monday that the northern depot will close in the spring. "
        "\"We have no other choice,\" she added.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "\"The northern depot will close in the spring,\" Mayor Nora Lind told reporters.\n",
        encoding="utf-8")
    (folder / "c.txt").write_text(
        "Council leader Otto Berg said the northern depot will not close in the spring.\n",
        encoding="utf-8")
    result = claims(str(folder))
    assert result.exit_code == 0, result.output
    groups = lines(result.stdout)
    depot = [g for g in groups if "depot" in g["text"]]
    assert sorted(g["size"] for g in depot) == [1, 2]
    pair = next(g for g in depot if g["size"] == 2)
    assert {d["id"] for d in pair["documents"]} == {"a.txt", "b.txt"}
    assert [s["name"] for s in pair["speakers"]] == ["Nora Lind"]


def test_seeds_every_record_in_one_group_and_no_group_mixes_speakers(loaded):
    args = [str(p) for p in sorted(SEEDS.glob("*.txt"))] + ["--speakers",
                                                            str(SEEDS / "speakers.json")]
    first = claims(*args)
    assert first.exit_code == 0, first.output
    groups = lines(first.stdout)
    records = [r for g in groups for r in g["records"]]
    assert len(records) == len(set(records))
    assert all(len(g["speakers"]) <= 1 for g in groups)
    assert any(g["size"] > 1 for g in groups)  # one claim in two records
    # Seed 002 prints a related story twice: its claim is found in both places.
    assert any(g["size"] > 1 and {d["id"][:4] for d in g["documents"]} == {"002_"}
               for g in groups)
    assert [g["key"] for g in lines(claims(*args).stdout)] == [g["key"] for g in groups]
