"""A real two-process Dask cluster: same records as one process, even when a worker dies."""

from __future__ import annotations

import json
import logging
import os
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

PARTITION = 20  # 240 documents -> 12 partitions, several per worker


# Defined here, not imported from conftest: the workers import this module to unpickle the
# FailOn plugin, and in their processes 'conftest' is tests/conftest.py.
def read_output(out_dir: Path) -> list[dict]:
    """Every record of a run's partition files, in partition order."""
    records = []
    for path in sorted(out_dir.glob("part-*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh)
    return records


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.CRITICAL,
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def inputs(corpus) -> list[str]:
    return [str(p) for p in corpus]


def test_cluster_records_equal_single_process_records(
    client, corpus, single_process_records, tmp_path
):
    from quotes.scale import run_partitions

    manifest = run_partitions(inputs(corpus), tmp_path, client, partition_size=PARTITION)
    records = read_output(tmp_path)
    assert len(records) > len(corpus)  # the generated news is full of quotes
    assert [r["id"] for r in records] == [r["id"] for r in single_process_records]
    assert records == single_process_records
    counts = manifest["counts"]
    assert counts["documents"] == counts["documents_extracted"] == len(corpus)
    assert counts["partitions_done"] == counts["partitions"] == -(-len(corpus) // PARTITION)
    assert counts["records"] == len(records) and counts["partitions_failed"] == 0
    assert manifest["complete"] is True and manifest["schema_version"] == "1.0"
    assert json.loads((tmp_path / "manifest.json").read_text()) == manifest


def test_rerun_resumes_and_redoes_only_what_is_missing(
    client, corpus, single_process_records, tmp_path
):
    from quotes.scale import run_partitions

    run_partitions(inputs(corpus), tmp_path, client, partition_size=PARTITION)
    parts = sorted(tmp_path.glob("part-*.jsonl"))
    parts[3].unlink()  # as if the driver died right after writing the manifest
    (tmp_path / f".tmp-{parts[5].name}.4242").write_text('{"half": ')  # killed mid-write
    manifest = run_partitions(inputs(corpus), tmp_path, client, partition_size=PARTITION)
    assert manifest["counts"]["partitions_resumed"] == len(parts) - 1
    assert sorted(tmp_path.glob("part-*.jsonl")) == parts
    assert not list(tmp_path.glob(".tmp-*"))
    assert read_output(tmp_path) == single_process_records


def test_rerun_on_changed_inputs_replaces_stale_partitions(client, corpus, tmp_path):
    from quotes.scale import run_partitions

    run_partitions(inputs(corpus[:60]), tmp_path, client, partition_size=PARTITION)
    old = {p.name for p in tmp_path.glob("part-*.jsonl")}
    manifest = run_partitions(inputs(corpus[20:60]), tmp_path, client, partition_size=PARTITION)
    new = {p.name for p in tmp_path.glob("part-*.jsonl")}
    assert len(new) == 2 and manifest["removed_stale_files"] == sorted(old - new)
    assert {r["doc_id"] for r in read_output(tmp_path)} <= {p.name for p in corpus[20:60]}


class FailOn(distributed.WorkerPlugin):
    """Make the engine raise, inside the worker processes, on documents with one name."""

    name = "test-fail-on"

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id

    def setup(self, worker) -> None:
        import quotes.api

        self.original = real = quotes.api.finish_records
        doc_id = self.doc_id

        def finish(records, document):
            if document.id == doc_id:
                raise RuntimeError("engine bug on this article")
            return real(records, document)

        quotes.api.finish_records = finish

    def teardown(self, worker) -> None:
        import quotes.api

        quotes.api.finish_records = self.original


def test_bad_documents_are_in_the_manifest_and_the_rest_is_extracted(
    client, corpus, single_process_records, tmp_path
):
    from quotes.scale import run_partitions

    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "blank.txt").write_text("   \n")
    (bad / "cursed.txt").write_text('"The dam is safe," the engineer said.\n')
    (bad / "long.txt").write_text("Officials said so. " * 200)
    out = tmp_path / "out"
    given = [
        str(corpus[0]),
        str(bad / "blank.txt"),
        str(bad / "missing.txt"),
        str(bad / "cursed.txt"),
        str(bad / "long.txt"),
        str(corpus[1]),
    ]
    client.register_plugin(FailOn("cursed.txt"))
    try:
        manifest = run_partitions(given, out, client, partition_size=2, max_chars=2000)
    finally:
        client.unregister_worker_plugin(FailOn.name)
    failures = {os.path.basename(f["source"]): f for f in manifest["failures"]}
    assert set(failures) == {"blank.txt", "missing.txt", "long.txt", "cursed.txt"}
    assert failures["missing.txt"]["stage"] == "read" and failures["missing.txt"]["reason"]
    assert failures["cursed.txt"] == {
        "source": "cursed.txt",
        "reason": "RuntimeError: engine bug on this article",
        "stage": "extract",
        "partition": manifest["partitions"][0]["name"],
    }
    assert manifest["counts"]["partitions_failed"] == 0
    assert manifest["counts"]["documents_failed"] == 4
    assert manifest["counts"]["documents_extracted"] == 2
    good = {corpus[0].name, corpus[1].name}
    assert read_output(out) == [r for r in single_process_records if r["doc_id"] in good]


def test_extract_bag_gives_the_same_records(client, corpus, single_process_records):
    import dask.bag as db

    from quotes.scale import extract_bag

    items = [
        {"id": p.name, "text": p.read_text(encoding="utf-8"), "path": str(p)} for p in corpus[:40]
    ]
    bag = db.from_sequence(items, npartitions=4)
    records = extract_bag(bag).compute()
    wanted = {p.name for p in corpus[:40]}
    expected = [r for r in single_process_records if r["doc_id"] in wanted]
    key = ["id", "type", "quote", "speaker", "cue"]
    assert [{k: r[k] for k in key} for r in records] == [{k: r[k] for k in key} for r in expected]


def test_extract_bag_error_modes(client):
    import dask.bag as db

    from quotes.scale import DocumentError, extract_bag

    items = [{"id": "a", "text": '"Prices will fall," the minister said.'}, {"id": "b"}]
    bag = db.from_sequence(items, npartitions=1)
    with pytest.raises(DocumentError, match="b: missing or non-string 'text'"):
        extract_bag(bag).compute()
    assert [r["doc_id"] for r in extract_bag(bag, errors="skip").compute()] == ["a"]
    included = extract_bag(bag, errors="include").compute()
    assert included[-1] == {"failure": {"doc_id": "b", "reason": "missing or non-string 'text'"}}


def test_killed_worker_leaves_no_hole_and_no_duplicate(
    client, corpus, single_process_records, tmp_path
):
    """SIGKILL a worker process while it extracts; its partitions are retried elsewhere."""
    from quotes.scale import run_partitions

    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker(entry: dict) -> None:
        if killed or entry["status"] != "done" or entry["index"] < 1:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            pid = pids[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    manifest = run_partitions(
        inputs(corpus), tmp_path, client, partition_size=PARTITION, on_partition=kill_a_busy_worker
    )
    assert killed, "no worker was busy when partitions finished"
    assert killed[0] not in client.run(os.getpid).values()  # it really died (and was replaced)
    assert manifest["counts"]["partitions_failed"] == 0
    assert manifest["counts"]["partitions_done"] == manifest["counts"]["partitions"]
    assert read_output(tmp_path) == single_process_records


def test_command_line_on_a_running_cluster(client, corpus, single_process_records, tmp_path):
    """`quotes extract --dask tcp://...` as a user on a shared cluster would type it."""
    from click.testing import CliRunner

    from quotes.cli import main

    out = tmp_path / "out"
    some = corpus[:60]
    args = [
        "extract",
        "--dask",
        client.scheduler.address,
        *inputs(some),
        "-o",
        str(out),
        "--partition-size",
        "25",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "60 of 60 documents extracted" in result.output
    names = {p.name for p in some}
    assert read_output(out) == [r for r in single_process_records if r["doc_id"] in names]
    assert len(list(out.glob("part-*.jsonl"))) == 3

    again = CliRunner().invoke(main, args)  # resume: nothing left to do
    assert again.exit_code == 0 and "(3 from an earlier run)" in again.output


def test_command_line_reports_bad_inputs_with_exit_1(client, corpus, tmp_path):
    from click.testing import CliRunner

    from quotes.cli import main

    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "extract",
            "--dask",
            client.scheduler.address,
            str(corpus[0]),
            str(tmp_path / "gone.txt"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert "gone.txt: no such file or folder" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["documents_failed"] == 1
