"""A document too costly to analyse fails alone in a parallel or a distributed run too.

Issue 20, item 1: with ``-j 2`` the run stopped ("a worker process died"), and on Dask the
partition failed as ``KilledWorker``, its good documents lost, the manifest listing no
failure. ``he said`` repeated stands for any document over its analysis budget (counted in
tree steps, so the test takes seconds, not minutes).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "“We will rebuild the pier,” said Tomas Brandt, the council leader.\n"
OTHER = "The harbour master said the ferry would run again in June.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-costly.txt").write_text("he said " * 600, encoding="utf-8")
    (folder / "c-good.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_parallel_run_reports_the_costly_document_and_keeps_the_rest(batch: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", "-j", "2", str(batch)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 1, proc.stderr
    assert "b-costly.txt" in proc.stderr and "DocumentTooCostly" in proc.stderr
    assert "worker process died" not in proc.stderr
    docs = {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()}
    assert docs == {"a-good.txt", "c-good.txt"}


def test_dask_run_lists_the_costly_document_in_the_manifest(batch: Path, tmp_path: Path):
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from quotes.cli import main

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--dask", "local:2", str(batch), "-o", str(out)])
    assert result.exit_code == 1, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (failure,) = manifest["failures"]
    assert failure["source"].endswith("b-costly.txt")
    assert failure["reason"].startswith("DocumentTooCostly")
    assert manifest["counts"]["partitions_failed"] == 0  # the partition itself went on
    docs = {json.loads(line)["doc_id"] for p in out.glob("part-*.jsonl")
            for line in p.read_text(encoding="utf-8").splitlines()}
    assert docs == {"a-good.txt", "c-good.txt"}
