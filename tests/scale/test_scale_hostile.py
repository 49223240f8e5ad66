"""Distributed runs on hostile names: a manifest is always written and reruns resume."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("distributed")

ARTICLE = "The mayor said the bridge would reopen in May.\n"
OTHER = "The minister said taxes would fall next year.\n"


def test_unwritable_document_is_a_failure_not_a_lost_partition(nlp) -> None:
    """A document built by the API with a lone surrogate in its id costs only itself."""
    from quotes.document import Document
    from quotes.scale.work import process_documents

    out = process_documents([Document(id="sur\udfff2", text=ARTICLE),
                             Document(id="ok", text=OTHER)], nlp)
    assert [f.doc_id for f in out.failures] == ["sur\\udfff2"]
    assert "lone surrogate" in out.failures[0].reason
    assert {r["doc_id"] for r in out.records} == {"ok"}
    out.jsonl().encode("utf-8")  # the partition file can be written


def test_manifest_survives_inputs_that_are_not_utf8(tmp_path: Path) -> None:
    from quotes.scale.output import read_manifest, write_manifest

    write_manifest(tmp_path, {"inputs": [os.fsdecode(b"b\xffad.txt")], "sur\udfff": 1})
    assert read_manifest(tmp_path) == {"inputs": ["b\\xffad.txt"], "sur\\udfff": 1}


def test_dask_run_on_hostile_names_writes_a_manifest_and_resumes(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"b\xffad.txt")).write_text(ARTICLE)
    line = '{"id": "sur\\udfff2", "text": "The mayor said the harbour would stay open."}\n'
    (folder / "batch.jsonl").write_text(line + line)  # the same id twice: warned about
    os.mkfifo(folder / "fifo.txt")
    (folder / "z-good.txt").write_text(OTHER)
    out = tmp_path / "out"
    args = ["extract", "--dask", "local:2", str(folder), "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output  # the FIFO, and only it, failed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [f["source"] for f in manifest["failures"]] == [str(folder / "fifo.txt")]
    assert manifest["counts"]["documents_extracted"] == 4
    (warning,) = manifest["warnings"]
    assert "document id 'sur\\udfff2' is also the id of" in warning
    assert "warning: " in result.output
    ids = {json.loads(line)["doc_id"] for p in out.glob("part-*.jsonl")
           for line in p.read_text(encoding="utf-8").splitlines()}
    assert ids == {"b\\xffad.txt", "sur\\udfff2", "z-good.txt"}

    again = CliRunner().invoke(main, args)  # a rerun resumes instead of failing the same way
    assert again.exit_code == 1 and "(1 from an earlier run)" in again.output
