"""The README's examples script writes every format, and each file is what it claims."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

from jsonschema import Draft202012Validator

from quotes.records import load_schema

ROOT = Path(__file__).resolve().parents[2]


def test_make_exports_writes_valid_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_exports", ROOT / "examples" / "make_exports.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    article = tmp_path / "harbour.txt"
    article.write_text(
        "The harbourmaster, Ines Dahl, spoke on Friday.\n"
        '"The pier will reopen in 𝔐𝔞𝔶," Dahl said.\n',
        encoding="utf-8",
    )
    assert module.main([str(article), "--out", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    records = [json.loads(x) for x in (out / "records.jsonl").read_text("utf-8").splitlines()]
    assert records, "the extractor found nothing to export"
    validator = Draft202012Validator(load_schema("claimreview.schema.json"))
    drafts = [json.loads(x) for x in (out / "claimreview.jsonl").read_text("utf-8").splitlines()]
    assert len(drafts) == len(records)
    assert all(validator.is_valid(d) for d in drafts)
    annos = [json.loads(x) for x in (out / "annotation.jsonl").read_text("utf-8").splitlines()]
    text = article.read_text("utf-8")
    for anno in annos:
        quote, pos = anno["target"]["selector"]
        assert text[pos["start"] : pos["end"]] == quote["exact"]
        assert text[: pos["start"]].endswith(quote["prefix"])
    with open(out / "records.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [r["id"] for r in records]


def test_bundled_examples_are_what_the_script_writes_now(nlp, tmp_path: Path) -> None:
    """examples/exports/ goes stale when extraction or an exporter changes: regenerate
    with `python examples/make_exports.py` and commit the files."""
    spec = importlib.util.spec_from_file_location(
        "make_exports", ROOT / "examples" / "make_exports.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    bundled = ROOT / "examples" / "exports"
    names = sorted(p.name for p in bundled.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    stale = [n for n in names if (bundled / n).read_bytes() != (tmp_path / n).read_bytes()]
    assert not stale, f"examples/exports/ is stale ({stale}): run python examples/make_exports.py"
